/**
 * The reviews part of `<order-detail>`: once an order is completed, each line with the shopper's
 * review of it (stars, text, photos, whether the shop published or hid it, the shop's reply) and a
 * form to write or edit it: 1–5 stars, a text and up to four photos, in the same photos field as a
 * return request (`photo-upload.ts`: each checked and uploaded before the review is sent). The rules
 * are the core's (`createReviewActions`, `createOrderActions().checkReturnPhoto`); this module only
 * renders them.
 *
 * `<order-detail>` loads this module by `import()` only for an order that can be reviewed, so a
 * page's first paint never carries the form. Every text a shopper wrote is rendered as text.
 *
 * @module
 */
import {
  safeImageUrl,
  toOrderZoneError,
  type BackendAdapter,
  type FieldError,
  type Order,
  type OrderAccess,
  type OrderRef,
  type ReviewRecord,
} from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { REVIEW_BODY_MAX_LENGTH, createOrderActions, createReviewActions, measureText, type ReviewActions } from '@orderzone/core/orders';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../../events/events.ts';
import { LocaleController } from '../../controllers/locale-controller.ts';
import { ratingStyles, renderStars } from '../../components/product-picker/rating-stars.ts';
import { flowMessages } from '../../i18n/flow-messages.ts';
import { textCounter } from '../../i18n/shared-messages.ts';
import { orderDetailByLanguage } from '../../components/order-detail/order-detail.messages-by-language.ts';
import { PhotoUploads } from '../photo-upload/photo-upload.ts';
import { orderReviewMessages } from './order-reviews.messages.ts';
import { orderReviewStyles } from './order-reviews.styles.ts';
import { joinStyles } from '../../styles/joined-styles.ts';

/** What the section needs of the element it is part of. */
export interface ReviewSectionHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the section needs of the zone. */
export interface ReviewSectionOptions {
  adapter: BackendAdapter;
  /** Proof of access to the order (its token on this device, or the session). */
  access(orderNumber: string): OrderAccess;
  /** The element's locale. */
  locale(): string;
  /** Says something politely to screen readers (the element's live region). */
  announce(message: string): void;
}

interface Draft {
  lineIndex: number;
  rating: number | undefined;
  body: string;
  fieldErrors: FieldError[];
  sending: boolean;
  error?: string;
}

/** The reviews part of an order (see the module). */
export class ReviewSection implements ReactiveController {
  private readonly host: ReviewSectionHost;
  private readonly options: ReviewSectionOptions;
  private readonly i18n: LocaleController;
  private readonly reviews: ReviewActions;
  /** The photos of the open form. */
  private readonly photos: PhotoUploads;
  private loadedFor?: string;
  private list?: ReviewRecord[];
  private loadError?: string;
  private draft?: Draft;
  private notice?: string;
  private focusAfterRender?: string;

  constructor(host: ReviewSectionHost, options: ReviewSectionOptions) {
    this.host = host;
    this.options = options;
    this.i18n = new LocaleController(host, [...flowMessages, orderDetailByLanguage, orderReviewMessages], () => options.locale());
    this.reviews = createReviewActions(options.adapter);
    const actions = createOrderActions(options.adapter);
    host.addController(this);
    this.photos = new PhotoUploads(
      host,
      'review-photos',
      {
        i18n: this.i18n,
        actions: () => actions,
        locale: options.locale,
        announce: options.announce,
        focus: (selector) => (this.focusAfterRender = selector),
      },
      () => this.patchDraft({ fieldErrors: this.draft?.fieldErrors.filter((e) => e.field !== 'photos') ?? [] }),
    );
    // The section's styles join the element's.
    joinStyles(host.renderRoot, [ratingStyles, orderReviewStyles]);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const selector = this.focusAfterRender;
    if (!selector) return;
    this.focusAfterRender = undefined;
    (this.host.renderRoot.querySelector(selector) as HTMLElement | null)?.focus();
  }

