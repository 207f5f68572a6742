'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import { createProgram, setOverlapWindow, updateProgram } from '@/lib/programs/programs';
import {
  applyToProgram,
  decideApplication,
  dismissOverlap,
  nominate,
  overrideOverlap,
} from '@/lib/programs/enrolment';
import { addSession, recordAttendance, recordDelivery } from '@/lib/programs/delivery';
import { decideDuplicate } from '@/lib/programs/duplicates';
import { getPhrases } from '@/lib/i18n/server';
import {
  DomainError,
  formObject,
  runAction,
  runActionThenRedirect,
  type ActionResult,
} from '@/lib/server/action';

// Thin: each action reads the form, calls lib/programs (which authorizes), and refreshes the pages
// that show the change.
const home = (form: FormData) => (form.get('base') === '/opd/program' ? '/opd/program' : '/dinas/program');
const refresh = (form: FormData, programId?: string) => {
  revalidatePath(home(form));
  if (programId) revalidatePath(`${home(form)}/${programId}`);
  revalidatePath('/umkm/program');
  revalidatePath('/umkm');
  revalidatePath('/dinas/cakupan');
};
const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const all = (form: FormData, name: string) => form.getAll(name).map(String);

export async function createProgramAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const input = {
      ...formObject(form),
      eligibleSizes: all(form, 'eligibleSizes'),
      eligibleCategoryIds: all(form, 'eligibleCategoryIds'),
      eligibleKecamatanCodes: all(form, 'eligibleKecamatanCodes'),
    };
    const { id } = await createProgram(await currentActor(), input);
    refresh(form);
    return `${home(form)}/${id}`;
  });
}

export async function updateProgramAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const programId = text(form, 'programId');
    await updateProgram(await currentActor(), programId, {
      ...formObject(form),
      eligibleSizes: all(form, 'eligibleSizes'),
      eligibleCategoryIds: all(form, 'eligibleCategoryIds'),
      eligibleKecamatanCodes: all(form, 'eligibleKecamatanCodes'),
    });
    refresh(form, programId);
    return { message: 'Program diperbarui.' };
  });
}

export async function nominateAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const programId = text(form, 'programId');
    if (!programId) throw new DomainError('Pilih program.', { programId: ['Pilih program.'] }, 422);
    const { admitted } = await nominate(await currentActor(), programId, {
      msmeIds: all(form, 'msmeIds'),
      cooperativeIds: all(form, 'cooperativeIds'),
      nibs: text(form, 'nibs'),
      note: text(form, 'note'),
    });
    refresh(form, programId);
    const t = await getPhrases();
    return { message: t('{count} penerima ditambahkan.', { count: admitted }) };
  });
}

export async function decideApplicationAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const decision = text(form, 'decision');
    await decideApplication(await currentActor(), text(form, 'entryId'), {
      decision,
      reason: text(form, 'reason'),
    });
    refresh(form, text(form, 'programId'));
    return {
      message:
        decision === 'ACCEPT' ? 'Pengajuan diterima.' : 'Pengajuan ditolak; alasan dikirim ke pemilik.',
    };
  });
}

export async function overrideOverlapAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await overrideOverlap(await currentActor(), text(form, 'checkId'), formObject(form));
    refresh(form);
    revalidatePath('/dinas/audit');
    return { message: 'Pengecualian dicatat di log audit; bantuan diberikan.' };
  });
}

export async function dismissOverlapAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await dismissOverlap(await currentActor(), text(form, 'checkId'));
    refresh(form);
    return { message: 'Ditutup tanpa bantuan.' };
  });
}

export async function addSessionAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const programId = text(form, 'programId');
    await addSession(await currentActor(), programId, formObject(form));
    refresh(form, programId);
    return { message: 'Sesi ditambahkan.' };
  });
}

export async function recordAttendanceAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const { present, absent } = await recordAttendance(await currentActor(), text(form, 'sessionId'), {
      present: all(form, 'present'),
    });
    refresh(form, text(form, 'programId'));
    const t = await getPhrases();
    return { message: t('Kehadiran tersimpan: {present} hadir, {absent} tidak hadir.', { present, absent }) };
  });
}

export async function recordDeliveryAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await recordDelivery(await currentActor(), text(form, 'beneficiaryId'), formObject(form));
    refresh(form, text(form, 'programId'));
    return { message: 'Penyerahan tercatat.' };
  });
}

export async function setOverlapWindowAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await setOverlapWindow(await currentActor(), formObject(form));
    refresh(form);
    return { message: 'Jendela tumpang tindih disimpan.' };
  });
}

export async function applyToProgramAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await applyToProgram(await currentActor(), text(form, 'programId'), formObject(form));
    revalidatePath('/umkm/program');
    return { message: 'Pengajuan terkirim. Anda akan melihat keputusannya di halaman ini.' };
  });
}

export async function decideDuplicateAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    await decideDuplicate(await currentActor(), formObject(form));
    revalidatePath('/dinas/program/duplikat');
    return { message: 'Keputusan tersimpan.' };
  });
}
