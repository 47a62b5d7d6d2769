/**
 * The account part `<order-zone>`'s header follows: loaded after the first screen, or as soon as
 * the shopper points at or focuses the zone, and only when the backend offers sign-in. The header's
 * account buttons and the "Sign out?" dialog (`zone-account.ts`) are a chunk of their own (issue 16),
 * loaded with the account: they show nothing before it anyway.
 *
 * @module
 */
import type { OrderZone, Session, Translate } from '@orderzone/core';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { StoreController } from '../../controllers/store-controller.ts';
import { afterFirstScreen } from './zone-loading.ts';
import type { AccountButtonsOptions, SignOutDialog, SignOutDialogOptions } from './zone-account.ts';

/** The signed-in shopper's session of the zone in use, for the header's account buttons. */
export class AccountFollower implements ReactiveController {
  /** The session; `undefined` for a guest, or until the account part has loaded. */
  readonly session: StoreController<Session | undefined>;
  /** The zone whose account the header follows. */
  private followed: OrderZone | undefined;
  /** Cancels the account load waiting for the first screen (on disconnect, or for another zone). */
  private cancelLoad: (() => void) | undefined;
  /** The header's account buttons and the "Sign out?" dialog, once their code is here. */
  private view: { renderAccountButtons: typeof import('./zone-account.ts').renderAccountButtons; dialog: SignOutDialog } | undefined;
  private viewLoading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly activeZone: () => OrderZone | undefined,
    private readonly dialogOptions: SignOutDialogOptions,
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
    void this.loadView();
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

  /**
   * What the header must wait for before it renders: the code of its account buttons while the
   * zone's account is loaded (by this header or another element) and offers sign-in but that code is
   * not here yet; else nothing. `<order-zone>` waits for it, so the buttons never come a moment after the account.
   */
  ready(): Promise<void> | undefined {
    return this.activeZone()?.account?.supported && !this.view ? this.loadView() : undefined;
  }

  /** Loads the code of the header's account buttons and the dialog (once; a failed load is tried again on the next call). */
  private loadView(): Promise<void> {
    this.viewLoading ||= import('./zone-account.ts').then(
      ({ renderAccountButtons, SignOutDialog }) => {
        this.view ??= { renderAccountButtons, dialog: new SignOutDialog(this.host, this.dialogOptions) };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.viewLoading = undefined;
        console.warn('OrderZone: the account buttons could not load', error);
      },
    );
    return this.viewLoading;
  }

  /** The header's account buttons; nothing when the backend offers no sign-in (or before their code is here). */
  renderButtons(options: Omit<AccountButtonsOptions, 'signOut'>): TemplateResult | typeof nothing {
    if (!options.supported) return nothing;
    if (!this.view) {
      void this.loadView();
      return nothing;
    }
    const dialog = this.view.dialog;
    return this.view.renderAccountButtons({ ...options, signOut: () => void dialog.open() });
  }

  /** The "Sign out?" dialog while it is open. */
  renderDialog(t: Translate, itemCount: number): TemplateResult | typeof nothing {
    return this.view?.dialog.render(t, itemCount) ?? nothing;
  }
}
