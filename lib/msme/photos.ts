import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { audit } from '@/lib/audit/audit';
import { DomainError } from '@/lib/server/action';
import { storeImage } from '@/lib/uploads/images';

export const MAX_PREMISES_PHOTOS = 8;

async function ownMsme(actor: Actor | null) {
  const owner = authorize(actor, ['MSME_OWNER']);
  const msme = await db.msme.findUnique({
    where: { ownerUserId: owner.id },
    select: { id: true, _count: { select: { photos: true } } },
  });
  if (!msme) throw new DomainError('Simpan data usaha sebagai draf terlebih dahulu.', undefined, 409);
  return { owner, msme };
}

/** A photo of the premises, part of the registration the Dinas reviews. */
export async function addPremisesPhoto(actor: Actor | null, file: File | null) {
  const { owner, msme } = await ownMsme(actor);
  if (msme._count.photos >= MAX_PREMISES_PHOTOS)
    throw new DomainError(
      `Paling banyak ${MAX_PREMISES_PHOTOS} foto tempat usaha.`,
      { photo: [`Paling banyak ${MAX_PREMISES_PHOTOS} foto.`] },
      422,
    );
  const asset = await storeImage(file, owner.id);
  await db.$transaction(async (tx) => {
    await tx.msmePhoto.create({ data: { msmeId: msme.id, assetId: asset.id, position: msme._count.photos } });
    await audit(tx, owner, {
      action: 'msme.photo.add',
      entityType: 'Msme',
      entityId: msme.id,
      after: { asset: asset.key },
    });
  });
}

export async function removePremisesPhoto(actor: Actor | null, photoId: string) {
  const { owner, msme } = await ownMsme(actor);
  await db.$transaction(async (tx) => {
    const removed = await tx.msmePhoto.deleteMany({ where: { id: photoId, msmeId: msme.id } });
    if (removed.count === 0) throw new DomainError('Foto tidak ditemukan.', undefined, 404);
    await audit(tx, owner, {
      action: 'msme.photo.remove',
      entityType: 'Msme',
      entityId: msme.id,
      before: { photoId },
    });
  });
}
