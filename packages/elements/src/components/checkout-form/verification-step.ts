/**
 * The checkout's risk-verification step: when the backend answers an order with "verification
 * required" (a large amount, many orders in a short time), `<checkout-form>` shows why, where the
 * code went, the 6-digit code input and "Send a new code" with its countdown, in place of the
 * "Place order" button. The order goes out again with the same idempotency key (the core's
 * `checkout.verify()`), so it is placed at most once.
 *
 * @module
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type Checkout, type CheckoutState, type Order, type OrderZoneError, type Translate } from '@orderzone/core';
import { verificationReasonKey, VERIFICATION_CODE_FIELD } from '@orderzone/core/checkout';
import { describeError } from '@orderzone/core/messages';
import { systemClock, type HoldClock } from '../../controllers/countdown.ts';
import { renderCodeField, renderResendButton, ResendCountdown } from '../../parts/one-time-code/one-time-code.ts';

export interface VerificationStepHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface VerificationStepOptions {
  checkout: () => Checkout;
  t: () => Translate;
  /** The order placed once the code was accepted. */
  placed: (order: Order) => void;
  /** A failure to report (`oz-error`). */
  failed: (error: OrderZoneError) => void;
  /** Says something politely in the host's live region (a new code was sent). */
  announce: (message: string) => void;
  clock?: () => HoldClock;
}

/** Holds what the shopper typed and renders the step from the checkout's state. */
export class VerificationStep implements ReactiveController {
  private code = '';
  private resending = false;
  private challengeId: string | undefined;
  private readonly countdown: ResendCountdown;

  constructor(
    private readonly host: VerificationStepHost,
    private readonly options: VerificationStepOptions,
  ) {
    host.addController(this);
    this.countdown = new ResendCountdown(
      host,
      () => {
        const at = this.options.checkout().$state.get().verification?.code.resendAt;
        return at === undefined ? undefined : Date.parse(at);
      },
      () => this.options.clock?.() ?? systemClock,
    );
  }

  private focus(selector: string): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  hostUpdate(): void {
    const id = this.options.checkout().$state.get().verification?.id;
    if (id !== this.challengeId) {
      // A new challenge: a fresh code field, focused.
      const first = this.challengeId === undefined;
      this.challengeId = id;
      this.code = '';
      if (id && first) this.focus('#verification-code');
    }
  }

  /** Sends the code typed (the form's submit while in the `verification` phase). */
  async verify(): Promise<void> {
    const checkout = this.options.checkout();
    const order = await checkout.verify(this.code);
    if (order) {
      this.options.placed(order);
      return;
    }
    const after = checkout.$state.get();
    if (after.fieldErrors.some((e) => e.field === VERIFICATION_CODE_FIELD)) this.focus('#verification-code');
    else if (after.error) {
      this.options.failed(after.error);
      this.focus('[data-verification-error]');
    }
    this.host.requestUpdate();
  }

  private async resend(): Promise<void> {
    this.resending = true;
    this.options.announce('');
    this.host.requestUpdate();
    try {
      await this.options.checkout().resendCode();
    } finally {
      this.resending = false;
      this.host.requestUpdate();
    }
    const after = this.options.checkout().$state.get();
    if (after.error) this.focus('[data-verification-error]');
    else if (after.verification) {
      this.focus('#verification-code');
      const destination = after.verification.code.maskedDestination;
      await this.host.updateComplete;
      this.options.announce(this.options.t()('checkoutForm.code_resent', { destination }));
    }
  }

  private back(): void {
    this.options.checkout().cancelVerification();
    this.focus('[data-submit]');
  }

  /** The step, or `nothing` when no code is asked for. */
  render(state: CheckoutState): TemplateResult | typeof nothing {
    const challenge = state.verification;
    if (!challenge) return nothing;
    const t = this.options.t();
    const checking = state.phase === 'submitting';
    const error = state.fieldErrors.find((e) => e.field === VERIFICATION_CODE_FIELD);
    return html`<section class="verification" part="verification" aria-labelledby="verification-heading" data-verification>
      <h3 id="verification-heading">${t('checkoutForm.verify_heading')}</h3>
      <p id="verification-reason" data-verification-reason>${t(verificationReasonKey(challenge.reason))}</p>
      ${renderCodeField({
        id: 'verification-code',
        value: this.code,
        ...(error ? { error } : {}),
        hint: t('verification.sent_to', { destination: challenge.code.maskedDestination }),
        describedBy: ['verification-reason'],
        t,
        onInput: (value) => {
          this.code = value;
        },
      })}
      ${state.error && !checking
        ? html`<p class="notice error" role="alert" tabindex="-1" data-verification-error>${describeError(state.error, t)}</p>`
        : nothing}
      <div class="verification-actions">
        <button class="button primary submit" part="submit-button" type="submit" data-verify ?disabled=${checking} aria-busy=${checking ? 'true' : 'false'}>
          ${checking ? html`<span class="spinner" aria-hidden="true"></span>${t('checkoutForm.verifying')}` : t('checkoutForm.verify')}
        </button>
        ${renderResendButton({ secondsLeft: this.countdown.secondsLeft, busy: checking || this.resending, t, onResend: () => void this.resend() })}
        <button class="button link" type="button" data-verification-back ?disabled=${checking} @click=${() => this.back()}>${t('checkoutForm.verify_back')}</button>
      </div>
    </section>`;
  }
}

/** Styles of the step. */
export const verificationStepStyles = css`
  .verification {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 6%, var(--_surface));
  }
  .verification h3 {
    margin: 0;
    font-size: var(--_text-lg);
  }
  .verification p {
    margin: 0;
  }
  .verification .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .verification-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .verification .hint {
    color: var(--_muted);
    font-size: var(--_text-sm);
  }
  .verification .required {
    color: var(--_danger);
  }
  [data-verification-error]:focus {
    outline: none;
  }
`;
