import 'server-only';
import crypto from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { db } from '@/lib/server/db';
import { DomainError } from '@/lib/server/action';
import { fileStorage } from './storage';
import { enforceLimit } from '@/lib/security/rate-limit';
import { requestIp } from '@/lib/security/request-ip';

// Photos come straight from phones: a 108-megapixel camera writes 30–40 MB JPEGs. The server resizes
// them (the site never shows more than 1600 px), so the limits only keep out what is not a photo.
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
// Guards against decompression bombs: a small file that decodes to a huge bitmap.
const MAX_PIXELS = 120_000_000;
export const IMAGE_WIDTHS = [400, 800, 1600] as const;

/**
 * Checks an upload by its content (not its name), strips EXIF (GPS included) by re-encoding, and
 * stores WebP variants. Returns the new Asset's id and key.
 */
/**
 * Checks, resizes and stores an image. `visibility: 'private'` keeps it under a prefix the public
 * image route refuses (a transfer receipt is served only through its own guarded route).
 */
export async function storeImage(
  file: File | null | undefined,
  uploadedById: string,
  field = 'photo',
  visibility: 'public' | 'private' = 'public',
) {
  if (!file || file.size === 0)
    throw new DomainError('Pilih foto untuk diunggah.', { [field]: ['Pilih foto untuk diunggah.'] });
  await enforceLimit(db, { key: `upload:${uploadedById}`, max: 60, windowSeconds: 3600 }, 'unggahan foto');
  const ip = await requestIp();
  if (ip !== 'local')
    await enforceLimit(
      db,
      { key: `upload:ip:${ip}`, max: 200, windowSeconds: 3600 },
      'unggahan foto dari alamat ini',
    );
  if (file.size > MAX_IMAGE_BYTES)
    throw new DomainError('Foto terlalu besar.', { [field]: ['Ukuran foto maksimal 40 MB.'] });
  const bytes = Buffer.from(await file.arrayBuffer());
  let meta: Metadata;
  try {
    // Reading the header decodes no pixels; the pixel limit is checked below with a clear message.
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new DomainError('Berkas bukan gambar.', {
      [field]: ['Berkas bukan gambar JPEG, PNG, atau WebP yang valid.'],
    });
  }
  if (!meta.format || !['jpeg', 'png', 'webp'].includes(meta.format)) {
    throw new DomainError('Format foto tidak didukung.', {
      [field]: ['Format foto harus JPEG, PNG, atau WebP.'],
    });
  }
  if (!meta.width || !meta.height || meta.width * meta.height > MAX_PIXELS) {
    throw new DomainError('Foto terlalu besar.', { [field]: ['Resolusi foto maksimal 120 megapiksel.'] });
  }
  const key = `${visibility === 'private' ? 'private' : 'img'}/${crypto.randomBytes(12).toString('hex')}`;
  const storage = fileStorage();
  const widths: number[] = [];
  try {
    // The large original is decoded once (JPEGs shrink while decoding), to the largest width; the
    // smaller variants are made from that. rotate() applies the EXIF orientation; sharp writes no
    // metadata unless asked, so EXIF (GPS included) is gone.
    const largest = Math.max(...IMAGE_WIDTHS);
    const base = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      // Inside a square: a long screenshot or panorama stays small in both directions.
      .resize({ width: largest, height: largest, fit: 'inside', withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width: baseWidth, height: baseHeight, channels } = base.info;
    for (const width of IMAGE_WIDTHS) {
      const out = await sharp(base.data, { raw: { width: baseWidth, height: baseHeight, channels } })
        .resize({ width, height: width, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
      await storage.put(`${key}-${width}.webp`, out, 'image/webp');
      widths.push(width);
    }
  } catch {
    await Promise.all(widths.map((w) => storage.remove(`${key}-${w}.webp`)));
    throw new DomainError('Foto tidak dapat diproses.', {
      [field]: ['Foto rusak atau tidak dapat dibaca. Coba foto lain.'],
    });
  }
  const asset = await db.asset.create({
    data: {
      key,
      mime: `image/${meta.format}`,
      width: meta.width,
      height: meta.height,
      bytes: file.size,
      widths,
      uploadedById,
    },
    select: { id: true, key: true },
  });
  return asset;
}
