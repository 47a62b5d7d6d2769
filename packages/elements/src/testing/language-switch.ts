/**
 * What the language tests of the elements loaded on demand check (`*-language.test.ts`, each in a
 * page of its own: a module fetched once stays fetched): an element on a page in one language shows
 * it at its first render with none of the other language's message modules fetched; a switch keeps
 * the shown language, busy, until the other's modules are here (never a key, never an empty text),
 * and `updateComplete` settles once the new language is on screen. Test-only.
 *
 * @module
 */
import { expect } from '@open-wc/testing';

/** Every file the page fetches from here on (an observer sees them all; the page's buffer keeps only the first 250). */
const fetched = new Set<string>();
new PerformanceObserver((list) => list.getEntries().forEach((entry) => fetched.add(entry.name))).observe({ type: 'resource', buffered: true });

/**
 * The modules that the tests' own fixtures import in both languages: the embedded backend the core's
 * shopping (errors, cart notices and field problems), checkout and booking messages, the zone fixture the shared ones (for the tests' translators).
 */
const FIXTURES_MESSAGES = /\/(shopping|cart|checkout|booking|shared)-messages\.[a-zA-Z-]+\.ts$/;

/**
 * The message modules of `language` the page fetched, by file name (`order-detail.messages.en-US.ts`,
 * `flow-messages.en-US.ts`), but those the tests' fixtures import in both languages.
 */
export function fetchedMessageModules(language: 'zh-CN' | 'en-US'): string[] {
  return [...fetched]
    .map((name) => new URL(name).pathname)
    .filter((path) => path.endsWith(`messages.${language}.ts`) && !FIXTURES_MESSAGES.test(path))
    .map((path) => path.slice(path.lastIndexOf('/') + 1))
    .sort();
}

/** An element whose language can be switched by its `locale`. */
interface Switchable extends HTMLElement {
  locale?: string;
  readonly updateComplete: Promise<boolean>;
}

/**
 * Switches `el` to `locale` and gives what the shopper read (`read(el)`) at every change of its
 * shadow root until its `updateComplete` settled, then what it reads once settled. Each reading
 * is checked: no message key (`a.b_c`) and no empty text.
 */
export async function switchLanguage(el: Switchable, locale: string, read: (el: Switchable) => Record<string, string>): Promise<{ busy: boolean; during: Record<string, string>[]; settled: Record<string, string> }> {
  const during: Record<string, string>[] = [];
  let busy = false;
  const observer = new MutationObserver(() => {
    busy ||= el.getAttribute('aria-busy') === 'true';
    during.push(read(el));
  });
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
  el.locale = locale;
  await el.updateComplete;
  observer.disconnect();
  const settled = read(el);
  for (const reading of [...during, settled]) {
    for (const [what, shown] of Object.entries(reading)) {
      expect(shown, `${what} while switching to ${locale}`).not.to.equal('');
      expect(shown, `${what} while switching to ${locale}`).not.to.match(/^[a-z][a-zA-Z_]*(\.[a-z_]+)+$/);
    }
  }
  return { busy, during, settled };
}

/**
 * The whole round trip of an element shown in Chinese (see the module): its modules `ownModules`
 * (`'order-detail.messages'`, `'flow-messages'`) fetched in zh-CN and none in en-US; what it reads
 * is `expected('zh-CN')`; a switch to English is busy while English loads, fetches the en-US
 * modules, never shows a mix, and settles on `expected('en-US')`; the switch back is at once.
 */
export async function expectLanguageRoundTrip(
  el: Switchable,
  read: (el: Switchable) => Record<string, string>,
  ownModules: readonly string[],
  expected: (language: 'zh-CN' | 'en-US') => Promise<Record<string, string>>,
): Promise<void> {
  const first = read(el);
  expect(fetchedMessageModules('zh-CN')).to.include.members(ownModules.map((name) => `${name}.zh-CN.ts`));
  expect(fetchedMessageModules('en-US')).to.deep.equal([]);
  expect(first).to.deep.equal(await expected('zh-CN'));

  const { busy, during, settled } = await switchLanguage(el, 'en-US', read);
  expect(busy, 'busy while English loads').to.equal(true);
  expect(fetchedMessageModules('en-US')).to.include.members(ownModules.map((name) => `${name}.en-US.ts`));
  expect(settled).to.deep.equal(await expected('en-US'));
  // Until then, the whole of it in Chinese or the whole of it in English: never a mix.
  for (const reading of during) expect([first, settled]).to.deep.include(reading);
  expect(el.getAttribute('lang')).to.equal('en-US');
  expect(el.hasAttribute('aria-busy')).to.equal(false);

  const back = await switchLanguage(el, 'zh-CN', read);
  expect(back.busy, 'nothing to load going back').to.equal(false);
  expect(back.settled).to.deep.equal(first);
}
