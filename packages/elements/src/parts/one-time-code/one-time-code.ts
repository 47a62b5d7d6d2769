/**
 * The parts every one-time-code step shares (signing in, and the checkout's risk verification):
 * the 6-digit code input (`autocomplete="one-time-code"`, numeric keypad) and the "Send a new code"
 * button that counts down to when the backend allows another code.
 *
 * @module
 */
import { type FieldError, type Translate } from '@orderzone/core';
import { describeFieldError } from '@orderzone/core/messages';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatCountdown, HoldTicker, type HoldClock } from '../../controllers/countdown.ts';


/** Seconds until `resendAt` (epoch ms) on `clock`, 0 once passed or when unknown. */
export function secondsUntil(resendAt: number | undefined, clock: HoldClock): number {
  return resendAt === undefined ? 0 : Math.max(0, Math.ceil((resendAt - clock.now()) / 1000));
}

/** Re-renders its host every second while a resend wait runs, so the countdown moves. */
export class ResendCountdown implements ReactiveController {
  private readonly ticker: HoldTicker;

  constructor(
    host: ReactiveControllerHost,
    private readonly resendAt: () => number | undefined,
    private readonly clock: () => HoldClock,
  ) {
    this.ticker = new HoldTicker(host, () => undefined);
    host.addController(this);
  }

  /** Seconds left before another code may be asked for. */
  get secondsLeft(): number {
    return secondsUntil(this.resendAt(), this.clock());
  }

  hostUpdated(): void {
    this.ticker.sync(this.secondsLeft > 0, this.clock());
  }
}

export interface CodeFieldOptions {
  /** The input's id (labels and messages hang on it). */
  id: string;
  value: string;
  error?: FieldError;
  /** A line under the label, e.g. where the code was sent. */
  hint?: string;
  /** Ids of other text that explains the code (read before the hint), e.g. why it is asked for. */
  describedBy?: readonly string[];
  t: Translate;
  onInput: (value: string) => void;
}

/** The code input: label, hint, 6-digit numeric input and its error. */
export function renderCodeField(options: CodeFieldOptions): TemplateResult {
  const { id, value, error, hint, t } = options;
  const describedBy = [...(options.describedBy ?? []), hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field code-field">
    <label class="label" for=${id}>${t('code.label')}<span class="required" aria-hidden="true"> *</span></label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
    <input
      class="input code-input"
      id=${id}
      name="code"
      autocomplete="one-time-code"
      inputmode="numeric"
      pattern="[0-9]*"
      maxlength="6"
      required
      spellcheck="false"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${value}
      @input=${(e: Event) => options.onInput((e.target as HTMLInputElement).value)}
    />
    ${error ? html`<p class="field-error" id="${id}-error">${describeFieldError(error, t)}</p>` : nothing}
  </div>`;
}

/** "Send a new code", disabled with "New code in 0:42" while the wait runs. */
export function renderResendButton(options: { secondsLeft: number; busy: boolean; t: Translate; onResend: () => void }): TemplateResult {
  const { secondsLeft, busy, t } = options;
  const waiting = secondsLeft > 0;
  return html`<button class="button link resend" type="button" data-resend ?disabled=${waiting || busy} @click=${options.onResend}>
    ${waiting ? t('code.resend_in', { time: formatCountdown(secondsLeft) }) : t('code.resend')}
  </button>`;
}
