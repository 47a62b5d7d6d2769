/**
 * `<sign-in>`: signing in with a one-time code sent by SMS or e-mail.
 *
 * @module
 */
import { CONTACT_MAX_LENGTH, type AccountNotice, type CodeChannel, type FieldError, type LoadedZone, type SentCode, type Session, type SignInState } from '@orderzone/core';
import { addressConventions } from '@orderzone/core/checkout';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../property-decorators.ts';
import { StoreController } from '../../controllers/store-controller.ts';
import { emit } from '../../events/events.ts';
import { controls, tokens } from '../../styles/shared-styles.ts';
import { ZoneElement } from '../zone-element.ts';
import { systemClock, type HoldClock } from '../../controllers/countdown.ts';
import { renderCodeField, renderResendButton, ResendCountdown } from '../../parts/one-time-code/one-time-code.ts';
import { signInByLanguage } from './sign-in.messages-by-language.ts';
import { oneTimeCodeStyles } from '../../parts/one-time-code/one-time-code.styles.ts';
import { signInStyles } from './sign-in.styles.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';

const CHANNELS: readonly CodeChannel[] = ['sms', 'email'];

/**
 * Sign-in with a one-time code: choose SMS or e-mail, type the phone number or address (checked
 * before anything is sent), "Send code", then type the 6-digit code. "Send a new code" counts down
 * until the backend allows another; a wrong or expired code, a malformed number and too many
 * requests are said where they happen, and nothing typed is lost. Once signed in it says who and
 * offers "My orders". Guests never need it: ordering works without signing in.
 *
 * Everything is decided by the zone's `account` (`zone.account`); the element renders it.
 *
 * @summary Sign in with a one-time code sent by SMS or e-mail.
 *
 * @fires oz-signed-in - The shopper signed in: `{ session }`.
 * @fires oz-navigate - "My orders" was chosen: `{ view: 'orders' }`.
 * @fires oz-error - A request failed for another reason than what was typed (offline...): `{ error, message }`.
 *
 * @csspart base - The card.
 * @csspart send-button - The "Send code" button.
 * @csspart submit-button - The "Sign in" button of the code step.
 * @csspart error - A failure that is not about one field.
 * @csspart demo-marker - "Demo: no real orders or payments", above the element when it runs on the demo backend because no backend is configured.
 *
 * @cssprop [--oz-sign-in-max-width=480px] - Maximum width.
 */
export class SignIn extends ZoneElement<'account'> {
  /** The element's styles: the shared design tokens and controls, then its own. */
  static override styles = [tokens, controls, oneTimeCodeStyles, signInStyles];

  /** Where time comes from, for the resend countdown (tests pass a clock they move by hand). */
  @property({ attribute: false }) clock: HoldClock = systemClock;

  @state() private code = '';
  /** What is in the destination field: what the core keeps (`$signIn.destination`) plus typing not yet sent. */
  @state() private destination = '';
  /** A polite announcement (a new code was sent). */
  @state() private announcement = '';
  /** The core's destination last taken over into the field. */
  private seenDestination?: string;

  private readonly signIn = new StoreController<SignInState>(this);
  private readonly session = new StoreController<Session | undefined>(this);
  private readonly notice = new StoreController<AccountNotice | undefined>(this);
  private readonly countdown = new ResendCountdown(this, () => this.signIn.value?.resendAt, () => this.clock);
  private focusAfterRender?: string;

  constructor() {
    super([...flowMessages, signInByLanguage], ['account']);
  }

  protected override zoneChanged(zone: LoadedZone<'account'>): void {
    this.signIn.setStore(zone.account.$signIn);
    this.session.setStore(zone.account.$session);
    this.notice.setStore(zone.account.$notice);
  }

  private get account() {
    return this.readyZone.account;
  }

