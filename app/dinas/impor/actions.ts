'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { importMsmes, importSummary, type ImportReport } from '@/lib/msme/bulk-import';
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
    const t = await getPhrases();
    return {
      message: importSummary(
        t,
        report,
        commit ? '{imported} UMKM diimpor dan masuk antrean verifikasi. {summary}' : null,
      ),
      data: report,
    };
  });
}
