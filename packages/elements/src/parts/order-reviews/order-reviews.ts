/**
 * The reviews part of `<order-detail>`: once an order is completed, each line with the shopper's
 * review of it (stars, text, photos, whether the shop published or hid it, the shop's reply) and a
 * form to write or edit it: 1–5 stars, a text and up to four photos, each checked and uploaded like a
 * return photo before the review is sent. The rules are the core's (`createReviewActions`,
 * `createOrderActions().checkReturnPhoto`); this module only renders them.
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
  type ReviewRecord,
  type UploadedPhoto,
} from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { REVIEW_BODY_MAX_LENGTH, REVIEW_PHOTO_MAX_COUNT, RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_TYPES, createOrderActions, createReviewActions, type OrderActions, type ReviewActions } from '@orderzone/core/orders';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../../events/events.ts';
import { LocaleController } from '../../controllers/locale-controller.ts';
import { ratingStyles, renderStars } from '../../components/product-picker/rating-stars.ts';
import { orderDetailMessages } from '../../components/order-detail/order-detail.messages.ts';
import { orderReviewMessages } from './order-reviews.messages.ts';
import { orderReviewStyles } from './order-reviews.styles.ts';

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

/** A photo of the form: kept from the review, uploading, uploaded or failed. */
interface DraftPhoto {
  key: number;
  name: string;
  url: string;
  status: 'uploading' | 'done' | 'failed';
  uploaded?: UploadedPhoto;
  error?: string;
}

interface Draft {
  lineIndex: number;
  rating: number | undefined;
  body: string;
  photos: DraftPhoto[];
  fieldErrors: FieldError[];
  photoProblems: string[];
  sending: boolean;
  error?: string;
}

/** The reviews part of an order (see the module). */
export class ReviewSection implements ReactiveController {
  private readonly host: ReviewSectionHost;
  private readonly options: ReviewSectionOptions;
  private readonly i18n: LocaleController;
  private readonly reviews: ReviewActions;
  private readonly actions: OrderActions;
  private loadedFor?: string;
  private list?: ReviewRecord[];
  private loadError?: string;
  private draft?: Draft;
  private notice?: string;
  private photoKey = 0;
  private focusAfterRender?: string;

