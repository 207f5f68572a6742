'use client';
import Link from 'next/link';
import { setProductStatusAction } from '../actions';
import { FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';

const label = { DRAFT: 'Draf', PUBLISHED: 'Tayang di katalog', ARCHIVED: 'Diarsipkan' } as const;

export function ProductStatus({
  id,
  status,
  slug,
}: {
  id: string;
  status: keyof typeof label;
  slug: string;
}) {
  const [state, onSubmit, pending] = useFormAction(setProductStatusAction);
  return (
    <form onSubmit={onSubmit} className="card flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <span>
        Status: <strong data-testid="product-status">{label[status]}</strong>
      </span>
      {status !== 'PUBLISHED' && (
        <button type="submit" name="status" value="PUBLISHED" className="btn" disabled={pending}>
          Tayangkan
        </button>
      )}
      {status === 'PUBLISHED' && (
        <Link href={`/products/${slug}`} className="underline">
          Lihat di katalog
        </Link>
      )}
      {status !== 'DRAFT' && (
        <button type="submit" name="status" value="DRAFT" className="btn-secondary" disabled={pending}>
          Jadikan draf
        </button>
      )}
      {status !== 'ARCHIVED' && (
        <button type="submit" name="status" value="ARCHIVED" className="btn-secondary" disabled={pending}>
          Arsipkan
        </button>
      )}
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
