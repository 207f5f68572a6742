'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { addMember, assessCooperative, createCooperative, recordRat } from '@/lib/cooperatives/registry';
import { importCooperatives } from '@/lib/cooperatives/import';
import { importSummary, type ImportReport } from '@/lib/msme/bulk-import';
import { predicateLabel } from '@/lib/programs/labels';
import { getPhrases } from '@/lib/i18n/server';
import { formObject, runAction, runActionThenRedirect, type ActionResult } from '@/lib/server/action';

export async function createCooperativeAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const { id } = await createCooperative(await currentActor(), formObject(form));
    revalidatePath('/dinas/koperasi');
    return `/dinas/koperasi/${id}`;
  });
}

export async function assessCooperativeAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('cooperativeId'));
    const result = await assessCooperative(await currentActor(), id, formObject(form));
    revalidatePath(`/dinas/koperasi/${id}`);
    revalidatePath('/dinas/koperasi');
    const t = await getPhrases();
    return {
      message: t('Penilaian tersimpan: nilai {score}, predikat {predicate}.', {
        score: (result.totalScoreCenti / 100).toLocaleString(t.locale === 'en' ? 'en-GB' : 'id-ID'),
        predicate: t(predicateLabel[result.predicate]),
      }),
    };
  });
}

export async function recordRatAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('cooperativeId'));
    await recordRat(await currentActor(), id, formObject(form));
    revalidatePath(`/dinas/koperasi/${id}`);
    return { message: 'Tanggal RAT tersimpan.' };
  });
}

export async function addMemberAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('cooperativeId'));
    await addMember(await currentActor(), id, formObject(form));
    revalidatePath(`/dinas/koperasi/${id}`);
    return { message: 'Anggota ditambahkan.' };
  });
}

export async function importCooperativesAction(
  _prev: ActionResult<ImportReport> | null,
  form: FormData,
): Promise<ActionResult<ImportReport>> {
  const commit = form.get('intent') === 'import';
  return runAction(async () => {
    const report = await importCooperatives(await currentActor(), form.get('file') as File | null, commit);
    if (commit) revalidatePath('/dinas/koperasi');
    const t = await getPhrases();
    return {
      message: importSummary(t, report, commit ? '{imported} koperasi diimpor. {summary}' : null),
      data: report,
    };
  });
}
