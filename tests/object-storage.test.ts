// The S3 driver against a real S3-compatible server (s3rver, over HTTP with signed requests), and
// storage:migrate from the disk driver into it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskStorage, S3Storage } from '@/lib/uploads/storage-drivers';
import { migrateStorage } from '@/lib/uploads/migrate-storage';
import { startLocalS3, type LocalS3 } from '@/scripts/lib/local-s3';

let s3: LocalS3;
let bucket: S3Storage;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'umkm-s3-test-'));

beforeAll(async () => {
  s3 = await startLocalS3(path.join(root, 'bucket'));
  bucket = new S3Storage({
    endpoint: s3.env.S3_ENDPOINT,
    bucket: s3.env.S3_BUCKET,
    region: s3.env.S3_REGION,
    accessKeyId: s3.env.S3_ACCESS_KEY_ID,
    secretAccessKey: s3.env.S3_SECRET_ACCESS_KEY,
  });
});
afterAll(async () => {
  await s3.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('S3 storage driver', () => {
  it('stores, reads back, knows and removes a file', async () => {
    const bytes = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 255]);
    await bucket.put('img/abc/foto-800.webp', bytes, 'image/webp');
    expect(await bucket.has('img/abc/foto-800.webp')).toBe(true);
    expect(Buffer.from((await bucket.get('img/abc/foto-800.webp'))!)).toEqual(Buffer.from(bytes));
    await bucket.remove('img/abc/foto-800.webp');
    expect(await bucket.get('img/abc/foto-800.webp')).toBeNull();
    expect(await bucket.has('img/abc/foto-800.webp')).toBe(false);
  });

  it('answers null for a key it never had, and refuses keys the app would never make', async () => {
    expect(await bucket.get('img/none/never-800.webp')).toBeNull();
    await expect(bucket.put('../etc/passwd.webp', new Uint8Array([1]), 'image/webp')).rejects.toThrow(
      /Invalid storage key/,
    );
  });

  it('fails loudly with an unknown access key instead of pretending the file is missing', async () => {
    // (s3rver checks the key id but does not verify SigV4 signatures, so a wrong secret would pass.)
    const wrong = new S3Storage({ ...bucket.settings, accessKeyId: 'NOT-A-KEY' });
    await bucket.put('doc/x/surat.pdf', new Uint8Array([37, 80, 68, 70]), 'application/pdf');
    await expect(wrong.get('doc/x/surat.pdf')).rejects.toThrow();
  });
});

describe('npm run storage:migrate', () => {
  it('copies every file on disk into the bucket once, and again only what is new', async () => {
    const disk = new DiskStorage(path.join(root, 'uploads'));
    await disk.put('img/p1/a-800.webp', new Uint8Array([1, 1]));
    await disk.put('img/p1/a-1600.webp', new Uint8Array([2, 2]));
    await disk.put('doc/2026/sp-1.pdf', new Uint8Array([37, 80, 68, 70]));
    fs.writeFileSync(path.join(root, 'uploads', 'img', 'notes.txt'), 'not ours');

    const first = await migrateStorage(disk, bucket);
    expect(first).toEqual({ copied: 3, skipped: 0, failed: [] });
    expect(Buffer.from((await bucket.get('doc/2026/sp-1.pdf'))!)).toEqual(Buffer.from([37, 80, 68, 70]));

    await disk.put('img/p2/b-800.webp', new Uint8Array([3]));
    const second = await migrateStorage(disk, bucket);
    expect(second).toEqual({ copied: 1, skipped: 3, failed: [] });
    expect(await bucket.has('img/p2/b-800.webp')).toBe(true);
  });
});
