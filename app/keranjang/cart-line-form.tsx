'use client';
import { updateCartAction } from './actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { useFormAction } from '@/app/components/use-form-action';

export function CartLineForm({
  productId,
  quantity,
  min,
}: {
  productId: string;
  quantity: number;
  min: number;
}) {
  const [state, onSubmit, pending] = useFormAction(updateCartAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2" noValidate>
      <input type="hidden" name="productId" value={productId} />
      <label className="sr-only" htmlFor={`qty-${productId}`}>
        {t('Jumlah')}
      </label>
      <input
        id={`qty-${productId}`}
        name="quantity"
        type="number"
        min={min}
        defaultValue={quantity}
        className="input w-20"
      />
      <button
        type="submit"
        name="intent"
        value="update"
        className="btn-secondary px-2 py-1 text-sm"
        disabled={pending}
      >
        {t('Ubah')}
      </button>
      <button
        type="submit"
        name="intent"
        value="remove"
        className="text-sm text-red-700 underline"
        disabled={pending}
      >
        {t('Hapus')}
      </button>
      {state && !state.ok && (
        <>
          <FieldError state={state} name="quantity" />
          <FormMessage state={state} />
        </>
      )}
    </form>
  );
}
