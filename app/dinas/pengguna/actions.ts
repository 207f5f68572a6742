'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { createStaffAccount } from '@/lib/accounts/accounts';
import { changeStaffAccess, sendStaffPasswordLink, setAccountDisabled } from '@/lib/accounts/staff-admin';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';
import { getPhrases } from '@/lib/i18n/server';

// Messages that name an account are translated here: FormMessage can only look up fixed text.

export async function createStaffAccountAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await createStaffAccount(await currentActor(), formObject(form));
    revalidatePath('/dinas/pengguna');
    const t = await getPhrases();
    return {
      message: user.passwordLinkSent
        ? t('Akun {email} dibuat. Tautan untuk membuat kata sandi dikirim ke email itu (berlaku 72 jam).', {
            email: user.email,
          })
        : t('Akun {email} dibuat.', { email: user.email }),
    };
  });
}

export async function setAccountDisabledAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await setAccountDisabled(await currentActor(), String(form.get('userId')), formObject(form));
    revalidatePath('/dinas/pengguna');
    const t = await getPhrases();
    return {
      message: user.disabledAt
        ? t('Akun {email} dinonaktifkan; sesinya berakhir sekarang.', { email: user.email })
        : t('Akun {email} diaktifkan kembali.', { email: user.email }),
    };
  });
}

export async function changeStaffAccessAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await changeStaffAccess(await currentActor(), String(form.get('userId')), formObject(form));
    revalidatePath('/dinas/pengguna');
    return { message: 'Peran dan OPD diperbarui; berlaku pada permintaan berikutnya.' };
  });
}

export async function sendStaffPasswordLinkAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await sendStaffPasswordLink(await currentActor(), String(form.get('userId')));
    const t = await getPhrases();
    return {
      message: t('Tautan atur kata sandi dikirim ke {email} (lihat kotak keluar email).', {
        email: user.email,
      }),
    };
  });
}
