'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { retryJob } from '@/lib/jobs/admin';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function retryJobAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const message = await retryJob(await currentActor(), formObject(form));
    revalidatePath('/dinas/email');
    return { message };
  });
}
