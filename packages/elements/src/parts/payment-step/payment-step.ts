/**
 * The payment step after an order was placed, shared by `<order-confirmation>` and `<order-detail>`:
 * what the shopper still has to do (follow a link, scan a QR code, or nothing), a live countdown to
 * the code's expiry, and a watch on the payment status that moves on by itself once the backend says
 * the order is paid. An expired code offers to look for a new one; when the shop issues none, the
 * host shows what else the shopper can do.
 *
 * It is a template part, rendered in its host's shadow root: `part` names here are the host's.
 *
 * @module
 */
import { safeImageUrl, safeLinkUrl, toOrderZoneError, type Order, type OrderReadingZone, type PaymentMethod, type PaymentStatus, type TotalChange } from '@orderzone/core';
import { describeError } from '@orderzone/core/messages';
import { awaitsPayment, fetchOrder, paymentCard, watchOrderPayment, type PaymentWatch } from '@orderzone/core/orders';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { encodeQr, renderQr, type QrDrawing } from './qr-code.ts';
import { formatCountdown } from '../../controllers/countdown.ts';
import { renderSettledPayment, type PaymentClock } from './payment-card.ts';

export { realPaymentClock, renderSettledPayment, type PaymentClock } from './payment-card.ts';
export { paymentStepStyles } from './payment-step.styles.ts';

/** Where the payment stands, as this page has seen it. */
export type PaymentPhase = 'waiting' | 'paid' | 'expired' | 'failed';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** What the payment step needs from its host. */
export interface PaymentStepOptions {
  /** The zone the order is read through (`fetchOrder`, `watchOrderPayment`: with this browser's proof of access). */
  zone(): OrderReadingZone | undefined;
  /** The order shown now. */
  order(): Order | undefined;
  clock(): PaymentClock;
  /** The backend has a newer order (paid, or a new code): the host shows it. */
  onOrder(order: Order): void;
  /** Says something to screen-reader users through the host's polite live region. */
  announce(message: string): void;
  t: Translate;
  /** The host's locale, for the time of a check. */
  locale?(): string;
}

/**
 * Keeps the payment step of the host's order live: draws the QR code, counts down to its expiry,
 * watches the payment status while the order awaits payment, and fetches the paid order.
 */
