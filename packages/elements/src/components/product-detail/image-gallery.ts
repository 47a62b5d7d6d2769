/**
 * The image gallery of `<product-detail>` as a template part: a large image and a row of thumbnail
 * buttons. The thumbnails form one tab stop; the arrow keys, Home and End move between them (the
 * host moves focus after re-rendering, see {@link thumbnailKeyTarget}).
 *
 * Parts: `gallery`, `main-image`, `thumbnails`, `thumbnail`.
 *
 * @module
 */
import { safeImageUrl, type Image } from '@orderzone/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocaleController } from '../../controllers/locale-controller.ts';

/** The thumbnail index a key moves to from `index`, or `undefined` for other keys. */
export function thumbnailKeyTarget(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export interface ImageGalleryProps {
  images: readonly Image[];
  active: number;
  onSelect(index: number): void;
  onThumbnailKeydown(event: KeyboardEvent, index: number): void;
}

/** A thumbnail's picture: the image, or the placeholder when its URL may not be shown. */
function thumbnail(image: Image): TemplateResult {
  const url = safeImageUrl(image.url);
  return url ? html`<img src=${url} alt="" loading="lazy" />` : html`<span class="image-placeholder" aria-hidden="true"></span>`;
}

/** Renders the gallery; with no image at all (or none whose URL may be shown), a neutral placeholder. */
export function renderImageGallery(p: ImageGalleryProps, i18n: LocaleController): TemplateResult {
  const current = p.images[p.active] ?? p.images[0];
  const currentUrl = safeImageUrl(current?.url);
  return html`<div class="gallery" part="gallery">
    <div class="main-image" part="main-image">
      ${current && currentUrl
        ? html`<img src=${currentUrl} alt=${i18n.text(current.alt)} width=${current.width ?? nothing} height=${current.height ?? nothing} />`
        : html`<span class="image-placeholder" aria-hidden="true"></span>`}
    </div>
    ${p.images.length > 1
      ? html`<ul class="thumbnails" part="thumbnails" role="list" aria-label=${i18n.t('detail.gallery')}>
          ${p.images.map(
            (image, index) => html`<li>
              <button
                type="button"
                class="thumbnail"
                part="thumbnail"
                data-index=${index}
                tabindex=${index === p.active ? '0' : '-1'}
                aria-pressed=${index === p.active ? 'true' : 'false'}
                aria-label=${`${i18n.t('detail.image_n', { index: index + 1, count: p.images.length })}: ${i18n.text(image.alt)}`}
                @click=${() => p.onSelect(index)}
                @keydown=${(e: KeyboardEvent) => p.onThumbnailKeydown(e, index)}
              >
                ${thumbnail(image)}
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
  </div>`;
}
