/**
 * Keyboard-only driving of a page whose UI lives in shadow roots: Tab until the focused element is
 * the one wanted, as a keyboard user would, and read what has focus.
 */
import type { Page } from 'playwright-core';

/** What the deepest focused element is, as a person using a screen reader would hear it. */
export interface Focused {
  tag: string;
  role: string | null;
  /** aria-label, the label of a form control, or the element's text (without its aria-hidden parts). */
  name: string;
  type: string | null;
  checked: boolean | null;
}

export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const input = el as HTMLInputElement;
    const labelled = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    const labelText =
      el.getAttribute('aria-label') ??
      (labelled ? labelled.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ') : null) ??
      (input.labels && input.labels.length > 0 ? [...input.labels].map((l) => l.textContent).join(' ') : null) ??
      // The element's text without what is hidden from screen readers (a seat's printed number).
      [el.cloneNode(true) as Element].map((copy) => (copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove()), copy.textContent))[0];
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (labelText ?? '').replace(/\s+/g, ' ').trim(),
      type: el.getAttribute('type'),
      checked: 'checked' in input ? input.checked : null,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `matches` accepts the focused element. Fails after `max` presses,
 * naming what was focused on the way, so a broken tab order is easy to see.
 */
export async function tabTo(page: Page, matches: (f: Focused) => boolean, { max = 80, backwards = false } = {}): Promise<Focused> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && matches(f)) return f;
    seen.push(f ? `${f.tag}${f.role ? `[${f.role}]` : ''} "${f.name.slice(0, 40)}"` : '(body)');
  }
  throw new Error(`No focusable element matched after ${max} Tab presses; focus went through:\n  ${seen.join('\n  ')}`);
}

/** Tabs to a text field whose label matches and types into it. */
export async function fill(page: Page, label: RegExp, text: string): Promise<void> {
  await tabTo(page, (f) => (f.tag === 'input' || f.tag === 'textarea') && label.test(f.name));
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