  /** True when `order` can be reviewed with this backend. */
  offers(order: Order): boolean {
    return this.reviews.available(order);
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private t = (key: string, params?: Record<string, string | number>): string => this.i18n.t(key, params);

  private load(order: Order): void {
    if (this.loadedFor === order.orderNumber) return;
    this.loadedFor = order.orderNumber;
    this.list = undefined;
    this.loadError = undefined;
    this.reviews.list({ orderNumber: order.orderNumber, access: this.options.access(order.orderNumber) }).then(
      (list) => {
        if (this.loadedFor !== order.orderNumber) return;
        this.list = list;
        this.update();
      },
      (error: unknown) => {
        if (this.loadedFor !== order.orderNumber) return;
        this.loadError = describeError(toOrderZoneError(error), this.i18n.t);
        this.loadedFor = undefined;
        this.update();
      },
    );
  }

  private open(lineIndex: number): void {
    const review = this.list?.find((r) => r.lineIndex === lineIndex);
    this.closeForm();
    this.notice = undefined;
    this.draft = {
      lineIndex,
      rating: review?.rating,
      body: typeof review?.body === 'string' ? review.body : review ? this.i18n.text(review.body) : '',
      fieldErrors: [],
      sending: false,
    };
    this.photos.clear((review?.photos ?? []).map((photo, i) => ({ photo, name: this.t('reviews.photo_alt', { n: i + 1 }) })));
    this.focusAfterRender = '#review-rating-legend-anchor';
    this.update();
  }

  private closeForm(): void {
    this.photos.clear();
    this.draft = undefined;
  }

  private patchDraft(change: Partial<Draft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    this.update();
  }

  private ref(order: Order): OrderRef {
    return { orderNumber: order.orderNumber, access: this.options.access(order.orderNumber) };
  }

  private async send(event: Event, order: Order): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || draft.sending) return;
    if (this.photos.uploading) {
      this.patchDraft({ fieldErrors: [{ field: 'photos', code: 'photos_uploading' }] });
      return;
    }
    this.patchDraft({ sending: true, fieldErrors: [], error: undefined });
    try {
      const saved = await this.reviews.write(this.ref(order), draft.lineIndex, { rating: draft.rating as number, body: draft.body, photos: this.photos.uploadedIds() });
      this.list = [...(this.list ?? []).filter((r) => r.id !== saved.id), saved].sort((a, b) => (a.lineIndex ?? 0) - (b.lineIndex ?? 0));
      this.closeForm();
      if (this.host instanceof HTMLElement) emit(this.host, 'oz-review-save', { review: saved });
      this.notice = this.t('reviews.sent');
      this.options.announce(this.notice);
      this.focusAfterRender = `#review-toggle-${saved.lineIndex ?? 0}`;
      this.update();
    } catch (raw) {
      const error = toOrderZoneError(raw);
      if (error.code === 'validation' && error.fieldErrors.length > 0) {
        this.patchDraft({ sending: false, fieldErrors: error.fieldErrors });
        this.focusAfterRender = error.fieldErrors[0]!.field === 'rating' ? '#review-star-1' : error.fieldErrors[0]!.field === 'body' ? '#review-body' : `#${this.photos.id}`;
      } else {
        this.patchDraft({ sending: false, error: describeError(error, this.i18n.t) });
      }
      this.update();
    }
  }

  private fieldError(field: string): string | undefined {
    const error = this.draft?.fieldErrors.find((e) => e.field === field);
    if (!error) return undefined;
    if (field === 'rating') return this.t('reviews.rating_required');
    return describeFieldError(error, this.i18n.t);
  }

  // ——— rendering ———

  /** The section for `order`: nothing unless it can be reviewed with this backend. */
  render(order: Order): TemplateResult | typeof nothing {
    if (!this.offers(order)) return nothing;
    this.load(order);
    return html`<section class="card order-reviews" part="reviews" aria-labelledby="reviews-heading">
      <h3 id="reviews-heading">${this.t('reviews.heading')}</h3>
      <p class="muted">${this.t('reviews.intro')}</p>
      ${this.notice ? html`<p class="review-notice">${this.notice}</p>` : nothing}
      ${this.loadError ? html`<p class="review-error" role="alert">${this.loadError}</p>` : nothing}
      ${this.list === undefined && !this.loadError
        ? html`<p class="muted">${this.t('reviews.loading')}</p>`
        : html`<ul class="review-lines" role="list">${order.lines.map((line, index) => this.renderLine(order, index, this.i18n.text(line.title)))}</ul>`}
    </section>`;
  }

  private renderLine(order: Order, index: number, title: string): TemplateResult {
    const review = this.list?.find((r) => r.lineIndex === index);
    const editing = this.draft?.lineIndex === index;
    return html`<li class="review-line" part="review-line">
      <p class="review-line-title">${title}</p>
      ${review ? this.renderOwnReview(review) : nothing}
      ${editing
        ? this.renderForm(order, title)
        : html`<button id="review-toggle-${index}" class="button secondary" type="button" aria-expanded="false" @click=${() => this.open(index)}>
            ${review ? this.t('reviews.edit') : this.t('reviews.write')}
          </button>`}
    </li>`;
  }

  private renderOwnReview(review: ReviewRecord): TemplateResult {
    const status =
      review.status === 'hidden' ? this.t('reviews.status.hidden', { reason: review.hiddenReason ?? '' }) : this.t(`reviews.status.${review.status}`);
    const photos = review.photos.map((p) => safeImageUrl(p.url)).filter((url): url is string => url !== undefined);
    return html`<div class="own-review" part="own-review">
      <p class="own-review-stars">
        ${renderStars(review.rating * 10)}
        <span class="visually-hidden">${this.t('rating.stars', { rating: review.rating })}</span>
      </p>
      <p class="review-status status-${review.status}">${status}</p>
      ${this.i18n.text(review.body) ? html`<p class="review-text">${this.i18n.text(review.body)}</p>` : nothing}
      ${photos.length > 0
        ? html`<ul class="review-thumbs" role="list">${photos.map((url, i) => html`<li><img src=${url} alt=${this.t('reviews.photo_alt', { n: i + 1 })} width="64" height="64" /></li>`)}</ul>`
        : nothing}
      ${review.versions.length > 0 ? html`<p class="muted">${this.t('reviews.edited_times', { count: review.versions.length })}</p>` : nothing}
      ${review.reply
        ? html`<div class="review-reply"><p class="review-reply-heading">${this.t('reviews.reply')}</p><p class="review-text">${review.reply.body}</p></div>`
        : nothing}
    </div>`;
  }

  private renderForm(order: Order, title: string): TemplateResult {
    const draft = this.draft!;
    const ratingError = this.fieldError('rating');
    const bodyError = this.fieldError('body');
    return html`<form class="review-form" part="review-form" novalidate @submit=${(e: Event) => void this.send(e, order)}>
      <p class="review-form-heading" id="review-rating-legend-anchor" tabindex="-1">${this.t('reviews.form_heading', { title })}</p>
      <fieldset class="star-choice" aria-describedby=${ratingError ? 'review-rating-error' : nothing}>
        <legend>${this.t('reviews.rating')}</legend>
        ${[1, 2, 3, 4, 5].map(
          (n) => html`<label class="star-option">
            <input
              id="review-star-${n}"
              type="radio"
              name="rating"
              value=${n}
              .checked=${draft.rating === n}
              aria-invalid=${ratingError ? 'true' : 'false'}
              @change=${() => this.patchDraft({ rating: n, fieldErrors: draft.fieldErrors.filter((e) => e.field !== 'rating') })}
            />
            <span aria-hidden="true" class="star-glyph">${'★'.repeat(n)}</span>
            <span class="star-label">${this.t('reviews.star', { count: n })}</span>
          </label>`,
        )}
        ${ratingError ? html`<p id="review-rating-error" class="field-error">${ratingError}</p>` : nothing}
      </fieldset>
      <label for="review-body">${this.t('reviews.body')}</label>
      <textarea
        id="review-body"
        class="input"
        rows="4"
        .value=${draft.body}
        aria-describedby="review-body-counter${bodyError ? ' review-body-error' : ''}"
        aria-invalid=${bodyError ? 'true' : 'false'}
        @input=${(e: Event) => this.patchDraft({ body: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <p id="review-body-counter" class="muted hint counter">${textCounter(measureText(draft.body, REVIEW_BODY_MAX_LENGTH), this.i18n.t, 'detail.reason_count')}</p>
      ${bodyError ? html`<p id="review-body-error" class="field-error">${bodyError}</p>` : nothing}
      ${this.photos.render(this.ref(order), draft.fieldErrors.find((e) => e.field === 'photos'))}
      ${draft.error ? html`<p class="review-error" role="alert">${draft.error}</p>` : nothing}
      <div class="review-form-actions">
        <button class="button primary" type="submit" ?disabled=${draft.sending}>${draft.sending ? this.t('reviews.sending') : this.t('reviews.send')}</button>
        <button
          class="button secondary"
          type="button"
          @click=${() => {
            const index = draft.lineIndex;
            this.closeForm();
            this.focusAfterRender = `#review-toggle-${index}`;
            this.update();
          }}
        >
          ${this.t('reviews.cancel')}
        </button>
      </div>
    </form>`;
  }
}
