'use server';
import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { markAllRead, markRead, setEmailPreferences } from '@/lib/notify/center';
import { runAction, type ActionResult } from '@/lib/server/action';

/** Opens a notification: marks it read and goes to the thing it is about. */
export async function openNotificationAction(form: FormData) {
  const link = await markRead(await currentActor(), String(form.get('id')));
  revalidatePath('/', 'layout');
  redirect(link.startsWith('/') ? link : '/notifikasi');
}

export async function markReadAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await markRead(await currentActor(), String(form.get('id')));
    revalidatePath('/', 'layout');
    return { message: 'Ditandai sudah dibaca.' };
  });
}

export async function markAllReadAction(_prev: ActionResult | null, _form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const count = await markAllRead(await currentActor());
    revalidatePath('/', 'layout');
    return { message: count ? 'Semua pemberitahuan ditandai sudah dibaca.' : 'Tidak ada yang belum dibaca.' };
  });
}

export async function emailPreferencesAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await setEmailPreferences(await currentActor(), { email: form.getAll('email').map(String) });
    return { message: 'Pilihan email disimpan.' };
  });
}
