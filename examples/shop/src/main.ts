/**
 * The demo shop: registers the OrderZone elements and lets the page's language switch drive both
 * the merchant's own text and `<order-zone locale>`.
 */
import '@orderzone/elements/define';
import { configureHelp } from '@orderzone/elements';
import { demoHelp } from './demo-help.ts';

// The shop's FAQ and contact channels, for every <order-help> OrderZone shows where a shopper gets stuck.
configureHelp(demoHelp);

const zone = document.querySelector('order-zone')!;

// A box whose element is added only when a shopper first opens it (requests for quote): its code is
// fetched then, never at the page's start.
for (const box of document.querySelectorAll<HTMLDetailsElement>('details[data-on-open]')) {
  box.addEventListener('toggle', () => {
    if (box.open && box.childElementCount === 1) box.append(document.createElement(box.dataset.onOpen!));
  });
}
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-locale]')];

function setLocale(locale: string): void {
  document.documentElement.lang = locale;
  zone.setAttribute('locale', locale);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  for (const el of document.querySelectorAll<HTMLElement>('[data-zh]')) {
    el.textContent = locale === 'zh-CN' ? el.dataset.zh! : el.dataset.en!;
  }
  localStorage.setItem('demo-shop:locale', locale);
}

for (const button of buttons) button.addEventListener('click', () => setLocale(button.dataset.locale!));
setLocale(localStorage.getItem('demo-shop:locale') ?? (navigator.language.startsWith('zh') ? 'zh-CN' : 'en-US'));

// A merchant would send these to analytics; the demo logs them so developers can see the event flow.
for (const type of ['oz-cart-change', 'oz-order-created', 'oz-error'] as const) {
  zone.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail));
}
