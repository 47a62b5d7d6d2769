/**
 * The photos of `<order-detail>`'s return request: the files the shopper chose, each checked by the
 * core (`checkReturnPhoto`) before it uploads, with its thumbnail, upload progress and Remove.
 *
 * @module
 */
import { toOrderZoneError, type FieldError, type Order, type OrderActions, type OrderRef, type UploadedPhoto } from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES, returnPhotosFull } from '@orderzone/core/orders';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** A return photo chosen by the shopper: uploading, uploaded or failed. */
interface PhotoItem {
  key: number;
  name: string;
  /** A `blob:` URL of the file, for the thumbnail; revoked when the photo is removed. */
  preview: string;
  /** Uploaded fraction, 0–1. */
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  uploaded?: UploadedPhoto;
  error?: string;
}

/** What the photos need of the element they are part of. */
export interface ReturnPhotosOptions {
  i18n: LocaleController;
  actions(): OrderActions;
  ref(order: Order): OrderRef;
  /** The zone's locale, for the backend's messages. */
  locale(): string;
  announce(message: string): void;
  /** Focus this selector after the next render. */
  focus(selector: string): void;
}

/** The id of the file input (where a problem with the photos sends focus). */
export const RETURN_PHOTOS_ID = 'return-photos';

/** Keeps the return photos of the open request and renders their field. */
export class ReturnPhotos implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ReturnPhotosOptions;
  /** The shopper chose files: a problem the backend named about the photos goes. */
  private readonly clearError: () => void;
  private photos: PhotoItem[] = [];
  private problems: string[] = [];
  private key = 0;

  constructor(host: ReactiveControllerHost, options: ReturnPhotosOptions, clearError: () => void) {
    this.host = host;
    this.options = options;
    this.clearError = clearError;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const photo of this.photos) URL.revokeObjectURL(photo.preview);
  }

  /** A photo is still uploading. */
  get uploading(): boolean {
    return this.photos.some((p) => p.status === 'uploading');
  }

  /** The ids of the photos uploaded, for the request. */
  uploadedIds(): string[] {
    return this.photos.flatMap((p) => (p.uploaded ? [p.uploaded.id] : []));
  }

  /** Forgets the problems of the last choice of files. */
  clearProblems(): void {
    this.set(this.photos, []);
  }

  /** Forgets every photo (the form closed). */
  clear(): void {
    for (const photo of this.photos) URL.revokeObjectURL(photo.preview);
    this.set([], []);
  }

  private set(photos: PhotoItem[], problems: string[] = this.problems): void {
    this.photos = photos;
    this.problems = problems;
    this.host.requestUpdate();
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.options.i18n.t(key, params);
  }

  private add(input: HTMLInputElement, order: Order): void {
    const files = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    this.clearError();
    for (const file of files) {
      const counted = this.photos.filter((p) => p.status !== 'failed').length;
      const problem = this.options.actions().checkReturnPhoto(file, counted);
      if (problem) {
        problems.push(this.t('detail.photo_problem', { name: file.name, problem: describeFieldError(problem, this.options.i18n.t) }));
        continue;
      }
      this.upload(file, order);
    }
    this.set(this.photos, problems);
    if (problems.length > 0) this.options.announce(problems.join(' '));
  }

  private upload(file: File, order: Order): void {
    const { announce, ref, locale } = this.options;
    const item: PhotoItem = { key: ++this.key, name: file.name, preview: URL.createObjectURL(file), progress: 0, status: 'uploading' };
    this.set([...this.photos, item]);
    const patch = (change: Partial<PhotoItem>): void => {
      // The photo may have been removed meanwhile.
      if (!this.photos.some((p) => p.key === item.key)) return;
      this.set(this.photos.map((p) => (p.key === item.key ? { ...p, ...change } : p)));
    };
    const uploaded = this.photos.filter((p) => p.status !== 'failed').length - 1;
    this.options
      .actions()
      .uploadReturnPhoto(ref(order), file, {
        uploaded,
        onProgress: (fraction) => patch({ progress: Math.max(0, Math.min(1, fraction)) }),
        locale: locale(),
      })
      .then(
        (photo) => {
          patch({ status: 'done', progress: 1, uploaded: photo });
          announce(this.t('detail.photo_uploaded', { name: file.name }));
        },
        (raw: unknown) => {
          const error = toOrderZoneError(raw);
          const t = this.options.i18n.t;
          const text = error.code === 'validation' && error.fieldErrors[0] ? describeFieldError(error.fieldErrors[0], t) : describeError(error, t);
          patch({ status: 'failed', error: text });
          announce(this.t('detail.photo_problem', { name: file.name, problem: text }));
        },
      );
  }

  private remove(key: number): void {
    const photo = this.photos.find((p) => p.key === key);
    if (!photo) return;
    URL.revokeObjectURL(photo.preview);
    this.set(this.photos.filter((p) => p.key !== key));
    this.options.announce(this.t('detail.photo_removed', { name: photo.name }));
    this.options.focus(`#${RETURN_PHOTOS_ID}`);
  }

  /** The photos field of the return form; `error` is the request's problem with the photos. */
  render(order: Order, error: FieldError | undefined): TemplateResult {
    const full = returnPhotosFull(this.photos.filter((p) => p.status !== 'failed').length);
    const describedBy = ['return-photos-hint', error ? 'return-photos-error' : '', this.problems.length > 0 ? 'return-photos-problems' : ''].filter(Boolean).join(' ');
    return html`<div class="field photos-field">
      <label class="label" for="return-photos">${this.t('detail.photos')} <span class="optional">${this.t('address.optional')}</span></label>
      <span class="hint" id="return-photos-hint">${this.t('detail.photos_hint', { max: RETURN_PHOTO_MAX_COUNT, size: 5 })}</span>
      <input
        class="input file"
        id="return-photos"
        type="file"
        accept=${RETURN_PHOTO_TYPES.join(',')}
        multiple
        ?disabled=${full}
        aria-describedby=${describedBy}
        aria-invalid=${error || this.problems.length > 0 ? 'true' : 'false'}
        @change=${(e: Event) => this.add(e.target as HTMLInputElement, order)}
      />
      ${this.problems.length > 0
        ? html`<ul class="field-error photo-problems" id="return-photos-problems" data-photo-problems>
            ${this.problems.map((p) => html`<li>${p}</li>`)}
          </ul>`
        : nothing}
      ${error ? html`<p class="field-error" id="return-photos-error">${describeFieldError(error, this.options.i18n.t)}</p>` : nothing}
      ${this.photos.length > 0
        ? html`<ul class="photos" part="photos" aria-label=${this.t('detail.photos_chosen')}>
            ${this.photos.map(
              (photo) => html`<li class="photo ${photo.status}" data-photo=${photo.status}>
                <img src=${photo.preview} alt=${this.t('detail.photo_alt', { name: photo.name })} />
                <div class="photo-text">
                  <span class="photo-name">${photo.name}</span>
                  ${photo.status === 'uploading'
                    ? html`<progress max="100" .value=${Math.round(photo.progress * 100)} aria-label=${this.t('detail.uploading', { name: photo.name })}></progress>
                        <span class="muted" data-progress>${this.t('detail.progress', { percent: Math.round(photo.progress * 100) })}</span>`
                    : photo.status === 'done'
                      ? html`<span class="ok">${this.t('detail.uploaded')}</span>`
                      : html`<span class="field-error">${photo.error}</span>`}
                </div>
                <button class="button link" type="button" data-remove-photo aria-label=${this.t('detail.remove_photo', { name: photo.name })} @click=${() => this.remove(photo.key)}>
                  ${this.t('detail.remove')}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
    </div>`;
  }
}
