'use server';
import { revalidatePath } from 'next/cache';
import { currentActor } from '@/lib/auth/actor';
import {
  addProductPhoto,
  createProduct,
  removeProductPhoto,
  setProductStatus,
  updateProduct,
} from '@/lib/catalog/owner-products';
import {
  formObject,
  quietly,
  runAction,
  runActionThenRedirect,
  type ActionResult,
} from '@/lib/server/action';

export async function createProductAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runActionThenRedirect(async () => {
    const id = (await createProduct(await currentActor(), formObject(form))).id;
    return `/umkm/produk/${id}?baru=1`;
  });
}

export async function updateProductAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('id'));
    await updateProduct(await currentActor(), id, formObject(form));
    revalidatePath(`/umkm/produk/${id}`);
    return { message: 'Perubahan produk disimpan.' };
  });
}

const NOT_YET_LIVE =
  'Produk siap tayang, tetapi belum terlihat di katalog: usaha Anda belum diverifikasi Dinas. Produk muncul otomatis begitu verifikasi disetujui (biasanya 1–3 hari kerja setelah pendaftaran diajukan).';

export async function setProductStatusAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('id'));
    const status = String(form.get('status'));
    const { live } = await setProductStatus(await currentActor(), id, status);
    revalidatePath(`/umkm/produk/${id}`);
    revalidatePath('/umkm/produk');
    return {
      message:
        status === 'PUBLISHED'
          ? live
            ? 'Produk tayang di katalog.'
            : NOT_YET_LIVE
          : status === 'ARCHIVED'
            ? 'Produk diarsipkan.'
            : 'Produk dikembalikan ke draf.',
    };
  });
}

export async function addProductPhotoAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const id = String(form.get('id'));
    await addProductPhoto(await currentActor(), id, form.get('photo') as File | null);
    revalidatePath(`/umkm/produk/${id}`);
    return { message: 'Foto produk diunggah.' };
  });
}

export async function removeProductPhotoAction(form: FormData) {
  const id = String(form.get('id'));
  await quietly(async () => removeProductPhoto(await currentActor(), id, String(form.get('imageId'))));
  revalidatePath(`/umkm/produk/${id}`);
}