export class PaymentStepController implements ReactiveController {
  phase: PaymentPhase = 'waiting';
  /** Seconds until the QR code expires, while counting down. */
  secondsLeft: number | undefined;
  /** The drawn QR code and the payload it encodes. */
  qr: { payload: string; drawing: QrDrawing } | undefined;
  /** Looking for a new code. */
  renewing = false;
  /** The shop has issued no new code after this one expired. */
  noNewCode = false;
  /** A failure while looking for a new code, as a sentence. */
  error: string | undefined;
  /** "I have paid: check now" is asking the backend. */
  checking = false;
  /** What the shopper's last "check now" found while the payment still awaits: nothing yet (and when), or why it could not check. */
  checked: { kind: 'not_yet'; at: number } | { kind: 'failed'; reason: string } | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly options: PaymentStepOptions;
  private watch: PaymentWatch | undefined;
  private tickTimer: unknown;
  private tickClock: PaymentClock | undefined;
  private watchedKey: string | undefined;
  private qrRequested: string | undefined;
  private lastMinuteAnnounced = false;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: PaymentStepOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    this.watchedKey = undefined;
  }

  hostUpdate(): void {
    if (this.connected) this.sync();
  }

  /**
   * "I have paid: check now": asks the backend (which asks its payment provider) and shows that it
   * is checking, then what it found: the payment received, or "not received yet" with the time of
   * the check, or why it could not check.
   */
  async checkNow(): Promise<void> {
    const watch = this.watch;
    if (!watch || this.checking) return;
    this.checking = true;
    this.checked = undefined;
    this.options.announce(this.options.t('payment.checking'));
    this.host.requestUpdate();
    try {
      const status = await watch.check();
      if (this.watch !== watch) return;
      if (status === 'pending') {
        this.checked = { kind: 'not_yet', at: this.options.clock().now() };
        this.options.announce(this.options.t('payment.not_yet', { time: this.checkTime(this.checked.at) }));
      }
    } catch (raw) {
      const error = toOrderZoneError(raw);
      if (this.watch !== watch || error.code === 'aborted') return;
      const reason = describeError(error, this.options.t);
      this.checked = { kind: 'failed', reason };
      this.options.announce(this.options.t('payment.check_failed', { reason }));
    } finally {
      if (this.watch === watch) {
        this.checking = false;
        this.host.requestUpdate();
      }
    }
  }

  /** The time of a check, as the shopper reads a clock ("14:32:05"). */
  checkTime(at: number): string {
    return new Intl.DateTimeFormat(this.options.locale?.(), { timeStyle: 'medium' }).format(new Date(at));
  }

  /** After the code expired or the payment failed: fetches the order again, in case the shop issued a new code. */
  async renew(): Promise<void> {
    const order = this.options.order();
    const zone = this.options.zone();
    if (!order || !zone || this.renewing) return;
    this.renewing = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const fresh = await fetchOrder(zone, order.orderNumber);
      const renewed = this.keyOf(fresh) !== this.keyOf(order) && !this.isExpired(fresh);
      if (renewed || fresh.status !== order.status) {
        this.watchedKey = undefined;
        this.options.onOrder(fresh);
        this.options.announce(this.options.t(renewed ? 'payment.new_code' : 'payment.order_changed'));
      } else {
        this.noNewCode = true;
        this.options.announce(this.options.t('payment.no_new_code'));
      }
    } catch (error) {
      this.error = describeError(toOrderZoneError(error), this.options.t);
    } finally {
      this.renewing = false;
      this.host.requestUpdate();
    }
  }

  private keyOf(order: Order): string {
    return `${order.orderNumber} ${JSON.stringify(order.payment)}`;
  }

  private isExpired(order: Order): boolean {
    const expiresAt = order.payment.type === 'qr_code' ? order.payment.expiresAt : undefined;
    const at = expiresAt === undefined ? Number.NaN : Date.parse(expiresAt);
    return !Number.isNaN(at) && at <= this.options.clock().now();
  }

  private stop(): void {
    this.watch?.stop();
    this.watch = undefined;
    if (this.tickClock) this.tickClock.clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
  }

  private sync(): void {
    const order = this.options.order();
    const zone = this.options.zone();
    this.drawQr(order);
    if (!order || !zone || !awaitsPayment(order)) {
      this.stop();
      this.watchedKey = undefined;
      return;
    }
    const key = this.keyOf(order);
    if (key === this.watchedKey) return;
    this.stop();
    this.watchedKey = key;
    this.phase = 'waiting';
    this.checking = false;
    this.checked = undefined;
    this.noNewCode = false;
    this.error = undefined;
    this.lastMinuteAnnounced = false;
    const clock = this.options.clock();
    this.watch = watchOrderPayment(zone, order.orderNumber, {
      clock,
      onStatus: (status) => this.onStatus(status, order),
    });
    this.tickClock = clock;
    this.secondsLeft = undefined;
    if (order.payment.type === 'qr_code' && order.payment.expiresAt) this.tick(Date.parse(order.payment.expiresAt), clock);
  }

  private tick(expiresAt: number, clock: PaymentClock): void {
    if (Number.isNaN(expiresAt)) return;
    const left = Math.max(0, Math.ceil((expiresAt - clock.now()) / 1000));
    this.secondsLeft = left;
    if (left === 0) {
      this.expire();
      // The backend has the last word: a payment made at the last second still counts.
      this.watch?.refresh();
      return;
    }
    if (left <= 60 && !this.lastMinuteAnnounced) {
      this.lastMinuteAnnounced = true;
      this.options.announce(this.options.t('payment.last_minute'));
    }
    this.host.requestUpdate();
    const untilNextSecond = ((expiresAt - clock.now()) % 1000) || 1000;
    this.tickTimer = clock.setTimeout(() => this.tick(expiresAt, clock), untilNextSecond);
  }

  private expire(): void {
    if (this.phase === 'expired' || this.phase === 'paid') return;
    this.phase = 'expired';
    this.secondsLeft = 0;
    this.options.announce(this.options.t('payment.expired'));
    this.host.requestUpdate();
  }

  private onStatus(status: PaymentStatus['status'], order: Order): void {
    if (status === 'pending') return;
    if (status === 'expired') {
      if (this.tickClock) this.tickClock.clearTimeout(this.tickTimer);
      this.expire();
      return;
    }
    this.stop();
    if (status === 'failed') {
      this.phase = 'failed';
      this.options.announce(this.options.t('payment.failed'));
      this.host.requestUpdate();
      return;
    }
    this.phase = 'paid';
    this.options.announce(this.options.t('payment.paid'));
    this.host.requestUpdate();
    const zone = this.options.zone();
    if (!zone) return;
    fetchOrder(zone, order.orderNumber).then(
      (fresh) => this.options.onOrder(fresh),
      () => undefined, // The "payment received" message stands; the order view refreshes on its next check.
    );
  }

  private drawQr(order: Order | undefined): void {
    const payment = order?.payment;
    if (payment?.type !== 'qr_code' || safeImageUrl(payment.imageUrl)) return;
    const { payload } = payment;
    if (this.qrRequested === payload) return;
    this.qrRequested = payload;
    // Until (or unless) the code is drawn, the payload text stands in for it.
    encodeQr(payload).then(
      (drawing) => {
        if (this.qrRequested === payload) {
          this.qr = { payload, drawing };
          this.host.requestUpdate();
        }
      },
      () => undefined,
    );
  }
}