  constructor(host: ReviewSectionHost, options: ReviewSectionOptions) {
    this.host = host;
    this.options = options;
    this.i18n = new LocaleController(host, [orderDetailMessages, orderReviewMessages], () => options.locale());
    this.reviews = createReviewActions(options.adapter);
    this.actions = createOrderActions(options.adapter);
    host.addController(this);
    // The section's styles join the element's (constructed sheets: nothing inline, CSP-safe).
    const root = host.renderRoot;
    if (root instanceof ShadowRoot) {
      const sheets = [ratingStyles, orderReviewStyles].map((style) => style.styleSheet).filter((sheet): sheet is CSSStyleSheet => sheet !== undefined);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet))];
    }
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const selector = this.focusAfterRender;
    if (!selector) return;
    this.focusAfterRender = undefined;
    (this.host.renderRoot.querySelector(selector) as HTMLElement | null)?.focus();
  }

  hostDisconnected(): void {
    for (const photo of this.draft?.photos ?? []) if (photo.url.startsWith('blob:')) URL.revokeObjectURL(photo.url);
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
      photos: (review?.photos ?? []).map((photo) => ({ key: ++this.photoKey, name: photo.id, url: photo.url, status: 'done', uploaded: photo })),
      fieldErrors: [],
      photoProblems: [],
      sending: false,
    };
    this.focusAfterRender = '#review-rating-legend-anchor';
    this.update();
  }

  private closeForm(): void {
    for (const photo of this.draft?.photos ?? []) if (photo.url.startsWith('blob:')) URL.revokeObjectURL(photo.url);
    this.draft = undefined;
  }

  private patchDraft(change: Partial<Draft>): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, ...change };
    this.update();
  }

  private addPhotos(input: HTMLInputElement, order: Order): void {
    const draft = this.draft;
    if (!draft) return;
    const files = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    for (const file of files) {
      const counted = (this.draft?.photos ?? []).filter((p) => p.status !== 'failed').length;
      const problem = this.actions.checkReturnPhoto(file, counted);
      if (problem) {
        problems.push(this.t('reviews.photo_problem', { name: file.name, problem: describeFieldError(problem, this.i18n.t) }));
        continue;
      }
      this.upload(file, order);
    }
    this.patchDraft({ photoProblems: problems });
    if (problems.length > 0) this.options.announce(problems.join(' '));
  }

  private upload(file: File, order: Order): void {
    const item: DraftPhoto = { key: ++this.photoKey, name: file.name, url: URL.createObjectURL(file), status: 'uploading' };
    const uploaded = this.draft!.photos.filter((p) => p.status !== 'failed').length;
    this.patchDraft({ photos: [...this.draft!.photos, item] });
    const patch = (change: Partial<DraftPhoto>): void => {
      if (!this.draft?.photos.some((p) => p.key === item.key)) return;
      this.patchDraft({ photos: this.draft.photos.map((p) => (p.key === item.key ? { ...p, ...change } : p)) });
    };
    this.actions
      .uploadReturnPhoto({ orderNumber: order.orderNumber, access: this.options.access(order.orderNumber) }, file, { uploaded, locale: this.options.locale() })
      .then(
        (photo) => patch({ status: 'done', uploaded: photo }),
        (raw: unknown) => {
          const error = toOrderZoneError(raw);
          const text = error.code === 'validation' && error.fieldErrors[0] ? describeFieldError(error.fieldErrors[0], this.i18n.t) : describeError(error, this.i18n.t);
          patch({ status: 'failed', error: text });
          this.options.announce(this.t('reviews.photo_problem', { name: file.name, problem: text }));
        },
      );
  }

  private removePhoto(key: number): void {
    const photo = this.draft?.photos.find((p) => p.key === key);
    if (!photo || !this.draft) return;
    if (photo.url.startsWith('blob:')) URL.revokeObjectURL(photo.url);
    this.patchDraft({ photos: this.draft.photos.filter((p) => p.key !== key) });
  }

  private async send(event: Event, order: Order): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    if (!draft || draft.sending) return;
    if (draft.photos.some((p) => p.status === 'uploading')) {
      this.patchDraft({ fieldErrors: [{ field: 'photos', code: 'photos_uploading' }] });
      return;
    }
    this.patchDraft({ sending: true, fieldErrors: [], error: undefined });
    try {
      const saved = await this.reviews.write({ orderNumber: order.orderNumber, access: this.options.access(order.orderNumber) }, draft.lineIndex, {
        rating: draft.rating as number,
        body: draft.body,
        photos: draft.photos.flatMap((p) => (p.uploaded ? [p.uploaded.id] : [])),
      });
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
        this.focusAfterRender = error.fieldErrors[0]!.field === 'rating' ? '#review-star-1' : error.fieldErrors[0]!.field === 'body' ? '#review-body' : '#review-photo-input';
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
    const photoError = this.fieldError('photos');
    const sizeMb = RETURN_PHOTO_MAX_BYTES / (1024 * 1024);
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
        maxlength=${REVIEW_BODY_MAX_LENGTH}
        .value=${draft.body}
        aria-describedby="review-body-hint${bodyError ? ' review-body-error' : ''}"
        aria-invalid=${bodyError ? 'true' : 'false'}
        @input=${(e: Event) => {
          if (this.draft) this.draft = { ...this.draft, body: (e.target as HTMLTextAreaElement).value };
        }}
      ></textarea>
      <p id="review-body-hint" class="muted hint">${this.t('reviews.body_hint', { max: REVIEW_BODY_MAX_LENGTH })}</p>
      ${bodyError ? html`<p id="review-body-error" class="field-error">${bodyError}</p>` : nothing}
      <label for="review-photo-input">${this.t('reviews.photos')}</label>
      <p id="review-photos-hint" class="muted hint">${this.t('reviews.photos_hint', { max: REVIEW_PHOTO_MAX_COUNT, size: sizeMb })}</p>
      <input
        id="review-photo-input"
        type="file"
        multiple
        accept=${RETURN_PHOTO_TYPES.join(',')}
        aria-describedby="review-photos-hint"
        @change=${(e: Event) => this.addPhotos(e.target as HTMLInputElement, order)}
      />
      ${draft.photos.length > 0
        ? html`<ul class="review-thumbs" role="list">
            ${draft.photos.map(
              (photo, i) => html`<li class="draft-photo status-${photo.status}">
                ${safeImageUrl(photo.url) ? html`<img src=${photo.url} alt=${this.t('reviews.photo_alt', { n: i + 1 })} width="64" height="64" />` : nothing}
                ${photo.status === 'uploading' ? html`<span class="muted">${this.t('reviews.photo_uploading', { name: photo.name })}</span>` : nothing}
                ${photo.error ? html`<span class="field-error">${photo.error}</span>` : nothing}
                <button class="button link" type="button" @click=${() => this.removePhoto(photo.key)}>${this.t('reviews.photo_remove', { n: i + 1 })}</button>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${draft.photoProblems.map((problem) => html`<p class="field-error">${problem}</p>`)}
      ${photoError ? html`<p class="field-error">${photoError}</p>` : nothing}
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
