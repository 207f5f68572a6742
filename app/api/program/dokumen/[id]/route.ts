import { currentActor } from '@/lib/auth/actor';
import { programDocumentFile } from '@/lib/programs/documents';
import { apiError, jsonError } from '@/lib/server/api';

// An aid receipt or attendance list, for the program's managers and (a receipt) its recipient.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const file = await programDocumentFile(await currentActor(), (await params).id);
    if (!file) return jsonError(404, 'Dokumen tidak ditemukan.');
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
