'use client';
import { requestListingAction } from '@/app/kanal-actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function RequestListingForm({
  products,
  partners,
}: {
  products: { id: string; name: string }[];
  partners: { id: string; name: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(requestListingAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card flex flex-wrap items-end gap-3" noValidate>
      <h2 className="w-full font-semibold">{t('Minta Dinas memulai listing baru')}</h2>
      <div>
        <label htmlFor="productId" className="label">
          {t('Produk')}
        </label>
        <select id="productId" name="productId" className="input">
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="productId" />
      </div>
      <div>
        <label htmlFor="partnerId" className="label">
          {t('Mitra')}
        </label>
        <select id="partnerId" name="partnerId" className="input">
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="partnerId" />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {t('Minta listing')}
      </button>
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
