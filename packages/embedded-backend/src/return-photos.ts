/**
 * Photos for return requests: the checks every upload passes (the contract's `RETURN_PHOTO_TYPES`
 * and `RETURN_PHOTO_MAX_BYTES`), and how the embedded backend keeps a photo.
 *
 * The embedded backend persists its state in `localStorage`, which holds about 5 MB per origin, so
 * it never stores the (up to 5 MiB) originals. {@link storedPhotoUrl} keeps:
 *
 * - in a browser that can decode the photo: a reduced JPEG copy (longest edge
 *   {@link STORED_PHOTO_MAX_EDGE} px, at most {@link STORED_PHOTO_MAX_CHARS} characters) as a
 *   `data:` URL in the engine state, so it survives reloads and the merchant console in another tab
 *   sees it;
 * - where the photo cannot be decoded (Node, a file that is not really an image) and the original is
 *   small enough: the original as a `data:` URL;
 * - otherwise: an object URL (`blob:`) held in memory by this page only; it is gone after a reload and
 *   other tabs cannot show it.
 *
 * The photo's `contentType` and `bytes` always describe the file the shopper uploaded.
 *
 * @module
 */
import { OrderZoneError } from '@orderzone/core';
import { RETURN_PHOTO_MAX_BYTES, RETURN_PHOTO_MAX_COUNT, RETURN_PHOTO_TYPES } from '@orderzone/core/orders';
import type { FieldError, UploadedPhoto } from '@orderzone/core';

/** Longest edge, in pixels, of the reduced copy the embedded backend stores. */
export const STORED_PHOTO_MAX_EDGE = 800;
/** Largest `data:` URL the embedded backend stores for one photo, in characters (about 120 KB of image). */
export const STORED_PHOTO_MAX_CHARS = 160 * 1024;
/** Photos uploaded for one order but not (yet) part of a return request; the oldest go first beyond this. */
export const MAX_PENDING_RETURN_PHOTOS = RETURN_PHOTO_MAX_COUNT * 2;

/** One uploaded photo as the order engine receives it: what was uploaded, and where it is kept. */
export interface ReturnPhotoFile {
  /** The uploaded file's media type (`image/jpeg`...); parameters after `;` are ignored. */
  contentType: string;
  /** The uploaded file's size in bytes. */
  bytes: number;
  /** Where the photo can be shown: a `data:`, `blob:` or `https:` URL. */
  url: string;
}

/** `image/JPEG; foo=bar` → `image/jpeg`. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True for a media type a return photo may have. */
export function isReturnPhotoType(contentType: string | null | undefined): boolean {
  return (RETURN_PHOTO_TYPES as readonly string[]).includes(mediaTypeOf(contentType));
}

/**
 * The field error for a photo that breaks the contract's limits, or `undefined`:
 * `photos` `photo_type` (`{ types: "JPEG, PNG, WebP" }`) or `photos` `photo_too_large` (`{ max: 5 }`, in MB).
 */
export function returnPhotoProblem(photo: { contentType: string | null | undefined; bytes: number }): FieldError | undefined {
  if (!isReturnPhotoType(photo.contentType)) return { field: 'photos', code: 'photo_type', params: { types: 'JPEG, PNG, WebP' } };
  if (!Number.isFinite(photo.bytes) || photo.bytes > RETURN_PHOTO_MAX_BYTES) {
    return { field: 'photos', code: 'photo_too_large', params: { max: RETURN_PHOTO_MAX_BYTES / (1024 * 1024) } };
  }
  return undefined;
}

/** Throws `validation` (see `returnPhotoProblem`) for a photo of the wrong type or too large. */
export function checkReturnPhoto(photo: { contentType: string | null | undefined; bytes: number }): void {
  const problem = returnPhotoProblem(photo);
  if (!problem) return;
  const message =
    problem.code === 'photo_type'
      ? `A return photo must be a JPEG, PNG or WebP image; got "${mediaTypeOf(photo.contentType) || 'no type'}".`
      : `A return photo can be at most ${RETURN_PHOTO_MAX_BYTES} bytes (5 MiB); this one has ${photo.bytes}.`;
  throw new OrderZoneError('validation', message, { fieldErrors: [problem] });
}

