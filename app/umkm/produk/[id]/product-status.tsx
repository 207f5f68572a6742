'use client';
import Link from 'next/link';
import { setProductStatusAction } from '../actions';
import { FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { useT } from '@/app/components/locale-provider';

const label = { DRAFT: 'Draf', PUBLISHED: 'Tayang di katalog', ARCHIVED: 'Diarsipkan' } as const;

export function ProductStatus({
  id,
  status,
  slug,
  businessVerified,
}: {
  id: string;
  status: keyof typeof label;
  slug: string;
  businessVerified: boolean;
}) {
  const waiting = status === 'PUBLISHED' && !businessVerified;
  const [state, onSubmit, pending] = useFormAction(setProductStatusAction);
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="card flex flex-wrap items-center gap-3">
      <input type="hidden" name="id" value={id} />
      <span>
        {t('Status:')}{' '}
        <strong data-testid="product-status">
          {t(waiting ? 'Siap tayang, menunggu verifikasi usaha' : label[status])}
        </strong>
      </span>
      {status !== 'PUBLISHED' && (
        <button type="submit" name="status" value="PUBLISHED" className="btn" disabled={pending}>
          {t('Tayangkan')}
        </button>
      )}
      {status === 'PUBLISHED' && businessVerified && (
        <Link href={`/products/${slug}`} className="underline">
          {t('Lihat di katalog')}
        </Link>
      )}
      {status !== 'DRAFT' && (
        <button type="submit" name="status" value="DRAFT" className="btn-secondary" disabled={pending}>
          {t('Jadikan draf')}
        </button>
      )}
      {status !== 'ARCHIVED' && (
        <button type="submit" name="status" value="ARCHIVED" className="btn-secondary" disabled={pending}>
          {t('Arsipkan')}
        </button>
      )}
      {waiting && (
        <p className="w-full text-sm text-slate-700" data-testid="not-live-yet">
          {t(
            'Produk ini belum terlihat di katalog karena usaha Anda belum diverifikasi Dinas. Begitu verifikasi disetujui, produk langsung tampil tanpa perlu ditayangkan ulang.',
          )}
        </p>
      )}
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
