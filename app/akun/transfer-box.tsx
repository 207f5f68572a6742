import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { getPhrases } from '@/lib/i18n/server';
import { ReceiptForm } from './receipt-form';

export type TransferInfo = {
  bankName: string;
  accountNumber: string;
  accountHolder: string;
  amountIdr: bigint;
  reference: string;
  deadline: Date | null;
};

/** Where and how much to transfer for one UMKM order; shown to that order's buyer only. */
export async function TransferBox({
  orderId,
  info,
  receiptUploadedAt,
}: {
  orderId: string;
  info: TransferInfo;
  receiptUploadedAt: Date | null;
}) {
  const t = await getPhrases();
  return (
    <div
      className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="transfer-box"
    >
      <p className="font-medium">{t('Transfer ke rekening UMKM')}</p>
      <dl className="grid gap-x-3 sm:grid-cols-[auto_1fr] [&_dt]:text-slate-600">
        <dt>{t('Bank')}</dt>
        <dd translate="no">{info.bankName}</dd>
        <dt>{t('Nomor rekening')}</dt>
        <dd className="font-mono" data-testid="transfer-account">
          {info.accountNumber}
        </dd>
        <dt>{t('Atas nama')}</dt>
        <dd translate="no">{info.accountHolder}</dd>
        <dt>{t('Jumlah tepat')}</dt>
        <dd className="font-semibold" data-testid="transfer-amount">
          {formatRupiah(info.amountIdr)}
        </dd>
        <dt>{t('Berita / referensi')}</dt>
        <dd className="font-mono" data-testid="transfer-reference">
          {info.reference}
        </dd>
        <dt>{t('Bayar sebelum')}</dt>
        <dd>{info.deadline ? formatWib(info.deadline, true, t.locale) : '—'}</dd>
      </dl>
      <p>
        {receiptUploadedAt
          ? t('Bukti transfer terkirim {date}; menunggu konfirmasi penjual.', {
              date: formatWib(receiptUploadedAt, true, t.locale),
            })
          : t('Tanpa transfer sampai batas waktu, pesanan dibatalkan dan stok dikembalikan.')}
      </p>
      <ReceiptForm orderId={orderId} uploaded={!!receiptUploadedAt} />
    </div>
  );
}
