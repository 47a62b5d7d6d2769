/**
 * The demo's merchant console page (`console.html`): opens the shop's embedded backend (same shop
 * id, so the same orders in this browser's storage) and shows `<merchant-console>`. The language
 * switch is shared with the shop page.
 */
import { createEmbeddedBackend } from '@orderzone/embedded-backend';
import './merchant-console.ts';

/** The shop id of the demo shop's `<order-zone shop>`: its orders live under this id. */
const SHOP_ID = 'hill-and-field';

const backend = createEmbeddedBackend({ shopId: SHOP_ID });
const view = document.createElement('merchant-console');
view.backend = backend;
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
