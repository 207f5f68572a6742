'use client';
import { addPremisesPhotoAction, removePremisesPhotoAction } from './actions';
import { PhotoUploadForm } from '@/app/components/photo-upload-form';
import { useT } from '@/app/components/locale-provider';

export function PremisesPhotos({
  photos,
  editable,
}: {
  photos: { id: string; asset: { key: string } }[];
  editable: boolean;
}) {
  const t = useT();
  return (
    <section className="card space-y-3">
      <h2 className="text-lg font-semibold">{t('Foto tempat usaha')}</h2>
      <ul className="flex flex-wrap gap-3" data-testid="premises-photos">
        {photos.map((p) => (
          <li key={p.id} className="space-y-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- pre-sized WebP variant */}
            <img
              src={`/api/uploads/${p.asset.key}-400.webp`}
              alt={t('Foto tempat usaha')}
              width={160}
              height={120}
              className="h-28 w-40 rounded object-cover"
            />
            {editable && (
              <form action={removePremisesPhotoAction}>
                <input type="hidden" name="photoId" value={p.id} />
                <button type="submit" className="text-sm text-red-700 underline">
                  {t('Hapus')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {editable && <PhotoUploadForm id="premises-photo" action={addPremisesPhotoAction} />}
    </section>
  );
}
