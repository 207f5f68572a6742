// A real S3-compatible server on this machine (s3rver: the S3 REST API over files in a folder) for
// `npm run cluster` and the tests. Production points S3_* at a managed bucket instead.
import fs from 'node:fs';
import S3rver from 's3rver';

export type LocalS3 = {
  env: {
    STORAGE_DRIVER: 's3';
    S3_ENDPOINT: string;
    S3_BUCKET: string;
    S3_REGION: string;
    S3_ACCESS_KEY_ID: string;
    S3_SECRET_ACCESS_KEY: string;
  };
  stop(): Promise<void>;
};

export async function startLocalS3(directory: string, bucket = 'etalase', port = 0): Promise<LocalS3> {
  fs.mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const address = await server.run();
  return {
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${address.port}`,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      // s3rver's fixed account: it refuses other key ids (it does not verify SigV4 signatures).
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    stop: () => server.close(),
  };
}
