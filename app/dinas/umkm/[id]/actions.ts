'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { reviewMsme, revealNik } from '@/lib/msme/review';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function reviewAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('id'));
    const status = await reviewMsme(await currentActor(), id, formObject(form));
    revalidatePath(`/dinas/umkm/${id}`);
    revalidatePath('/dinas/verifikasi');
    return {
      message:
        status === 'VERIFIED'
          ? 'UMKM ditetapkan sebagai binaan.'
          : 'Pengajuan dikembalikan ke pemilik dengan catatan.',
    };
  });
}

export async function revealNikAction(
  _prev: ActionResult<string> | null,
  form: FormData,
): Promise<ActionResult<string>> {
  return runAction(async () => {
    const nik = await revealNik(await currentActor(), String(form.get('id')));
    return { message: 'NIK ditampilkan. Tindakan ini tercatat di log audit.', data: nik };
  });
}
