// `<order-zone>` fetches each view's parts along with its element (VIEW_PARTS), before the
// element's class is loaded; each element then loads the parts it needs itself. The two lists must
// agree: a part missing from VIEW_PARTS loads only after the element, one too many is wasted.
import type { OrderZone, ZonePart } from '@orderzone/core';
import { expect, waitUntil } from '@open-wc/testing';
import '../../testing/define-all.ts';
import type { ZoneView } from '../../events/events.ts';
import { createUnloadedZone } from '../../testing/zone-fixture.ts';
import { VIEW_PARTS, VIEW_TAGS } from './zone-views.ts';

const zones: OrderZone[] = [];
afterEach(() => zones.splice(0).forEach((zone) => zone.dispose()));

function unloadedZone(): OrderZone {
  const zone = createUnloadedZone();
  zones.push(zone);
  return zone;
}

const loadedParts = (zone: OrderZone): ZonePart[] => (['checkout', 'bookings', 'account'] as const).filter((part) => zone[part] !== undefined);

describe('<order-zone> views', () => {
  for (const [view, tag] of Object.entries(VIEW_TAGS) as [ZoneView, string][]) {
    it(`${view}: <${tag}> loads the parts <order-zone> fetches with it`, async () => {
      const zone = unloadedZone();
      const el = document.createElement(tag) as HTMLElement & { zone?: OrderZone; hasUpdated: boolean; updateComplete: Promise<boolean> };
      el.zone = zone;
      document.body.append(el);
      try {
        await waitUntil(() => el.hasUpdated, `<${tag}> renders once its parts are loaded`);
        const prefetched = unloadedZone();
        await prefetched.load(...(VIEW_PARTS[view] ?? []));
        expect(loadedParts(zone)).to.deep.equal(loadedParts(prefetched));
      } finally {
        el.remove();
      }
    });
  }
});
