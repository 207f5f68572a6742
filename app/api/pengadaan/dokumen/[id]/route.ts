import { authorize, currentActor } from '@/lib/auth/actor';
import { db } from '@/lib/server/db';
import { getOrder } from '@/lib/procurement/orders';
import { fileStorage } from '@/lib/uploads/storage';
import { apiError, jsonError } from '@/lib/server/api';
import { DomainError } from '@/lib/server/action';

// A procurement document, for those who may see its order (the OPD's staff, the UMKM, the Dinas).
const hiddenIfRefused = (error: unknown) => {
  if (error instanceof DomainError) return null;
  throw error;
};

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    // Who is asking comes first: an anonymous caller learns nothing about which ids exist.
    const viewer = authorize(await currentActor(), ['OPD_STAFF', 'MSME_OWNER', 'DINAS_ADMIN']);
    const { id } = await params;
    const document = await db.procurementDocument.findUnique({
      where: { id },
      select: { orderId: true, storageKey: true, number: true, kind: true },
    });
    // Another OPD's document and a made-up id get the same answer.
    const visible = document && (await getOrder(viewer, document.orderId).catch(hiddenIfRefused));
    if (!document || !visible) return jsonError(404, 'Dokumen tidak ditemukan.');
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
