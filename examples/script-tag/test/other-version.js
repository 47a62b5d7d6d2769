// Stands for another OrderZone version already on the page.
window.OrderZone = { version: '0.0.1-other' };
