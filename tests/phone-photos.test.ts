// Photos straight from a phone camera (issue #12): a 36 MB, 54-megapixel JPEG is accepted and
// resized on the server to the site's sizes; what is not an image gets one clear message.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { db } from '@/lib/server/db';
import { storeImage, IMAGE_WIDTHS } from '@/lib/uploads/images';
import { DomainError } from '@/lib/server/action';
import { fileStorage } from '@/lib/uploads/storage';
import { demoActor } from './support/actors';

async function noisyJpeg(width: number, height: number, sigma: number, quality: number) {
  const bytes = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma },
    },
  })
    .jpeg({ quality })
    .toBuffer();
  return new File([new Uint8Array(bytes)], 'IMG_20261201_101500.jpg', { type: 'image/jpeg' });
}

describe('phone photos', () => {
  it(
    'accepts a 36 MB, 54-megapixel JPEG and stores it at 400, 800 and 1600 px',
    { timeout: 90_000 },
    async () => {
      const owner = await demoActor('MSME_OWNER');
      const photo = await noisyJpeg(9000, 6000, 36, 92);
      expect(photo.size).toBeGreaterThan(25 * 1024 * 1024);
      const asset = await storeImage(photo, owner.id);
      const stored = await db.asset.findUniqueOrThrow({ where: { id: asset.id } });
      expect(stored.widths).toEqual([...IMAGE_WIDTHS]);
      const largest = await fileStorage().get(`${stored.key}-1600.webp`);
      expect((await sharp(largest!).metadata()).width).toBe(1600);
    },
  );

  it('keeps a long screenshot small in both directions', async () => {
    const owner = await demoActor('MSME_OWNER');
    const bytes = await sharp({ create: { width: 400, height: 40000, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    const asset = await storeImage(
      new File([new Uint8Array(bytes)], 'tangkapan.png', { type: 'image/png' }),
      owner.id,
    );
    const stored = await db.asset.findUniqueOrThrow({ where: { id: asset.id } });
    const largest = await fileStorage().get(`${stored.key}-1600.webp`);
    expect((await sharp(largest!).metadata()).height).toBe(1600);
  });

  it('refuses what is not an image with the same clear message, whatever its name says', async () => {
    const owner = await demoActor('MSME_OWNER');
    const fake = new File([new Uint8Array(9 * 1024 * 1024).fill(7)], 'foto.jpg', { type: 'image/jpeg' });
    const error = await storeImage(fake, owner.id).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.fieldErrors.photo[0]).toBe('Berkas bukan gambar JPEG, PNG, atau WebP yang valid.');
  });
});
