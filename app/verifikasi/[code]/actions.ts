'use server';
import { checkUploadedPdf, type UploadCheck } from '@/lib/documents/verification';
import { runAction, type ActionResult } from '@/lib/server/action';
import { requestIp } from '@/lib/security/request-ip';

/** Checks an uploaded PDF against the document on record (public: no sign-in). */
export async function checkPdfAction(
  _prev: ActionResult<UploadCheck> | null,
  form: FormData,
): Promise<ActionResult<UploadCheck>> {
  return runAction(async () => {
    const file = form.get('file');
    const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const result = await checkUploadedPdf(String(form.get('code')), bytes, await requestIp());
    return {
      message: result.matches
        ? 'Cocok: berkas ini sama persis dengan dokumen yang tercatat.'
        : 'Tidak cocok: berkas ini berbeda dari dokumen yang tercatat. Isinya mungkin telah diubah.',
      data: result,
    };
  });
}
