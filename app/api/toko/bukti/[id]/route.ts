import { currentActor } from '@/lib/auth/actor';
import { receiptKeyFor } from '@/lib/shop/transfer';
import { fileStorage } from '@/lib/uploads/storage';
import { apiError, jsonError } from '@/lib/server/api';

// A transfer receipt, for the order's buyer and its UMKM only; never cached by a shared cache.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const key = await receiptKeyFor(await currentActor(), (await params).id);
    const bytes =
      (await fileStorage().get(`${key}-1600.webp`)) ?? (await fileStorage().get(`${key}-800.webp`));
    if (!bytes) return jsonError(404, 'Bukti transfer tidak ditemukan.');
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': 'image/webp',
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
