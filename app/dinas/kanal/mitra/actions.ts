'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import {
  importAcceptance,
  removeRequirement,
  setRequirement,
  updatePartner,
  type AcceptanceResult,
} from '@/lib/channels/partners';
import { formObject, quietly, runAction, type ActionResult } from '@/lib/server/action';
import { getPhrases } from '@/lib/i18n/server';

export async function updatePartnerAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await updatePartner(await currentActor(), String(form.get('partnerId')), formObject(form));
    revalidatePath('/dinas/kanal/mitra');
    return { message: 'Mitra diperbarui.' };
  });
}

export async function setRequirementAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await setRequirement(await currentActor(), String(form.get('partnerId')), formObject(form));
    revalidatePath('/dinas/kanal/mitra');
    return { message: 'Persyaratan disimpan.' };
  });
}

export async function removeRequirementAction(form: FormData) {
  await quietly(async () =>
    removeRequirement(await currentActor(), String(form.get('partnerId')), String(form.get('code'))),
  );
  revalidatePath('/dinas/kanal/mitra');
}

export async function importAcceptanceAction(
  _prev: ActionResult<AcceptanceResult[]> | null,
  form: FormData,
): Promise<ActionResult<AcceptanceResult[]>> {
  return runAction(async () => {
    const results = await importAcceptance(
      await currentActor(),
      String(form.get('partnerId')),
      form.get('file') as File | null,
    );
    revalidatePath('/dinas/kanal');
    // Translated here: the message holds numbers, so FormMessage cannot look it up.
    const t = await getPhrases();
    return {
      message: t('{live} listing tayang, {skipped} baris tidak diterapkan.', {
        live: results.filter((r) => r.ok).length,
        skipped: results.filter((r) => !r.ok).length,
      }),
      data: results,
    };
  });
}
