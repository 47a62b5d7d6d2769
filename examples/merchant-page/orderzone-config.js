// Runs before OrderZone loads (a file of the shop's own: the page's policy allows no inline script).
// No `adapter`: OrderZone runs its in-page demo backend, with the demo catalog (the T-shirt below is
// its `cotton-tee`). A real shop sets `adapter` (see docs/adapters.md) and its own shop id.
window.OrderZone = { config: { shopId: 'harbour-and-pine', currency: 'CNY', locale: 'en-US' } };
