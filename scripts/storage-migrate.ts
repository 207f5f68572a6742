// `npm run storage:migrate`: copies the files under UPLOADS_DIR into the S3 bucket named by S3_*
// (the app need not be stopped; run it again after the switch to catch files written meanwhile).
import path from 'node:path';
import { loadAppEnv, projectRoot } from './lib/app-env';
import { exitWithFriendlyError, FriendlyError } from './lib/friendly-error';
import { DiskStorage, S3Storage } from '../lib/uploads/storage-drivers';
import { migrateStorage } from '../lib/uploads/migrate-storage';

async function main() {
  const env = loadAppEnv();
  if (!env.S3_BUCKET || !env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)
    throw new FriendlyError(
      'Set S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT unless it is AWS) to the bucket to copy into.',
    );
  const disk = new DiskStorage(path.resolve(projectRoot, env.UPLOADS_DIR));
  const bucket = new S3Storage({
    endpoint: env.S3_ENDPOINT,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
  });
  console.log(`▸ copying ${disk.root} into s3://${env.S3_BUCKET} (${env.S3_ENDPOINT ?? 'AWS'})`);
  const report = await migrateStorage(disk, bucket, (key, outcome) => {
    if (outcome === 'failed') console.error(`  ✗ ${key}`);
  });
  console.log(`▸ ${report.copied} copied, ${report.skipped} already there, ${report.failed.length} failed`);
  for (const { key, reason } of report.failed) console.error(`  ${key}: ${reason}`);
  if (report.failed.length) process.exit(1);
  console.log('▸ done: set STORAGE_DRIVER=s3 with the same S3_* on every instance.');
}

main().catch(exitWithFriendlyError);
