'use server';
import { signUp } from '@/lib/accounts/accounts';
import { formObject, runAction, type ActionResult } from '@/lib/server/action';

export async function signUpAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await signUp(formObject(form));
    return { message: 'Akun dibuat.' };
  });
}
