import { formatDateOnly } from '@/lib/format/date-only';
import type { Translate } from '@/lib/i18n/translate';

type OrderLike = {
  status: string;
  paidAt: Date | null;
  fulfilment: 'DELIVERY' | 'PICKUP';
  wantedOn: Date | null;
  deliveryAddress: string;
  checkout: { paymentMethod: string };
};

/** A bank-transfer order the buyer still has to pay. */
export const awaitsTransfer = (o: OrderLike) =>
  o.checkout.paymentMethod === 'BANK_TRANSFER' && !o.paidAt && o.status !== 'CANCELLED';

/** "Diantar 5 Des 2026 ke …" or "Diambil 5 Des 2026 di …". */
export function fulfilmentText(o: OrderLike, t: Translate) {
  const date = o.wantedOn ? formatDateOnly(o.wantedOn, t.locale) : '—';
  return o.fulfilment === 'PICKUP'
    ? t('Diambil {date} di {address}', { date, address: o.deliveryAddress })
    : t('Diantar {date} ke {address}', { date, address: o.deliveryAddress });
}