/** Formatters the part needs from its host. */
export interface PaymentStepFormatters {
  t: Translate;
  money(value: Order['total']): string;
  formatDate(iso: string | undefined): string | undefined;
}

/** Extra content the host puts under an expired or failed code (cancel, help...), and a total to accept first. */
export interface PaymentStepRenderOptions {
  whenStuck?: TemplateResult | typeof nothing;
  /**
   * The zone's `checkout.$totalChange`: when it is about this order and not accepted, the payment
   * waits: the card shows both totals and "Accept" instead of a link or a code.
   */
  totalChange?: TotalChange | undefined;
  /** Accepts the new total (`checkout.acceptTotalChange()`). */
  acceptTotal?: () => void;
}

/** The card of an order placed at another total than the shopper confirmed: both amounts, and no payment before "Accept". */
function renderTotalChange(change: TotalChange, f: PaymentStepFormatters, accept: (() => void) | undefined, extra: TemplateResult | typeof nothing): TemplateResult {
  return html`<section class="card payment total-change" part="payment total-change" aria-labelledby="payment-heading" data-payment="total-change" role="alert">
    <h3 id="payment-heading">${f.t('payment.total_changed_heading')}</h3>
    <dl class="totals">
      <div><dt>${f.t('payment.total_confirmed')}</dt><dd data-confirmed-total>${f.money(change.confirmed)}</dd></div>
      <div class="charged"><dt>${f.t('payment.total_charged')}</dt><dd data-charged-total>${f.money(change.charged)}</dd></div>
    </dl>
    <p>${f.t('payment.total_changed_body')}</p>
    <div class="payment-actions">
      <button class="button primary" type="button" data-accept-total @click=${() => accept?.()}>${f.t('payment.accept_total', { total: f.money(change.charged) })}</button>
    </div>
    ${extra}
  </section>`;
}

function scanKey(method: PaymentMethod): string {
  if (method.kind === 'alipay') return 'payment.scan.alipay';
  if (method.kind === 'wechat_pay') return 'payment.scan.wechat_pay';
  return 'payment.scan.other';
}

/** "I have paid: check now", busy while it checks, and what the check found. */
function renderCheckNow(step: PaymentStepController, f: PaymentStepFormatters): TemplateResult {
  const checked = step.checked;
  return html`<div class="check-payment" part="check-payment">
    <button class="button link" type="button" data-check-payment ?disabled=${step.checking} aria-busy=${step.checking ? 'true' : 'false'} @click=${() => void step.checkNow()}>
      ${step.checking ? html`<span class="spinner" aria-hidden="true"></span>${f.t('payment.checking')}` : f.t('payment.check_now')}
    </button>
    ${!step.checking && checked
      ? html`<p class=${checked.kind === 'failed' ? 'field-error' : 'muted'} data-check-result=${checked.kind}>
          ${checked.kind === 'not_yet' ? f.t('payment.not_yet', { time: step.checkTime(checked.at) }) : f.t('payment.check_failed', { reason: checked.reason })}
        </p>`
      : nothing}
  </div>`;
}

/**
 * The payment card of `order`: "Payment received" once paid on this page, nothing to do, a link, or a
 * QR code with its countdown; an expired or failed payment with "Get a new code". Renders nothing
 * for an order that no longer awaits payment (unless it was just paid here).
 */
