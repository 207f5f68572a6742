'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { bulkMove, confirmRequirement, moveListing, requestListing } from '@/lib/channels/listings';
import { stageLabel } from '@/lib/channels/schema';
import { formObject, quietly, runAction, type ActionResult } from '@/lib/server/action';

export async function requestListingAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await requestListing(await currentActor(), formObject(form));
    revalidatePath('/umkm/kanal');
    return { message: 'Permintaan dikirim ke Dinas. Lengkapi persyaratan yang masih kurang.' };
  });
}

export async function moveListingAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('listingId'));
    const { to } = await moveListing(await currentActor(), id, formObject(form));
    revalidatePath(`/dinas/kanal/${id}`);
    revalidatePath('/dinas/kanal');
    return { message: `Listing dipindah ke tahap "${stageLabel[to]}".` };
  });
}

export async function confirmRequirementAction(form: FormData) {
  const id = String(form.get('listingId'));
  await quietly(async () =>
    confirmRequirement(await currentActor(), id, String(form.get('code')), form.get('confirmed') === 'true'),
  );
  revalidatePath(`/dinas/kanal/${id}`);
}

export async function bulkMoveAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const results = await bulkMove(await currentActor(), form.getAll('ids').map(String), {
      to: form.get('to'),
      reason: form.get('reason') || undefined,
    });
    revalidatePath('/dinas/kanal');
    const ok = results.filter((r) => r.ok).length;
    const failed = results.filter((r) => !r.ok);
    return {
      message: `${ok} listing dipindah.${failed.length ? ` ${failed.length} gagal: ${failed.map((f) => f.message).join(' | ')}` : ''}`,
    };
  });
}
