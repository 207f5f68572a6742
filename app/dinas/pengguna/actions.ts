'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { createStaffAccount } from '@/lib/accounts/accounts';
import { changeStaffAccess, sendStaffPasswordLink, setAccountDisabled } from '@/lib/accounts/staff-admin';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function createStaffAccountAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await createStaffAccount(await currentActor(), formObject(form));
    revalidatePath('/dinas/pengguna');
    return {
      message: user.passwordLinkSent
        ? `Akun ${user.email} dibuat. Tautan untuk membuat kata sandi dikirim ke email itu (berlaku 72 jam).`
        : `Akun ${user.email} dibuat.`,
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
    return {
      message: user.disabledAt
        ? `Akun ${user.email} dinonaktifkan; sesinya berakhir sekarang.`
        : `Akun ${user.email} diaktifkan kembali.`,
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
    return { message: `Tautan atur kata sandi dikirim ke ${user.email} (lihat kotak keluar email).` };
  });
}
