// Runs before OrderZone loads: `window.OrderZone = { config }` is read by OrderZone when it loads.
// Any setting of OrderZone.configure() can go here (adapter, shopId, currency, locale).
window.OrderZone = { config: { locale: 'en-US' } };
