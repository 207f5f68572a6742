'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { assignBooth, createBazaar, joinBazaar, recordBazaarSales } from '@/lib/channels/bazaars';
import { formObject, runAction, runActionThenRedirect, type ActionResult } from '@/lib/server/action';

export async function createBazaarAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const id = (await createBazaar(await currentActor(), formObject(form))).id;
    return `/dinas/bazar/${id}`;
  });
}

export async function joinBazaarAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const bazaarId = String(form.get('bazaarId'));
    await joinBazaar(await currentActor(), bazaarId, String(form.get('msmeId') ?? '') || undefined);
    revalidatePath(`/dinas/bazar/${bazaarId}`);
    revalidatePath('/umkm/bazar');
    return { message: 'Terdaftar di bazar.' };
  });
}

export async function assignBoothAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const bazaarId = String(form.get('bazaarId'));
    const code = await assignBooth(
      await currentActor(),
      bazaarId,
      String(form.get('participantId')),
      String(form.get('boothId')),
    );
    revalidatePath(`/dinas/bazar/${bazaarId}`);
    return { message: `Stan ${code} ditetapkan.` };
  });
}

export async function recordSalesAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await recordBazaarSales(await currentActor(), String(form.get('bazaarId')), formObject(form));
    revalidatePath('/umkm/bazar');
    return { message: 'Omzet tercatat.' };
  });
}
