/**
 * Subscribes a Lit element to nanostores atoms while it is connected, re-rendering on change.
 *
 * @module
 */
import type { ReadableAtom } from 'nanostores';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Holds the current value of a store that can be swapped (when the zone changes). */
export class StoreController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private store: ReadableAtom<T> | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;
  /** The store's current value (`undefined` before a store is set). */
  value: T | undefined;

  constructor(host: ReactiveControllerHost, store?: ReadableAtom<T>) {
    this.host = host;
    host.addController(this);
    if (store) this.setStore(store);
  }

  /** Follows another store from now on (none, with `undefined`: the value becomes `undefined`). */
  setStore(store: ReadableAtom<T> | undefined): void {
    if (store === this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    this.value = store?.get();
    if (this.connected && store) this.subscribe();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.connected = true;
    if (this.store) this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    this.unsubscribe = this.store!.subscribe((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }
}