export function renderPaymentStep(order: Order, step: PaymentStepController, f: PaymentStepFormatters, options: PaymentStepRenderOptions = {}): TemplateResult | typeof nothing {
  const heading = html`<h3 id="payment-heading">${f.t('payment.heading')}</h3>`;
  const change = options.totalChange;
  const card = paymentCard(order, change, step.phase === 'paid');
  if (card === 'accept_total' && change) {
    return renderTotalChange(change, f, options.acceptTotal, options.whenStuck ?? nothing);
  }
  if (card === 'received' || card === 'nothing_to_do') return renderSettledPayment(card, f.t);
  if (card !== 'pay') return nothing;
  if (step.phase === 'expired' || step.phase === 'failed') {
    return html`<section class="card payment stuck" part="payment" aria-labelledby="payment-heading" data-payment=${step.phase}>
      ${heading}
      <p class="field-error" data-payment-problem>${f.t(step.phase === 'expired' ? 'payment.expired' : 'payment.failed')}</p>
      ${step.noNewCode ? html`<p data-no-new-code>${f.t('payment.no_new_code')}</p>` : nothing}
      ${step.error ? html`<p class="field-error" role="alert">${step.error}</p>` : nothing}
      <div class="payment-actions">
        <button class="button primary" type="button" data-renew ?disabled=${step.renewing} aria-busy=${step.renewing ? 'true' : 'false'} @click=${() => void step.renew()}>
          ${f.t('payment.renew')}
        </button>
      </div>
      ${options.whenStuck ?? nothing}
    </section>`;
  }
  const checkNow = renderCheckNow(step, f);
  // The deadline after which the backend cancels the order (`payBy`), when it has one.
  const payBy = f.formatDate(order.payBy);
  const deadline = payBy ? html`<p class="muted" data-pay-by>${f.t('payment.pay_by', { time: payBy })}</p>` : nothing;
  const payment = order.payment;
  if (payment.type === 'none') return nothing;
  if (payment.type === 'unavailable') {
    // The backend could not start the payment yet (its provider did not answer): asking again fetches the order, and a new attempt.
    return html`<section class="card payment stuck" part="payment" aria-labelledby="payment-heading" data-payment="unavailable">
      ${heading}
      <p data-payment-problem>${f.t('payment.unavailable')}</p>
      ${step.error ? html`<p class="field-error" role="alert">${step.error}</p>` : nothing}
      <div class="payment-actions">
        <button class="button primary" type="button" data-renew ?disabled=${step.renewing} aria-busy=${step.renewing ? 'true' : 'false'} @click=${() => void step.renew()}>
          ${f.t('payment.try_again')}
        </button>
      </div>
      ${deadline}
    </section>`;
  }
  if (payment.type === 'redirect') {
    const url = safeLinkUrl(payment.url);
    return html`<section class="card payment" part="payment" aria-labelledby="payment-heading" data-payment="redirect">
      ${heading}
      ${url
        ? html`<p>${f.t('payment.redirect', { total: f.money(order.total) })}</p>
            <a class="button primary" part="pay-link" href=${url} rel="noopener" target="_blank" data-pay-link>${f.t('payment.pay_now')}</a>
            ${deadline} ${checkNow}`
        : html`<p class="field-error">${f.t('payment.link_invalid')}</p>`}
    </section>`;
  }
  const image = safeImageUrl(payment.imageUrl);
  const expires = f.formatDate(payment.expiresAt);
  const label = f.t('payment.qr_alt', { orderNumber: order.orderNumber });
  return html`<section class="card payment" part="payment" aria-labelledby="payment-heading" data-payment="qr_code">
    ${heading}
    <p>${f.t('payment.qr_amount', { total: f.money(order.total) })}</p>
    <div class="qr" part="qr">
      <p class="qr-label" id="qr-label">${f.t(scanKey(order.paymentMethod))}</p>
      ${image
        ? html`<img src=${image} alt=${label} data-qr-image />`
        : html`${step.qr?.payload === payment.payload ? renderQr(step.qr.drawing, label) : nothing}
            <p class="qr-payload" role="group" aria-labelledby="qr-label" data-qr-payload>${payment.payload}</p>`}
      ${step.secondsLeft !== undefined
        ? html`<p class="countdown" role="timer" data-qr-countdown>${f.t('payment.expires_in', { time: formatCountdown(step.secondsLeft) })}</p>`
        : nothing}
      ${expires ? html`<p class="muted" data-qr-expires>${f.t('payment.expires_at', { time: expires })}</p>` : nothing}
    </div>
    <p class="muted" data-payment-waiting>${f.t('payment.waiting')}</p>
    ${deadline}
    ${checkNow}
  </section>`;
}
