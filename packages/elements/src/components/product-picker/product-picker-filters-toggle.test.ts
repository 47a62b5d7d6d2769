import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createZoneFixture, type ZoneFixture } from '../../testing/zone-fixture.ts';
import { ProductPicker } from './product-picker.ts';
import { defineElement } from '../define-element.ts';

defineElement('product-picker', ProductPicker);

// A file of its own: the filter panel's code (a chunk loaded when the panel first shows) must not have
// been loaded by another test of this page, so the first wide picker renders while it is on its way.
describe('<product-picker> Filters toggle while the panel is on its way', () => {
  let flow: ZoneFixture | undefined;
  afterEach(async () => {
    flow?.zone.dispose();
    await setViewport({ width: 800, height: 600 });
  });

  it('names the panel (aria-controls) only when the panel is in the DOM, at every render', async () => {
    await setViewport({ width: 1280, height: 900 });
    flow = await createZoneFixture();
    const el = document.createElement('product-picker') as ProductPicker;
    el.zone = flow.zone;
    el.style.setProperty('--oz-transition', '0s');
    document.body.append(el);
    // Every state the picker shows, recorded as it is rendered: the toggle's aria-controls and whether the panel it names exists.
    const states: { controls: string | null; panel: boolean }[] = [];
    const record = () => {
      const toggle = el.shadowRoot!.querySelector('.filters-toggle');
      if (toggle) states.push({ controls: toggle.getAttribute('aria-controls'), panel: el.shadowRoot!.querySelector('#filters') !== null });
    };
    const watcher = new MutationObserver(record);
    watcher.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('#filters'), 'the filter panel of a wide picker never came');
      await el.updateComplete;
      record();
      const toggle = el.shadowRoot!.querySelector('.filters-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.getAttribute('aria-controls')).to.equal('filters');
      // The picker showed its toggle expanded before the panel's code was here: then it named nothing.
      expect(states.some((s) => !s.panel), 'the panel was never missing: this test did not see it load').to.equal(true);
      expect(states.filter((s) => s.controls !== null && !s.panel), 'aria-controls named a panel that was not in the DOM').to.deep.equal([]);
    } finally {
      watcher.disconnect();
      el.remove();
    }
  });
});
