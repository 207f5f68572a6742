'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { importMsmes, type ImportReport } from '@/lib/msme/bulk-import';
import { runAction, type ActionResult } from '@/lib/server/action';
import { getPhrases } from '@/lib/i18n/server';

export async function importAction(
  _prev: ActionResult<ImportReport> | null,
  form: FormData,
): Promise<ActionResult<ImportReport>> {
  const commit = form.get('intent') === 'import';
  return runAction(async () => {
    const report = await importMsmes(await currentActor(), form.get('file') as File | null, commit);
    if (commit) revalidatePath('/dinas/umkm');
    // Translated here: the message holds numbers, so FormMessage cannot look it up.
    const t = await getPhrases();
    const summary = t('{rows} baris: {valid} valid, {invalid} bermasalah, {already} sudah pernah diimpor.', {
      rows: report.rows,
      valid: report.valid,
      invalid: report.rows - report.valid,
      already: report.alreadyImported,
    });
    return {
      message: commit
        ? t('{imported} UMKM diimpor dan masuk antrean verifikasi. {summary}', {
            imported: report.imported,
            summary,
          })
        : t('Hasil pemeriksaan — belum ada yang disimpan. {summary}', { summary }),
      data: report,
    };
  });
}