  protected override willUpdate(): void {
    // The core keeps what was typed (it outlives this element, e.g. on navigation); follow it when it changes.
    const kept = (this.signIn.value ?? this.readyZone.account.$signIn.get()).destination;
    if (kept !== this.seenDestination) {
      this.seenDestination = kept;
      this.destination = kept;
    }
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  /** Focuses what needs the shopper's attention after a step: a field with a problem, else the failure. */
  private focusProblem(field: 'destination' | 'code'): void {
    const after = this.account.$signIn.get();
    if (after.fieldErrors.length > 0) this.focusAfterRender = `#sign-in-${field}`;
    else if (after.error) {
      this.reportError(after.error);
      this.focusAfterRender = '[part="error"]';
    }
    this.requestUpdate();
  }

  private async send(event: Event): Promise<void> {
    event.preventDefault();
    const state = this.account.$signIn.get();
    if (await this.account.requestCode({ channel: state.channel, destination: this.destination })) {
      this.code = '';
      this.focusAfterRender = '#sign-in-code';
      this.requestUpdate();
    } else this.focusProblem('destination');
  }

  private async resend(): Promise<void> {
    this.announcement = '';
    if (await this.account.resendCode()) {
      this.focusAfterRender = '#sign-in-code';
      const sent = this.account.$signIn.get().sent;
      await this.updateComplete;
      this.announcement = this.t('signIn.resent', { destination: sent?.maskedDestination ?? '' });
    } else this.focusProblem('code');
    this.requestUpdate();
  }

  private async verify(event: Event): Promise<void> {
    event.preventDefault();
    const session = await this.account.verifyCode(this.code);
    if (session) {
      this.code = '';
      emit(this, 'oz-signed-in', { session });
      this.focusAfterRender = 'h2';
      this.requestUpdate();
    } else this.focusProblem('code');
  }

  private setChannel(channel: CodeChannel): void {
    this.account.setChannel(channel);
    this.destination = '';
  }

  private changeDestination(): void {
    this.account.changeDestination();
    this.destination = this.account.$signIn.get().destination;
    this.announcement = '';
    this.focusAfterRender = '#sign-in-destination';
  }

  /** The hint under the phone or e-mail field: which numbers the core accepts (by its country). */
  private destinationHint(channel: CodeChannel): string {
    if (channel === 'email') return this.t('signIn.destination_hint.email');
    return this.t(addressConventions(this.account.phoneCountry()).mainlandMobile ? 'signIn.destination_hint.sms_cn' : 'signIn.destination_hint.sms');
  }

  /** Where the code went and, when the backend says, until when it works. */
  private sentHint(sent: SentCode): string {
    const expires = new Date(sent.expiresAt);
    if (Number.isNaN(expires.getTime())) return this.t('signIn.sent_to', { destination: sent.maskedDestination });
    const today = new Date(this.clock.now()).toDateString() === expires.toDateString();
    const until = new Intl.DateTimeFormat(this.i18n.locale, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(expires);
    return this.t('signIn.sent_to_until', { destination: sent.maskedDestination, until });
  }

  private fieldError(field: string): FieldError | undefined {
    return this.signIn.value?.fieldErrors.find((e) => e.field === field);
  }

  private renderError(state: SignInState): TemplateResult | typeof nothing {
    if (!state.error) return nothing;
    return html`<p class="notice error" part="error" role="alert" tabindex="-1" data-sign-in-error>${describeError(state.error, this.i18n.t)}</p>`;
  }

  private renderSignedIn(session: Session): TemplateResult {
    const who = session.shopper.phone ?? session.shopper.email ?? session.shopper.id;
    return html`<div class="card" part="base">
      <h2 tabindex="-1">${this.t('signIn.heading')}</h2>
      <p data-signed-in>${this.t('signIn.signed_in', { who })}</p>
      <button class="button primary" type="button" data-my-orders @click=${() => emit(this, 'oz-navigate', { view: 'orders' })}>${this.t('signIn.my_orders')}</button>
    </div>`;
  }

  private renderDestination(state: SignInState): TemplateResult {
    const channel = state.channel;
    const error = this.fieldError('destination');
    const hintId = 'sign-in-destination-hint';
    const describedBy = [hintId, error ? 'sign-in-destination-error' : ''].filter(Boolean).join(' ');
    return html`<form class="card" part="base" novalidate aria-labelledby="sign-in-heading" @submit=${this.send}>
      <h2 id="sign-in-heading" tabindex="-1">${this.t('signIn.heading')}</h2>
      <p class="muted">${this.t('signIn.intro')}</p>
      ${this.notice.value === 'session_expired' ? html`<p class="notice" role="status" data-session-expired>${this.t('account.session_expired')}</p>` : nothing}
      <fieldset>
        <legend>${this.t('signIn.channel')}</legend>
        <div class="channels">
          ${CHANNELS.map(
            (c) => html`<label class="channel">
              <input type="radio" name="channel" value=${c} .checked=${c === channel} @change=${() => this.setChannel(c)} />
              <span>${this.t(`signIn.channel.${c}`)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label class="label" for="sign-in-destination">${this.t(`signIn.destination.${channel}`)}<span class="required" aria-hidden="true"> *</span></label>
        <span class="hint" id=${hintId}>${this.destinationHint(channel)}</span>
        <input
          class="input"
          id="sign-in-destination"
          name="destination"
          type=${channel === 'sms' ? 'tel' : 'email'}
          autocomplete=${channel === 'sms' ? 'tel' : 'email'}
          inputmode=${channel === 'sms' ? 'tel' : 'email'}
          maxlength=${CONTACT_MAX_LENGTH}
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${this.destination}
          @input=${(e: Event) => {
            this.destination = (e.target as HTMLInputElement).value;
          }}
        />
        ${error ? html`<p class="field-error" id="sign-in-destination-error">${describeFieldError(error, this.i18n.t)}</p>` : nothing}
      </div>
      ${this.renderError(state)}
      <button class="button primary" part="send-button" type="submit" data-send ?disabled=${state.busy} aria-busy=${state.busy ? 'true' : 'false'}>
        ${this.t(state.busy ? 'signIn.sending' : 'signIn.send')}
      </button>
    </form>`;
  }

  private renderCode(state: SignInState): TemplateResult {
    return html`<form class="card" part="base" novalidate aria-labelledby="sign-in-heading" @submit=${this.verify}>
      <h2 id="sign-in-heading" tabindex="-1">${this.t('signIn.code_heading')}</h2>
      ${renderCodeField({
        id: 'sign-in-code',
        value: this.code,
        error: this.fieldError('code'),
        hint: state.sent ? this.sentHint(state.sent) : undefined,
        t: this.i18n.t,
        onInput: (value) => {
          this.code = value;
        },
      })}
      ${this.renderError(state)}
      <div class="visually-hidden" role="status" aria-live="polite" data-announcement>${this.announcement}</div>
      <div class="actions">
        <button class="button primary" part="submit-button" type="submit" data-verify ?disabled=${state.busy} aria-busy=${state.busy ? 'true' : 'false'}>
          ${this.t(state.busy ? 'signIn.checking' : 'signIn.submit')}
        </button>
        ${renderResendButton({ secondsLeft: this.countdown.secondsLeft, busy: state.busy, t: this.i18n.t, onResend: () => void this.resend() })}
      </div>
      <button class="button link" type="button" data-change-destination @click=${this.changeDestination}>${this.t('signIn.change_destination')}</button>
    </form>`;
  }

  protected override render(): TemplateResult {
    const zone = this.readyZone;
    if (!zone.account.supported) {
      return html`<div class="card" part="base"><h2 tabindex="-1">${this.t('signIn.heading')}</h2><p>${this.t('signIn.unsupported')}</p></div>`;
    }
    const session = this.session.value;
    if (session) return this.renderSignedIn(session);
    const state = this.signIn.value ?? zone.account.$signIn.get();
    return state.step === 'code' ? this.renderCode(state) : this.renderDestination(state);
  }
}
