import { fileStorage, isSafeKey } from '@/lib/uploads/storage';

// Uploaded image variants. Keys are random and never reused, so responses are cacheable forever.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  // Only public images: private ones (transfer receipts) have their own guarded routes.
  if (!isSafeKey(key) || !key.startsWith('img/') || !key.endsWith('.webp'))
    return new Response('Not found', { status: 404 });
  const bytes = await fileStorage().get(key);
  if (!bytes) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    },
  });
}
