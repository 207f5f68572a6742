'use client';
import { directOrderAction, sendRfqAction } from '@/app/pengadaan/actions';
import { FieldError, FormMessage } from '@/app/components/form-feedback';
import { useFormAction } from '@/app/components/use-form-action';
import { formatRupiah } from '@/lib/format/money';
import { useT } from '@/app/components/locale-provider';

type Candidate = {
  msmeId: string;
  msmeName: string;
  kecamatan: string | null;
  fits: boolean;
  failedRule: string | null;
  reason: string | null;
  awardsLast12Months: number;
  everWon: boolean;
  product: {
    id: string;
    name: string;
    priceIdr: number;
    unit: string;
    dailyCapacity: number | null;
    leadTimeDays: number;
    halal: boolean;
  };
};

export function CandidateForms({
  needId,
  quantity,
  candidates,
}: {
  needId: string;
  quantity: number;
  candidates: Candidate[];
}) {
  const [rfqState, onRfq, rfqPending] = useFormAction(sendRfqAction);
  const [orderState, onOrder, orderPending] = useFormAction(directOrderAction);
  const t = useT();
  return (
    <div className="space-y-4">
      <form onSubmit={onRfq} className="card space-y-3" noValidate>
        <input type="hidden" name="needId" value={needId} />
        <FormMessage state={rfqState} />
        <table className="w-full text-sm" data-testid="candidates">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th className="p-2">{t('Pilih')}</th>
              <th className="p-2">{t('UMKM')}</th>
              <th className="p-2">{t('Produk')}</th>
              <th className="p-2">{t('Harga')}</th>
              <th className="p-2">{t('Kapasitas / persiapan')}</th>
              <th className="p-2">{t('Menang 12 bln')}</th>
              <th className="p-2">{t('Pernah menang')}</th>
            </tr>
          </thead>
          <tbody>
            {candidates.map((c) => (
              <tr
                key={c.msmeId}
                className={`border-t ${c.fits ? '' : 'text-slate-500'}`}
                data-testid="candidate"
              >
                <td className="p-2">
                  <input
                    type="checkbox"
                    name="msmeIds"
                    value={c.msmeId}
                    disabled={!c.fits}
                    aria-label={t('Pilih {msme}', { msme: c.msmeName })}
                  />
                </td>
                <td className="p-2">
                  {c.msmeName}
                  <span className="block text-xs">{c.kecamatan}</span>
                </td>
                <td className="p-2">
                  {c.product.name}
                  {c.product.halal ? ' · halal' : ''}
                </td>
                <td className="p-2">
                  {formatRupiah(c.product.priceIdr)} / {c.product.unit}
                </td>
                <td className="p-2">
                  {c.product.dailyCapacity ?? '∞'} / {t('{days} hari', { days: c.product.leadTimeDays })}
                  {c.reason ? (
                    <span className="block text-red-800">
                      {t('Tidak sanggup: {reason}', { reason: t(c.reason) })}
                    </span>
                  ) : null}
                </td>
                <td className="p-2" data-testid="awards">
                  {c.awardsLast12Months}
                </td>
                <td className="p-2">{c.everWon ? t('Ya') : t('Belum pernah')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <FieldError state={rfqState} name="msmeIds" />
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="deadline" className="label">
              {t('Batas penawaran (WIB)')}
            </label>
            <input id="deadline" name="deadline" type="datetime-local" className="input" />
            <FieldError state={rfqState} name="deadline" />
          </div>
          <button type="submit" className="btn" disabled={rfqPending}>
            {t('Kirim permintaan penawaran')}
          </button>
        </div>
      </form>
      <form onSubmit={onOrder} className="card flex flex-wrap items-end gap-3" noValidate>
        <h2 className="w-full text-lg font-semibold">{t('Atau pesan langsung dari katalog')}</h2>
        <input type="hidden" name="needId" value={needId} />
        <div>
          <label htmlFor="productId" className="label">
            {t('Produk')}
          </label>
          <select id="productId" name="productId" className="input" aria-describedby="productId-error">
            {candidates
              .filter((c) => c.fits)
              .map((c) => (
                <option key={c.product.id} value={c.product.id}>
                  {c.msmeName} — {c.product.name} ({formatRupiah(c.product.priceIdr)})
                </option>
              ))}
          </select>
          <FieldError state={orderState} name="productId" />
          {!candidates.some((c) => c.fits) && (
            <p className="text-sm text-amber-900" data-testid="no-fitting-product">
              {t(
                'Belum ada UMKM yang sanggup memenuhi kebutuhan ini tepat waktu. Ubah jumlah atau tanggal pengantaran, atau kirim permintaan penawaran.',
              )}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="quantity" className="label">
            {t('Jumlah')}
          </label>
          <input
            id="quantity"
            name="quantity"
            defaultValue={quantity}
            inputMode="numeric"
            className="input w-28"
          />
          <FieldError state={orderState} name="quantity" />
        </div>
        <button
          type="submit"
          className="btn-secondary"
          disabled={orderPending || !candidates.some((c) => c.fits)}
        >
          {t('Buat Surat Pesanan')}
        </button>
        <div className="w-full">
          <FormMessage state={orderState} />
        </div>
      </form>
    </div>
  );
}
