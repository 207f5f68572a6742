'use client';
import { addProductPhotoAction, removeProductPhotoAction } from '../actions';
import { PhotoUploadForm } from '@/app/components/photo-upload-form';
import { imageUrl } from '@/lib/catalog/image-url';
import { useT } from '@/app/components/locale-provider';

type Image = { id: string; url: string | null; alt: string; asset: { key: string } | null };

export function ProductPhotos({ id, images }: { id: string; images: Image[] }) {
  const t = useT();
  return (
    <section className="card space-y-3">
      <h2 className="text-lg font-semibold">{t('Foto produk ({count}/8)', { count: images.length })}</h2>
      <ul className="flex flex-wrap gap-3" data-testid="product-photos">
        {images.map((image) => (
          <li key={image.id} className="space-y-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- pre-sized WebP variant */}
            <img
              src={imageUrl(image, 400)}
              alt={image.alt}
              width={160}
              height={120}
              className="h-28 w-40 rounded object-cover"
            />
            <form action={removeProductPhotoAction}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="imageId" value={image.id} />
              <button type="submit" className="text-sm text-red-700 underline">
                {t('Hapus')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <PhotoUploadForm id="product-photo" action={addProductPhotoAction} hidden={{ id }} />
    </section>
  );
}
