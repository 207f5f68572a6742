'use client';
import { addToCartAction } from '@/app/keranjang/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export function AddToCart({
  productId,
  minOrder,
  soldOut,
}: {
  productId: string;
  minOrder: number;
  soldOut: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(addToCartAction);
  const t = useT();
  if (soldOut) return <p className="font-medium text-red-800">{t('Stok habis.')}</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <div>
        <label htmlFor="quantity" className="label">
          {t('Jumlah')}
        </label>
        <input
          id="quantity"
          name="quantity"
          type="number"
          min={minOrder}
          defaultValue={minOrder}
          className="input w-28"
        />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {t('Tambah ke keranjang')}
      </button>
      {state?.ok && (
        <a href="/keranjang" className="text-brand-700 underline">
          {t('Lihat keranjang')}
        </a>
      )}
      <div className="w-full">
        <FieldError state={state} name="quantity" />
        <FormMessage state={state} />
      </div>
    </form>
  );
}
