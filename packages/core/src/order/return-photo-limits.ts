/**
 * What a return request accepts as photos. Kept apart from the zod schemas so that the checks
 * before an upload do not load them.
 *
 * @module
 */

/** The photo types a return request accepts, and the largest photo in bytes (5 MiB). */
export const RETURN_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The largest photo a return request accepts, in bytes: 5 MiB (5 × 1024 × 1024); a larger file is refused before it is uploaded. */
export const RETURN_PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** At most this many photos per return request. */
export const RETURN_PHOTO_MAX_COUNT = 4;

/** True when a return request holds as many photos as it may (`count` photos kept, failed ones aside): no more can be added. */
export function returnPhotosFull(count: number): boolean {
  return count >= RETURN_PHOTO_MAX_COUNT;
}
