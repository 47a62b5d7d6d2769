// The hand-written baseline of the benchmarks: product cards (image, name, Intl price, add button)
// as one innerHTML string, the way a page without a framework renders them.
(() => {
  const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const local = (text, locale) => (typeof text === 'string' ? text : (text?.[locale] ?? Object.values(text ?? {})[0] ?? ''));
  const formats = new Map();
  const price = ({ amount, currency }, locale) => {
    let format = formats.get(currency);
    if (!format) formats.set(currency, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
    const digits = format.resolvedOptions().maximumFractionDigits;
    return format.format(amount / 10 ** digits);
  };
  /** The cards of `items` (ProductSummary objects of the contract) as HTML. */
  window.vanillaCards = (items, locale = 'en-US') =>
    items
      .map((item) => {
        const title = escape(local(item.title, locale));
        const image = item.image ? `<img src="${escape(item.image.url)}" alt="${escape(local(item.image.alt, locale))}" width="180" height="180">` : '';
        return `<article>${image}<h3>${title}</h3><p class="price">${escape(price(item.price, locale))}</p><button type="button">Add ${title} to cart</button></article>`;
      })
      .join('');
})();
