import 'server-only';
import path from 'node:path';
import { env } from '@/lib/server/env';
import { DiskStorage, S3Storage, type FileStorage } from './storage-drivers';

export { isSafeKey, type FileStorage } from './storage-drivers';

let storage: FileStorage | undefined;

/**
 * The app's file storage: the local disk (one instance, `npm start`) or an S3-compatible bucket
 * (STORAGE_DRIVER=s3: several instances share it, docs/deploy.md). Reads still go through the
 * app's own routes, which authorize them (receipts, draft documents) before fetching the bytes.
 */
export function fileStorage(): FileStorage {
  storage ??=
    env.STORAGE_DRIVER === 's3'
      ? new S3Storage({
          endpoint: env.S3_ENDPOINT,
          bucket: env.S3_BUCKET!,
          region: env.S3_REGION,
          accessKeyId: env.S3_ACCESS_KEY_ID!,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
        })
      : new DiskStorage(path.resolve(env.UPLOADS_DIR));
  return storage;
}
