// The render benchmarks' page: `window.bench.picker()` renders a `<product-picker page-size="24">`
// whose adapter answers at once with 24 products, `window.bench.vanilla()` the same 24 products as
// hand-written cards (innerHTML); each resolves with the milliseconds to the cards in the DOM and to
// the next frame painted. `window.benchReady` resolves once OrderZone has loaded.
(() => {
  const stage = document.getElementById('stage');
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  /** Resolves with performance.now() once `done()` holds, checked on every change under `root`. */
  const when = (root, done) =>
    new Promise((resolve) => {
      if (done()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    });

  window.benchReady = (async () => {
    const page = await (await fetch('/api/products?pageSize=24')).json();
    if (page.items.length !== 24) throw new Error(`Expected 24 products, got ${page.items.length}.`);
    const notHere = async () => {
      throw new Error('Not part of this benchmark.');
    };
    const adapter = {
      listCategories: async () => [],
      searchProducts: async (query) => ({ ...page, page: query?.page ?? 1, pageSize: 24 }),
      getProduct: notHere,
      getCheckoutOptions: notHere,
      quote: notHere,
      submitOrder: notHere,
      lookupOrder: notHere,
      getOrder: notHere,
      getPaymentStatus: notHere,
    };
    window.OrderZone = { config: { adapter, locale: 'en-US' } };
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '../orderzone/orderzone.js', onload: resolve, onerror: reject });
      document.head.append(script);
    });
    await window.OrderZone.ready;
    await customElements.whenDefined('product-picker');
    window.bench = {
      async picker() {
        const picker = document.createElement('product-picker');
        picker.setAttribute('page-size', '24');
        const start = performance.now();
        stage.append(picker);
        const dom = await when(picker.shadowRoot, () => picker.shadowRoot.querySelectorAll('article').length >= 24);
        await nextPaint();
        const painted = performance.now();
        const nodes = picker.shadowRoot.querySelector('article').querySelectorAll('*').length;
        picker.remove();
        return { dom: dom - start, painted: painted - start, nodesPerCard: nodes };
      },
      async vanilla() {
        const start = performance.now();
        stage.innerHTML = window.vanillaCards(page.items);
        const dom = performance.now();
        await nextPaint();
        const painted = performance.now();
        const nodes = stage.querySelector('article').querySelectorAll('*').length;
        stage.replaceChildren();
        return { dom: dom - start, painted: painted - start, nodesPerCard: nodes };
      },
    };
  })();
})();
