/**
 * The demo's merchant console page (`console.html`): `<merchant-console>` on the OrderZone server's
 * admin API at `/api/admin` (the shop's `<order-zone api="/api">`). `npm start` puts the demo's
 * merchant key into the page (`<meta name="orderzone-merchant-key">`, in development only); without
 * it the console asks for one. The language switch is shared with the shop page.
 */
import './merchant-console.ts';

/** Where the shop's API is: the same as index.html's `<order-zone api>`. */
const API = '/api';

const view = document.createElement('merchant-console');
view.api = API;
const key = document.querySelector<HTMLMetaElement>('meta[name="orderzone-merchant-key"]')?.content;
if (key) view.merchantKey = key;
document.querySelector('main')!.append(view);

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-locale]')];

function setLocale(locale: string): void {
  document.documentElement.lang = locale;
  view.locale = locale;
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  for (const el of document.querySelectorAll<HTMLElement>('[data-zh]')) {
    el.textContent = locale === 'zh-CN' ? el.dataset.zh! : el.dataset.en!;
  }
  document.title = locale === 'zh-CN' ? '商家后台 · 山野小铺 — OrderZone 演示' : 'Merchant console · Hill & Field — OrderZone demo';
  localStorage.setItem('demo-shop:locale', locale);
}

for (const button of buttons) button.addEventListener('click', () => setLocale(button.dataset.locale!));
setLocale(localStorage.getItem('demo-shop:locale') ?? (navigator.language.startsWith('zh') ? 'zh-CN' : 'en-US'));
