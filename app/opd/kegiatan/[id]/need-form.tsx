'use client';
import { addNeedAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

export function NeedForm({
  eventId,
  categories,
}: {
  eventId: string;
  categories: { id: string; name: string }[];
}) {
  const [state, onSubmit, pending] = useFormAction(addNeedAction, { resetOnSuccess: true });
  const t = useT();
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <div>
      <label htmlFor={`need-${name}`} className="label">
        {label}
      </label>
      <input id={`need-${name}`} name={name} className="input" {...props} />
      <FieldError state={state} name={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="grid gap-3 border-t pt-3 sm:grid-cols-3" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <div>
        <label htmlFor="need-kind" className="label">
          {t('Jenis')}
        </label>
        <select id="need-kind" name="kind" className="input">
          <option value="CATERING">{t('Konsumsi (snack box, nasi kotak)')}</option>
          <option value="GOODS">{t('Barang')}</option>
        </select>
      </div>
      {field('description', t('Uraian kebutuhan'))}
      <div>
        <label htmlFor="need-categoryId" className="label">
          {t('Kategori produk')}
        </label>
        <select id="need-categoryId" name="categoryId" className="input" defaultValue="">
          <option value="">{t('Semua')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {field('quantity', t('Jumlah'), { inputMode: 'numeric' })}
      {field('unit', t('Satuan'), { defaultValue: 'kotak' })}
      {field('deliveryFrom', t('Antar mulai (WIB)'), { type: 'datetime-local' })}
      {field('deliveryTo', t('Antar paling lambat (WIB)'), { type: 'datetime-local' })}
      <div className="self-end">
        <button type="submit" className="btn" disabled={pending}>
          {t('Tambah kebutuhan')}
        </button>
      </div>
    </form>
  );
}
