'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { importMsmes, type ImportReport } from '@/lib/msme/bulk-import';
import { runAction, type ActionResult } from '@/lib/server/action';

export async function importAction(
  _prev: ActionResult<ImportReport> | null,
  form: FormData,
): Promise<ActionResult<ImportReport>> {
  const commit = form.get('intent') === 'import';
  return runAction(async () => {
    const report = await importMsmes(await currentActor(), form.get('file') as File | null, commit);
    if (commit) revalidatePath('/dinas/umkm');
    const summary = `${report.rows} baris: ${report.valid} valid, ${report.rows - report.valid} bermasalah, ${report.alreadyImported} sudah pernah diimpor.`;
    return {
      message: commit
        ? `${report.imported} UMKM diimpor dan masuk antrean verifikasi. ${summary}`
        : `Hasil pemeriksaan — belum ada yang disimpan. ${summary}`,
      data: report,
    };
  });
}
