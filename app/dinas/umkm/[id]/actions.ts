'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { reviewMsme, revealNik } from '@/lib/msme/review';
import { inviteMsmeOwner, setAccountDisabled } from '@/lib/accounts/staff-admin';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';
import { getPhrases } from '@/lib/i18n/server';

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
    const nik = await revealNik(await currentActor(), String(form.get('id')), formObject(form));
    return {
      message:
        'NIK ditampilkan dan tercatat di log audit bersama tujuannya. NIK disembunyikan lagi dalam 60 detik.',
      data: nik,
    };
  });
}

export async function inviteOwnerAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('id'));
    const invited = await inviteMsmeOwner(await currentActor(), id, formObject(form));
    revalidatePath(`/dinas/umkm/${id}`);
    // Translated here: the message names the address, so FormMessage cannot look it up.
    const t = await getPhrases();
    return {
      message: t('Undangan dikirim ke {email}: tautan untuk membuat kata sandi berlaku 72 jam.', {
        email: invited.email,
      }),
    };
  });
}

export async function setOwnerDisabledAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await setAccountDisabled(await currentActor(), String(form.get('userId')), formObject(form));
    revalidatePath(`/dinas/umkm/${String(form.get('id'))}`);
    return {
      message: user.disabledAt
        ? 'Akun pemilik dinonaktifkan; sesinya berakhir sekarang.'
        : 'Akun pemilik diaktifkan kembali.',
    };
  });
}
