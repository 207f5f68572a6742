'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { saveRegistration } from '@/lib/msme/registration';
import { addPremisesPhoto, removePremisesPhoto } from '@/lib/msme/photos';
import { describeDuplicateForOwner } from '@/lib/msme/duplicates';
import { formObject, quietly, runAction, type ActionResult } from '@/lib/server/action';
import { certificationTypes } from '@/lib/msme/schema';

/** The form sends certificates as cert_<TYPE>_number / cert_<TYPE>_expiresAt; filled rows become the list. */
function registrationInput(form: FormData) {
  const values: Record<string, unknown> = formObject(form);
  values.certifications = certificationTypes
    .map((type) => ({
      type,
      number: String(form.get(`cert_${type}_number`) ?? '').trim(),
      expiresAt: String(form.get(`cert_${type}_expiresAt`) ?? ''),
    }))
    .filter((c) => c.number || c.expiresAt);
  return values;
}

export async function saveRegistrationAction(
  _prev: ActionResult<string[]> | null,
  form: FormData,
): Promise<ActionResult<string[]>> {
  const submit = form.get('intent') === 'submit';
  const input = registrationInput(form);
  const result = await runAction(async () => {
    const result = await saveRegistration(await currentActor(), input, submit);
    revalidatePath('/umkm', 'layout');
    return {
      message: submit
        ? 'Data usaha diajukan. Dinas akan memverifikasinya.'
        : 'Draf tersimpan. Anda dapat melanjutkan kapan saja.',
      data: describeDuplicateForOwner(result.duplicates.map((d) => d.field)),
    };
  });
  // Errors on certifications.N.field point at the form's cert_<TYPE>_<field> inputs.
  const certificates = input.certifications as { type: string }[];
  if (result.fieldErrors) {
    result.fieldErrors = Object.fromEntries(
      Object.entries(result.fieldErrors).map(([key, messages]) => {
        const match = key.match(/^certifications\.(\d+)\.(\w+)$/);
        return [match ? `cert_${certificates[Number(match[1])]?.type}_${match[2]}` : key, messages];
      }),
    );
  }
  return result;
}

export async function addPremisesPhotoAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await addPremisesPhoto(await currentActor(), form.get('photo') as File | null);
    revalidatePath('/umkm/profil');
    return { message: 'Foto tempat usaha diunggah.' };
  });
}

export async function removePremisesPhotoAction(form: FormData) {
  await quietly(async () => removePremisesPhoto(await currentActor(), String(form.get('photoId'))));
  revalidatePath('/umkm/profil');
}
