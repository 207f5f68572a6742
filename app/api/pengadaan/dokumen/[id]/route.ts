import { currentActor } from '@/lib/auth/actor';
import { db } from '@/lib/server/db';
import { getOrder } from '@/lib/procurement/orders';
import { fileStorage } from '@/lib/uploads/storage';
import { apiError, jsonError } from '@/lib/server/api';

// A procurement document, for those who may see its order (the OPD's staff, the UMKM, the Dinas).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const document = await db.procurementDocument.findUnique({
      where: { id },
      select: { orderId: true, storageKey: true, number: true, kind: true },
    });
    if (!document) return jsonError(404, 'Dokumen tidak ditemukan.');
    await getOrder(await currentActor(), document.orderId);
    const bytes = await fileStorage().get(document.storageKey);
    if (!bytes) return jsonError(404, 'Berkas dokumen tidak ditemukan.');
    const filename = `${document.kind.toLowerCase()}-${document.number.replace(/[^A-Za-z0-9]+/g, '-')}.pdf`;
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
