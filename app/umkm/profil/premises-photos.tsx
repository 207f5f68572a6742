'use client';
import { addPremisesPhotoAction, removePremisesPhotoAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';

export function PremisesPhotos({ photos, editable }: { photos: { id: string; asset: { key: string } }[]; editable: boolean }) {
  const [state, onSubmit, pending] = useFormAction(addPremisesPhotoAction);
  return (
    <section className="card space-y-3">
      <h2 className="text-lg font-semibold">Foto tempat usaha</h2>
      <ul className="flex flex-wrap gap-3" data-testid="premises-photos">
        {photos.map((p) => (
          <li key={p.id} className="space-y-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- pre-sized WebP variant */}
            <img src={`/api/uploads/${p.asset.key}-400.webp`} alt="Foto tempat usaha" width={160} height={120} className="h-28 w-40 rounded object-cover" />
            {editable && (
              <form action={removePremisesPhotoAction}>
                <input type="hidden" name="photoId" value={p.id} />
                <button type="submit" className="text-sm text-red-700 underline">Hapus</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
          <div>
            <label htmlFor="premises-photo" className="label">Tambah foto (JPEG/PNG/WebP, maks. 5 MB)</label>
            <input id="premises-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" className="text-sm" />
            <FieldError state={state} name="photo" />
          </div>
          <button type="submit" className="btn-secondary" disabled={pending}>Unggah</button>
          <FormMessage state={state} />
        </form>
      )}
    </section>
  );
}
