import { NextResponse } from 'next/server';
import { checkUploadedPdf, maxCheckedPdfBytes, verifiedDocument } from '@/lib/documents/verification';
import { apiError, jsonError } from '@/lib/server/api';
import { ipOf } from '@/lib/security/request-ip';

// A document's public record by its verification code; POST a PDF (the raw bytes, or a form field
// "file") to learn whether it is the one on record.
type Context = { params: Promise<{ code: string }> };

export async function GET(_request: Request, { params }: Context) {
  try {
    const doc = await verifiedDocument((await params).code);
    if (!doc) return jsonError(404, 'Dokumen tidak ditemukan.');
    return NextResponse.json(
      {
        ...doc,
        totalIdr: doc.totalIdr === null ? null : Number(doc.totalIdr),
        paidToMsmeIdr: doc.paidToMsmeIdr === null ? null : Number(doc.paidToMsmeIdr),
        superseded: doc.supersededAt !== null,
      },
      { headers: { 'cache-control': 'public, max-age=60' } },
    );
  } catch (error) {
    return apiError(error);
  }
}

async function uploadedBytes(request: Request) {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxCheckedPdfBytes + 64 * 1024) return null;
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const file = (await request.formData()).get('file');
    return file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  }
  return new Uint8Array(await request.arrayBuffer());
}

export async function POST(request: Request, { params }: Context) {
  try {
    const bytes = await uploadedBytes(request);
    if (!bytes) return jsonError(413, 'Berkas lebih dari 20 MB.');
    return NextResponse.json(await checkUploadedPdf((await params).code, bytes, ipOf(request.headers)));
  } catch (error) {
    return apiError(error);
  }
}
