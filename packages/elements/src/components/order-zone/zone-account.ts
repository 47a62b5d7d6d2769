/**
 * The account part of `<order-zone>`'s header: "Sign in" for a guest, "My orders" and "Sign out"
 * for a signed-in shopper (only when the backend offers sign-in), and the dialog that says exactly
 * what signing out removes before it does. A chunk of its own with the dialog's styles, loaded with
 * the account (`account-follower.ts`).
 *
 * @module
 */
import type { OrderZone, Session, Translate } from '@orderzone/core';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit, type ZoneView } from '../../events/events.ts';
import type { ZonePage } from './zone-route.ts';
import { joinStyles } from '../../styles/joined-styles.ts';
import { zoneAccountStyles } from './zone-account.styles.ts';

export interface AccountButtonsOptions {
  supported: boolean;
  session: Session | undefined;
  page: ZonePage;
  t: Translate;
  navigate: (view: ZoneView) => void;
  signOut: () => void;
}

/** The header's account buttons; nothing when the backend offers no sign-in. */
export function renderAccountButtons(options: AccountButtonsOptions): TemplateResult | typeof nothing {
  const { supported, session, page, t } = options;
  if (!supported) return nothing;
  const current = (view: ZonePage) => (page === view ? 'page' : nothing);
  if (!session) {
    return html`<button type="button" class="button link account" part="account" data-sign-in aria-current=${current('sign-in')} @click=${() => options.navigate('sign-in')}>
      ${t('zone.sign_in')}
    </button>`;
  }
  return html`<button type="button" class="button link account" part="account" data-my-orders aria-current=${current('orders')} @click=${() => options.navigate('orders')}>
      ${t('zone.my_orders')}
    </button>
    <button type="button" class="button link account" part="account" data-sign-out aria-haspopup="dialog" @click=${options.signOut}>${t('zone.sign_out')}</button>`;
}

/** What the "Sign out?" dialog reads from its host: the zone, and what follows a sign-out (given its message). */
export interface SignOutDialogOptions {
  zone: () => OrderZone | undefined;
  done: (message: string) => void;
}

/**
 * The "Sign out?" dialog of a host element: renders a modal `<dialog>` and signs out on
 * confirmation. Its styles join the host's when it is created.
 */
export class SignOutDialog {
  private shown = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SignOutDialogOptions,
  ) {
    if (host.shadowRoot) joinStyles(host.shadowRoot, [zoneAccountStyles]);
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog[data-sign-out-dialog]') ?? null;
  }

  /** Shows the dialog, focus on "Stay signed in". */
  async open(): Promise<void> {
    this.shown = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('[data-sign-out-cancel]')?.focus();
  }

  private close(): void {
    this.dialog()?.close();
  }

  private async confirm(t: Translate): Promise<void> {
    this.close();
    const zone = this.options.zone();
    if (!zone) return;
    const { account } = await zone.load('account');
    await account.signOut({ cart: 'empty' });
    emit(this.host, 'oz-signed-out', { cart: 'empty' });
    this.options.done(t('zone.signed_out'));
  }

  render(t: Translate, itemCount: number): TemplateResult | typeof nothing {
    if (!this.shown) return nothing;
    return html`<dialog
      class="sign-out-dialog"
      part="sign-out-dialog"
      data-sign-out-dialog
      aria-labelledby="sign-out-heading"
      aria-describedby="sign-out-text"
      @close=${() => {
        this.shown = false;
        this.host.requestUpdate();
      }}
    >
      <h2 id="sign-out-heading">${t('zone.sign_out_heading')}</h2>
      <div id="sign-out-text">
        <p>${t('zone.sign_out_removes')}</p>
        ${itemCount > 0 ? html`<p data-sign-out-cart>${t('zone.sign_out_cart', { count: itemCount })}</p>` : nothing}
      </div>
      <div class="dialog-actions">
        <button type="button" class="button" data-sign-out-cancel @click=${() => this.close()}>${t('zone.sign_out_cancel')}</button>
        <button type="button" class="button primary" data-sign-out-confirm @click=${() => void this.confirm(t)}>${t('zone.sign_out_confirm')}</button>
      </div>
    </dialog>`;
  }
}
