// The baseline page of the first-card benchmark: fetches the products OrderZone's first catalog
// request asks for (the same URL, passed as ?products=) and renders them as cards.
(async () => {
  const url = new URLSearchParams(location.search).get('products') ?? '/api/products';
  const page = await (await fetch(url)).json();
  document.querySelector('.cards').innerHTML = window.vanillaCards(page.items);
})();
