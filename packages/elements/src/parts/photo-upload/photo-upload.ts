/**
 * The photos field of `<order-detail>`'s forms, one implementation for a return request and a
 * review: the files the shopper chose, each checked by the core (`checkReturnPhoto`: count, type,
 * size) before it uploads, with its thumbnail, upload progress and Remove. The rules are the core's;
 * this module only keeps the chosen photos and renders them. Its texts are `<order-detail>`'s
 * (`detail.photo*`), which every form of the element carries.
 *
 * @module
 */
import { safeImageUrl, toOrderZoneError, type FieldError, type OrderActions, type OrderRef, type UploadedPhoto } from '@orderzone/core';
import { describeError, describeFieldError } from '@orderzone/core/messages';
import { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES, returnPhotosFull } from '@orderzone/core/orders';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** A photo of the field: kept from before (a review's), uploading, uploaded or failed. */
interface PhotoItem {
  key: number;
  name: string;
  /** A `blob:` URL of the chosen file (revoked when the photo goes), or the kept photo's URL. */
  preview: string;
  /** Uploaded fraction, 0–1. */
  progress: number;
  status: 'uploading' | 'done' | 'failed';
  uploaded?: UploadedPhoto;
  error?: string;
}

/** What the photos need of the form they are part of. */
export interface PhotoUploadOptions {
  /** The element's translator (with `<order-detail>`'s messages). */
  i18n: LocaleController;
  actions(): OrderActions;
  /** The zone's locale, for the backend's messages. */
  locale(): string;
  announce(message: string): void;
  /** Focus this selector after the next render. */
  focus(selector: string): void;
}

/** A photo the field starts with (a review's photo being edited), named for its thumbnail's text. */
export interface KeptPhoto {
  photo: UploadedPhoto;
  name: string;
}

const revoke = (photo: PhotoItem): void => {
  if (photo.preview.startsWith('blob:')) URL.revokeObjectURL(photo.preview);
};

/** Keeps the photos of one open form and renders their field. */
export class PhotoUploads implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: PhotoUploadOptions;
  /** The shopper chose files: a problem the backend named about the photos goes. */
  private readonly clearError: () => void;
  private photos: PhotoItem[] = [];
  private problems: string[] = [];
  private key = 0;

  /** @param id the file input's id (where a problem with the photos sends focus); its hint, error and problems take it as prefix */
  constructor(
    host: ReactiveControllerHost,
    readonly id: string,
    options: PhotoUploadOptions,
    clearError: () => void,
  ) {
    this.host = host;
    this.options = options;
    this.clearError = clearError;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.photos.forEach(revoke);
  }

  /** A photo is still uploading. */
  get uploading(): boolean {
    return this.photos.some((p) => p.status === 'uploading');
  }

  /** The ids of the photos uploaded (and kept), for the request. */
  uploadedIds(): string[] {
    return this.photos.flatMap((p) => (p.uploaded ? [p.uploaded.id] : []));
  }

  /** Forgets the problems of the last choice of files. */
  clearProblems(): void {
    this.set(this.photos, []);
  }

  /** Forgets every photo (the form closed), then starts with `kept` (a review's photos). */
  clear(kept: readonly KeptPhoto[] = []): void {
    this.photos.forEach(revoke);
    this.set(
      kept.map(({ photo, name }) => ({ key: ++this.key, name, preview: safeImageUrl(photo.url) ?? '', progress: 1, status: 'done', uploaded: photo })),
      [],
    );
  }

  private set(photos: PhotoItem[], problems: string[] = this.problems): void {
    this.photos = photos;
    this.problems = problems;
    this.host.requestUpdate();
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.options.i18n.t(key, params);
  }

  /** How many photos count against the limit: the failed ones do not. */
  private counted(): number {
    return this.photos.filter((p) => p.status !== 'failed').length;
  }

  private add(input: HTMLInputElement, ref: OrderRef): void {
    const files = [...(input.files ?? [])];
    input.value = '';
    const problems: string[] = [];
    this.clearError();
    for (const file of files) {
      const problem = this.options.actions().checkReturnPhoto(file, this.counted());
      if (problem) {
        problems.push(this.t('detail.photo_problem', { name: file.name, problem: describeFieldError(problem, this.options.i18n.t) }));
        continue;
      }
      this.upload(file, ref);
    }
    this.set(this.photos, problems);
    if (problems.length > 0) this.options.announce(problems.join(' '));
  }

  private upload(file: File, ref: OrderRef): void {
    const { announce, locale } = this.options;
    const uploaded = this.counted();
    const item: PhotoItem = { key: ++this.key, name: file.name, preview: URL.createObjectURL(file), progress: 0, status: 'uploading' };
    this.set([...this.photos, item]);
    const patch = (change: Partial<PhotoItem>): void => {
      // The photo may have been removed meanwhile.
      if (!this.photos.some((p) => p.key === item.key)) return;
      this.set(this.photos.map((p) => (p.key === item.key ? { ...p, ...change } : p)));
    };
    this.options
      .actions()
      .uploadReturnPhoto(ref, file, {
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
    revoke(photo);
    this.set(this.photos.filter((p) => p.key !== key));
    this.options.announce(this.t('detail.photo_removed', { name: photo.name }));
    this.options.focus(`#${this.id}`);
  }

  /** The photos field, uploading for the order `ref`; `error` is the form's problem with the photos. */
  render(ref: OrderRef, error: FieldError | undefined): TemplateResult {
    const id = this.id;
    const full = returnPhotosFull(this.counted());
    const describedBy = [`${id}-hint`, error ? `${id}-error` : '', this.problems.length > 0 ? `${id}-problems` : ''].filter(Boolean).join(' ');
    return html`<div class="field photos-field">
      <label class="label" for=${id}>${this.t('detail.photos')} <span class="optional">${this.t('address.optional')}</span></label>
      <span class="hint" id="${id}-hint">${this.t('detail.photos_hint', { max: RETURN_PHOTO_MAX_COUNT, size: RETURN_PHOTO_MAX_BYTES / (1024 * 1024) })}</span>
      <input
        class="input file"
        id=${id}
        type="file"
        accept=${RETURN_PHOTO_TYPES.join(',')}
        multiple
        ?disabled=${full}
        aria-describedby=${describedBy}
        aria-invalid=${error || this.problems.length > 0 ? 'true' : 'false'}
        @change=${(e: Event) => this.add(e.target as HTMLInputElement, ref)}
      />
      ${this.problems.length > 0
        ? html`<ul class="field-error photo-problems" id="${id}-problems" data-photo-problems>
            ${this.problems.map((p) => html`<li>${p}</li>`)}
          </ul>`
        : nothing}
      ${error ? html`<p class="field-error" id="${id}-error">${describeFieldError(error, this.options.i18n.t)}</p>` : nothing}
      ${this.photos.length > 0
        ? html`<ul class="photos" part="photos" aria-label=${this.t('detail.photos_chosen')}>
            ${this.photos.map(
              (photo) => html`<li class="photo ${photo.status}" data-photo=${photo.status}>
                ${photo.preview ? html`<img src=${photo.preview} alt=${this.t('detail.photo_alt', { name: photo.name })} />` : nothing}
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
