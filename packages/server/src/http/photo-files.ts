/**
 * Uploaded return photos, kept in the database (`photo_files`, the bytes as `bytea`) so that every
 * instance can serve every photo, and served at `GET {basePath}/files/return-photos/{id}`. The id is
 * 128 random bits: the URL is what lets someone see the photo (an `<img>` sends no access header),
 * so it cannot be guessed. Answers carry the photo's own type, `Cache-Control: private` (no shared
 * cache keeps it) and `X-Content-Type-Options: nosniff` with a CSP that runs nothing, so a file that
 * is not really an image is never read as a page.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { parseOrderNumber } from '@orderzone/core/orders';
import type { PhotoUpload } from '@orderzone/embedded-backend/contract-app';
import type { Db } from '../db/database.ts';
import { photoFiles } from '../db/schema.ts';

/** Where photos are served, below the base path. */
export const RETURN_PHOTO_FILES_PATH = '/files/return-photos';

/** A photo id: 16 random bytes, base64url. */
const PHOTO_ID = /^[A-Za-z0-9_-]{22}$/;

/** Options of {@link createPhotoFiles}. */
export interface PhotoFilesOptions {
  /** The API's base path (`/api`). */
  basePath: string;
  /** The public origin of the API when the shop is on another origin; the URLs are paths otherwise. */
  publicUrl?: string;
}

/** Keeping, forgetting and serving uploaded photos. */
export interface PhotoFiles {
  /** Stores a photo and answers its URL (`{publicUrl}{basePath}/files/return-photos/{id}`). */
  store(photo: PhotoUpload): Promise<string>;
  /** Deletes a photo stored by `store` (by its URL); an unknown URL is ignored. */
  discard(url: string): Promise<void>;
  /** The Hono handler of `GET {basePath}/files/return-photos/:id`. */
  serve(c: Context): Promise<Response>;
}

/** Photo files in `db`. */
export function createPhotoFiles(db: Db, options: PhotoFilesOptions): PhotoFiles {
  const prefix = `${options.publicUrl ?? ''}${options.basePath}${RETURN_PHOTO_FILES_PATH}/`;
  return {
    async store(photo) {
      const id = randomBytes(16).toString('base64url');
      await db.insert(photoFiles).values({
        id,
        orderNumber: parseOrderNumber(photo.orderNumber) ?? photo.orderNumber,
        contentType: photo.contentType.split(';')[0]!.trim().toLowerCase(),
        bytes: photo.bytes.byteLength,
        content: photo.bytes,
      });
      return `${prefix}${id}`;
    },
    async discard(url) {
      if (!url.startsWith(prefix)) return;
      const id = url.slice(prefix.length);
      if (PHOTO_ID.test(id)) await db.delete(photoFiles).where(eq(photoFiles.id, id));
    },
    async serve(c) {
      const id = c.req.param('id') ?? '';
      const [file] = PHOTO_ID.test(id) ? await db.select({ contentType: photoFiles.contentType, content: photoFiles.content }).from(photoFiles).where(eq(photoFiles.id, id)) : [];
      if (!file) return c.notFound();
      return new Response(file.content as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'Content-Type': file.contentType,
          'Content-Length': String(file.content.byteLength),
          'Cache-Control': 'private, max-age=86400',
          'X-Content-Type-Options': 'nosniff',
          'Content-Security-Policy': "default-src 'none'; sandbox",
          // Shown by the shop's pages, which may be on another origin than the API.
          'Cross-Origin-Resource-Policy': 'cross-origin',
        },
      });
    },
  };
}
