// The render benchmarks' page: `window.bench.picker()` renders a `<product-picker page-size="24">`
// whose adapter answers at once with 24 products, `window.bench.vanilla()` the same 24 products as
// hand-written cards (innerHTML); `window.bench.cart()` renders a `<cart-panel>` over a stored
// 200-line cart (its quote never arrives), `window.bench.vanillaCart()` the same 200 lines by hand.
// Each resolves with the milliseconds to the DOM and to the next frame painted.
// `window.benchReady` resolves once OrderZone has loaded.
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

  /** The nodes of `root` and under it: all of them, whitespace-only text nodes, comments (Lit's markers). */
  const nodeCounts = (root) => {
    const counts = { all: 0, whitespace: 0, comments: 0 };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      counts.all += 1;
      if (node.nodeType === Node.TEXT_NODE && node.data.trim() === '') counts.whitespace += 1;
      if (node.nodeType === Node.COMMENT_NODE) counts.comments += 1;
    }
    return counts;
  };

  window.benchReady = (async () => {
    const page = await (await fetch('/api/products?pageSize=24')).json();
    if (page.items.length !== 24) throw new Error(`Expected 24 products, got ${page.items.length}.`);
    // A 200-line cart stored as the cart keeps it (`orderzone:<shop>:cart`), from the catalog's products.
    const more = await (await fetch('/api/products?pageSize=100&page=2')).json();
    const cartProducts = [...page.items, ...more.items, ...(await (await fetch('/api/products?pageSize=100&page=3')).json()).items].slice(0, 200);
    const cartLines = cartProducts.map((item, i) => ({
      productId: item.id,
      variantId: `${item.id}-bench`,
      quantity: 1 + (i % 3),
      personalization: {},
      seen: { title: item.title, ...(item.image ? { image: item.image } : {}), sku: `SKU-${i}`, unitPrice: item.price },
      quantityRule: { min: 1, step: 1 },
      stock: null,
      addedAt: Date.now() - i,
    }));
    localStorage.setItem('orderzone:bench:cart', JSON.stringify({ version: 1, currency: 'CNY', lines: cartLines }));
    const notHere = async () => {
      throw new Error('Not part of this benchmark.');
    };
    const adapter = {
      listCategories: async () => [],
      searchProducts: async (query) => ({ ...page, page: query?.page ?? 1, pageSize: 24 }),
      getProduct: notHere,
      getCheckoutOptions: notHere,
      quote: () => new Promise(() => {}),
      submitOrder: notHere,
      lookupOrder: notHere,
      getOrder: notHere,
      getPaymentStatus: notHere,
    };
    window.OrderZone = { config: { adapter, locale: 'en-US', shopId: 'bench', currency: 'CNY' } };
    await new Promise((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '../orderzone/orderzone.js', onload: resolve, onerror: reject });
      document.head.append(script);
    });
    await window.OrderZone.ready;
    // Every element's code loaded first: the benchmarks time rendering, not downloading.
    await window.OrderZone.load();
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
        const counts = nodeCounts(picker.shadowRoot.querySelector('article'));
        picker.remove();
        return { dom: dom - start, painted: painted - start, nodesPerCard: nodes, counts };
      },
      async cart() {
        const panel = document.createElement('cart-panel');
        const start = performance.now();
        stage.append(panel);
        const dom = await when(panel.shadowRoot, () => panel.shadowRoot.querySelectorAll('[part="line"]').length >= 200);
        await nextPaint();
        const painted = performance.now();
        const nodes = panel.shadowRoot.querySelector('[part="line"]').querySelectorAll('*').length;
        const counts = nodeCounts(panel.shadowRoot.querySelector('[part="line"]'));
        panel.remove();
        return { dom: dom - start, painted: painted - start, nodesPerCard: nodes, counts };
      },
      /**
       * In a rendered 200-line cart, one press of a line's + button: the milliseconds to the next
       * frame painted, and whether the line then shows the new quantity.
       */
      async cartChange() {
        const panel = document.createElement('cart-panel');
        stage.append(panel);
        await when(panel.shadowRoot, () => panel.shadowRoot.querySelectorAll('[part="line"]').length >= 200);
        await nextPaint();
        const line = panel.shadowRoot.querySelectorAll('[part="line"]')[100];
        const before = Number(line.querySelector('[data-quantity]').value);
        const start = performance.now();
        line.querySelector('[part="quantity"] button:last-of-type').click();
        await panel.updateComplete;
        await nextPaint();
        const painted = performance.now();
        const shown = Number(panel.shadowRoot.querySelectorAll('[part="line"]')[100].querySelector('[data-quantity]').value) === before + 1;
        panel.remove();
        return { painted: painted - start, shown };
      },
      async vanillaCart() {
        const start = performance.now();
        stage.innerHTML = `<ul class="cart">${window.vanillaCartLines(cartLines)}</ul>`;
        const dom = performance.now();
        await nextPaint();
        const painted = performance.now();
        const nodes = stage.querySelector('li').querySelectorAll('*').length;
        const counts = nodeCounts(stage.querySelector('li'));
        stage.replaceChildren();
        return { dom: dom - start, painted: painted - start, nodesPerCard: nodes, counts };
      },
      async vanilla() {
        const start = performance.now();
        stage.innerHTML = window.vanillaCards(page.items);
        const dom = performance.now();
        await nextPaint();
        const painted = performance.now();
        const nodes = stage.querySelector('article').querySelectorAll('*').length;
        const counts = nodeCounts(stage.querySelector('article'));
        stage.replaceChildren();
        return { dom: dom - start, painted: painted - start, nodesPerCard: nodes, counts };
      },
    };
  })();
})();
