'use server';
import { revalidatePath } from 'next/cache';
import { expireSharedTags } from '@/lib/page-cache/expiry';
import { currentActor } from '@/lib/auth/actor';
import { addNeed, createEvent } from '@/lib/procurement/events';
import { awardQuote, cancelRfq, directOrder, sendRfq, submitQuote } from '@/lib/procurement/ordering';
import { advanceOrder, type OrderStep } from '@/lib/procurement/orders';
import { formObject, runAction, runActionThenRedirect, type ActionResult } from '@/lib/server/action';

export async function createEventAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const id = (await createEvent(await currentActor(), formObject(form))).id;
    return `/opd/kegiatan/${id}`;
  });
}

export async function addNeedAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const eventId = String(form.get('eventId'));
    await addNeed(await currentActor(), eventId, formObject(form));
    revalidatePath(`/opd/kegiatan/${eventId}`);
    return { message: 'Kebutuhan ditambahkan.' };
  });
}

export async function sendRfqAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const needId = String(form.get('needId'));
    await sendRfq(await currentActor(), needId, {
      msmeIds: form.getAll('msmeIds').map(String),
      deadline: form.get('deadline'),
    });
    revalidatePath(`/opd/kebutuhan/${needId}`);
    return { message: 'Permintaan penawaran dikirim ke UMKM terpilih.' };
  });
}

export async function directOrderAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const id = (await directOrder(await currentActor(), String(form.get('needId')), formObject(form))).id;
    return `/pengadaan/pesanan/${id}`;
  });
}

export async function submitQuoteAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    await submitQuote(
      await currentActor(),
      String(form.get('rfqId')),
      formObject(form),
      form.get('samplePhoto') as File | null,
    );
    revalidatePath('/umkm/pengadaan');
    return { message: 'Penawaran terkirim.' };
  });
}

export async function awardAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const id = (await awardQuote(await currentActor(), String(form.get('quoteId')))).id;
    return `/pengadaan/pesanan/${id}`;
  });
}

export async function advanceOrderAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('orderId'));
    const { message } = await advanceOrder(
      await currentActor(),
      id,
      String(form.get('step')) as OrderStep,
      formObject(form),
    );
    revalidatePath(`/pengadaan/pesanan/${id}`);
    expireSharedTags(['procurement']);
    return { message };
  });
}

export async function cancelRfqAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const rfqId = String(form.get('rfqId'));
    await cancelRfq(await currentActor(), rfqId, formObject(form));
    revalidatePath('/opd/kegiatan', 'layout');
    return { message: 'Permintaan penawaran dibatalkan.' };
  });
}
