'use client';
import { createProductAction, updateProductAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';
import { units } from '@/lib/catalog/units';

type Product = {
  id: string;
  name: string;
  description: string;
  categoryId: string;
  priceIdr: number;
  unit: string;
  minOrder: number;
  dailyCapacity: number | null;
  leadTimeDays: number;
  stock: number | null;
  halal: boolean;
};

export function ProductForm({
  categories,
  product,
}: {
  categories: { id: string; name: string }[];
  product?: Product;
}) {
  const [state, onSubmit, pending] = useFormAction(product ? updateProductAction : createProductAction);
  const t = useT();
  const field = (
    name: keyof Product,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) => (
    <div>
      <label htmlFor={name} className="label">
        {t(label)}
      </label>
      <input
        id={name}
        name={name}
        defaultValue={product ? String(product[name] ?? '') : ''}
        className="input"
        aria-describedby={`${name}-error`}
        {...props}
      />
      {hint && <p className="mt-1 text-xs text-slate-600">{t(hint)}</p>}
      <FieldError state={state} name={name} />
    </div>
  );
  return (
    <form onSubmit={onSubmit} className="card grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {product && <input type="hidden" name="id" value={product.id} />}
      <div className="sm:col-span-2">{field('name', 'Nama produk')}</div>
      <div className="sm:col-span-2">
        <label htmlFor="description" className="label">
          {t('Deskripsi')}
        </label>
        <textarea
          id="description"
          name="description"
          rows={4}
          defaultValue={product?.description ?? ''}
          className="input"
        />
        <FieldError state={state} name="description" />
      </div>
      <div>
        <label htmlFor="categoryId" className="label">
          {t('Kategori')}
        </label>
        <select id="categoryId" name="categoryId" defaultValue={product?.categoryId ?? ''} className="input">
          <option value="">{t('— pilih —')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError state={state} name="categoryId" />
      </div>
      {field('priceIdr', 'Harga (Rupiah)', { inputMode: 'decimal', placeholder: '35.000' })}
      <div>
        <label htmlFor="unit" className="label">
          {t('Satuan')}
        </label>
        <select id="unit" name="unit" defaultValue={product?.unit ?? 'pcs'} className="input">
          {units.map((u) => (
            <option key={u} value={u}>
              {t(u)}
            </option>
          ))}
        </select>
        <FieldError state={state} name="unit" />
      </div>
      {field('minOrder', 'Minimum pesanan', { inputMode: 'numeric', defaultValue: product?.minOrder ?? 1 })}
      {field('dailyCapacity', 'Kapasitas per hari (wajib untuk katering)', { inputMode: 'numeric' })}
      {field('leadTimeDays', 'Waktu persiapan (hari)', {
        inputMode: 'numeric',
        defaultValue: product?.leadTimeDays ?? 0,
      })}
      {field(
        'stock',
        'Stok siap jual',
        { inputMode: 'numeric' },
        'Kosongkan untuk produk yang dibuat sesuai pesanan.',
      )}
      <div className="flex items-start gap-2 pt-6">
        <input
          id="halal"
          name="halal"
          type="checkbox"
          defaultChecked={product?.halal ?? false}
          className="mt-1"
        />
        <div>
          <label htmlFor="halal" className="font-medium">
            {t('Produk halal')}
          </label>
          <p className="text-xs text-slate-600">
            {t('Memerlukan sertifikat halal yang masih berlaku di profil usaha.')}
          </p>
          <FieldError state={state} name="halal" />
        </div>
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="btn" disabled={pending}>
          {t(product ? 'Simpan perubahan' : 'Simpan sebagai draf')}
        </button>
      </div>
    </form>
  );
}
