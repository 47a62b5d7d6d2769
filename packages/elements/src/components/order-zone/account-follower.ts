/**
 * The account part `<order-zone>`'s header follows: loaded after the first screen, or as soon as
 * the shopper points at or focuses the zone, and only when the backend offers sign-in.
 *
 * @module
 */
import type { OrderZone, Session } from '@orderzone/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoreController } from '../../controllers/store-controller.ts';
import { afterFirstScreen } from './zone-loading.ts';

/** The signed-in shopper's session of the zone in use, for the header's account buttons. */
export class AccountFollower implements ReactiveController {
  /** The session; `undefined` for a guest, or until the account part has loaded. */
  readonly session: StoreController<Session | undefined>;
  /** The zone whose account the header follows. */
  private followed: OrderZone | undefined;
  /** Cancels the account load waiting for the first screen (on disconnect, or for another zone). */
  private cancelLoad: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly activeZone: () => OrderZone | undefined,
  ) {
    this.session = new StoreController<Session | undefined>(host);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancelLoad?.();
    this.cancelLoad = undefined;
    this.followed = undefined;
  }

  /**
   * Follows the account of `zone`: loaded after the first screen (see {@link afterFirstScreen}),
   * unless {@link load} is called sooner, and only when the backend offers sign-in.
   */
  follow(zone: OrderZone): void {
    if (this.followed === zone) return;
    this.followed = zone;
    this.session.setStore(zone.account?.$session);
    this.cancelLoad?.();
    this.cancelLoad = zone.offers.signIn && !zone.account ? afterFirstScreen(zone, () => this.load()) : undefined;
  }

  /** Loads the account of the zone in use (once: `zone.load()` keeps it) and follows its session. */
  load(): void {
    const zone = this.activeZone();
    if (!zone?.offers.signIn) return;
    zone.load('account').then(
      ({ account }) => {
        if (this.activeZone() !== zone) return;
        this.session.setStore(account.$session);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // The header shows no account buttons; the sign-in page, if opened, shows the failure with "Try again".
        this.followed = undefined;
        console.warn('OrderZone: the account could not load', error);
      },
    );
  }
}
