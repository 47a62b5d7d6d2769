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
  /** Cart lines (image, name, quantity field, line price) as HTML, from lines as the cart stores them. */
  window.vanillaCartLines = (lines, locale = 'en-US') =>
    lines
      .map((line) => {
        const title = escape(local(line.seen.title, locale));
        const image = line.seen.image ? `<img src="${escape(line.seen.image.url)}" alt="" width="48" height="48">` : '';
        const total = { amount: line.seen.unitPrice.amount * line.quantity, currency: line.seen.unitPrice.currency };
        return `<li>${image}<span>${title}</span><input type="number" min="1" value="${line.quantity}" aria-label="Quantity of ${title}"><span class="price">${escape(price(total, locale))}</span><button type="button">Remove ${title}</button></li>`;
      })
      .join('');
})();