/**
 * The id of the next photo of an order, after the photos it already has:
 * `<orderNumber>-P1`, `<orderNumber>-P2`...
 */
export function nextReturnPhotoId(orderNumber: string, existing: readonly UploadedPhoto[]): string {
  const prefix = `${orderNumber}-P`;
  let highest = 0;
  for (const photo of existing) {
    if (photo.id.startsWith(prefix)) highest = Math.max(highest, Number(photo.id.slice(prefix.length)) || 0);
  }
  return `${prefix}${highest + 1}`;
}

/** A `data:` URL of a blob. */
async function dataUrlOf(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return `data:${mediaTypeOf(blob.type) || 'application/octet-stream'};base64,${btoa(binary)}`;
}

/** A canvas of the given size that can be turned into a blob, or `undefined` where there is none. */
function canvasOf(width: number, height: number): { context: CanvasDrawingContext; toBlob(type: string, quality: number): Promise<Blob | null> } | undefined {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    return context ? { context, toBlob: (type, quality) => canvas.convertToBlob({ type, quality }) } : undefined;
  }
  if (typeof document === 'undefined') return undefined;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  return context ? { context, toBlob: (type, quality) => new Promise((resolve) => canvas.toBlob(resolve, type, quality)) } : undefined;
}

type CanvasDrawingContext = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/**
 * A reduced JPEG copy of a photo as a `data:` URL of at most `maxChars` characters, or `undefined`
 * when this environment cannot decode or draw it.
 */
async function reducedDataUrl(photo: Blob, maxEdge: number, maxChars: number): Promise<string | undefined> {
  if (typeof createImageBitmap !== 'function') return undefined;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(photo);
  } catch {
    // Not decodable here (a file that is not really an image, or a format this browser lacks).
    return undefined;
  }
  try {
    const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height, 1));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = canvasOf(width, height);
    if (!canvas) return undefined;
    // JPEG has no transparency: transparent parts of a PNG become white rather than black.
    canvas.context.fillStyle = '#fff';
    canvas.context.fillRect(0, 0, width, height);
    canvas.context.drawImage(bitmap, 0, 0, width, height);
    for (const quality of [0.82, 0.65, 0.45]) {
      const blob = await canvas.toBlob('image/jpeg', quality);
      if (!blob) return undefined;
      const url = await dataUrlOf(blob);
      if (url.length <= maxChars) return url;
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    bitmap.close();
  }
}

/** Options of {@link storedPhotoUrl}. */
export interface StoredPhotoOptions {
  /** Longest edge of the reduced copy; default {@link STORED_PHOTO_MAX_EDGE}. */
  maxEdge?: number;
  /** Largest `data:` URL kept; default {@link STORED_PHOTO_MAX_CHARS}. */
  maxChars?: number;
}

/**
 * Where the embedded backend keeps an uploaded photo (see the module comment): a reduced `data:`
 * copy, the original as `data:` when it is small and cannot be reduced here, else a page-local
 * `blob:` object URL.
 */
export async function storedPhotoUrl(photo: Blob, options: StoredPhotoOptions = {}): Promise<string> {
  const maxEdge = options.maxEdge ?? STORED_PHOTO_MAX_EDGE;
  const maxChars = options.maxChars ?? STORED_PHOTO_MAX_CHARS;
  const reduced = await reducedDataUrl(photo, maxEdge, maxChars);
  if (reduced !== undefined) return reduced;
  // Base64 takes 4 characters per 3 bytes, plus the `data:<type>;base64,` prefix.
  if (Math.ceil(photo.size / 3) * 4 + 40 <= maxChars) return dataUrlOf(photo);
  return URL.createObjectURL(photo);
}
