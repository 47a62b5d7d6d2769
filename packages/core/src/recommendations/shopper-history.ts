/**
 * The browsing history a zone's recommendations use: on the device while the shopper is signed out
 * (`browsing-history.ts`), with the account on the backend while they are signed in (issue 18:
 * "Browsing history stays on the device unless the shopper is signed in; a signed-in shopper can
 * clear it"). With a backend that does not keep histories (no `listViewedProducts`,
 * `recordProductView`, `clearViewedProducts`), it stays on the device either way.
 *
 * At sign-in, what was viewed on the device before is merged into the account's history once:
 * each product recorded with the backend, the oldest first (so the newest ends up first, and the
 * backend's "move to the front" leaves no duplicate), then the device's list is cleared. A product
 * the backend no longer knows (`not_found`) is skipped; any other failure (offline, a session that
 * ended) stops the merge and keeps the device's list, so the next sign-in or page load tries again.
 *
 * @module
 */
import { atom, type ReadableAtom } from 'nanostores';
import { derived } from '../stores/derived.ts';
import { readSession, sessionKey } from '../account/stored-session.ts';
import { isOrderZoneError } from '../errors.ts';
import type { OrderZone } from '../zone/order-zone.ts';
import type { BrowsingHistory } from './browsing-history.ts';
import { VIEWED_PRODUCTS_MAX } from './recommendation-limits.ts';

/** Where a shopper's browsing history is kept now. */
export type HistoryPlace = 'device' | 'account';

/** The browsing history of a zone's shopper, wherever it is kept (see the module). */
export interface ShopperHistory extends Omit<BrowsingHistory, 'clear'> {
  /** `account` while a signed-in shopper's history is kept by the backend, else `device`. */
  readonly $kept: ReadableAtom<HistoryPlace>;
  /**
   * Forgets the history: the account's on the backend (signed in) and the device's. Rejects with
   * the backend's `OrderZoneError` when the account's could not be cleared (nothing is hidden then).
   */
  clear(): Promise<void>;
}

/** True when `adapter` keeps signed-in shoppers' histories. */
function keepsHistories(adapter: OrderZone['adapter']): boolean {
  return typeof adapter.listViewedProducts === 'function' && typeof adapter.recordProductView === 'function' && typeof adapter.clearViewedProducts === 'function';
}

/** The history of `zone`'s shopper over `device`, the history on this device. */
export function createShopperHistory(zone: OrderZone, device: BrowsingHistory): ShopperHistory {
  const { adapter } = zone;
  const synced = keepsHistories(adapter);
  const $token = atom<string | undefined>(undefined);
  const $account = atom<readonly string[]>([]);
  const $kept = derived([$token], (token): HistoryPlace => (token !== undefined && synced ? 'account' : 'device'));
  const $viewed = derived([$kept, $account, device.$viewed], (kept, account, onDevice) => (kept === 'account' ? account : onDevice));

  /** Merges the device's history into the account of `token` (see the module); false when it stopped. */
  const mergeDevice = async (token: string): Promise<boolean> => {
    const onDevice = device.$viewed.get();
    for (const productId of [...onDevice].reverse()) {
      if ($token.get() !== token) return false;
      try {
        await adapter.recordProductView!(token, productId);
      } catch (error) {
        if (!(isOrderZoneError(error) && error.code === 'not_found')) return false;
      }
    }
    // Only what was merged leaves the device (a view recorded meanwhile, signed out again, stays).
    if ($token.get() === token && device.$viewed.get() === onDevice) device.clear();
    return true;
  };

  const follow = (token: string | undefined): void => {
    if (token === $token.get()) return;
    $token.set(token);
    $account.set([]);
    if (token === undefined || !synced) return;
    const merged = device.$viewed.get().length === 0 ? Promise.resolve(true) : mergeDevice(token);
    void merged.then(() => adapter.listViewedProducts!(token)).then(
      ({ productIds }) => {
        if ($token.get() === token) $account.set(productIds);
      },
      // A session the backend no longer accepts signs out through the account; nothing to show meanwhile.
      () => undefined,
    );
  };
  // The account part loads on demand: until then, the session stored on the device (as after a
  // reload) says who is signed in; from the first call that finds the account, its session does.
  let stopFollowing: (() => void) | undefined;
  const following = (): void => {
    if (stopFollowing) return;
    if (!zone.account) {
      follow(readSession(zone.storage, sessionKey(zone.shopId))?.token);
      return;
    }
    stopFollowing = zone.account.$session.subscribe((session) => follow(session?.token));
  };
  following();

  return {
    $viewed,
    $kept,
    record(productId) {
      following();
      if (typeof productId !== 'string' || productId === '') return;
      const token = $token.get();
      if ($kept.get() === 'device' || token === undefined) {
        device.record(productId);
        return;
      }
      $account.set([productId, ...$account.get().filter((id) => id !== productId)].slice(0, VIEWED_PRODUCTS_MAX));
      adapter.recordProductView!(token, productId).then(
        ({ productIds }) => {
          if ($token.get() === token) $account.set(productIds);
        },
        // Not the shopper's concern: the view stays in this page's list.
        () => undefined,
      );
    },
    async clear() {
      following();
      const token = $token.get();
      if ($kept.get() === 'account' && token !== undefined) {
        await adapter.clearViewedProducts!(token);
        if ($token.get() === token) $account.set([]);
      }
      device.clear();
    },
    dispose() {
      stopFollowing?.();
      device.dispose();
    },
  };
}
