'use client';
import { useState } from 'react';
import { FieldError } from '@/app/components/form-feedback';
import { useT } from '@/app/components/locale-provider';
import { formatRupiah } from '@/lib/format/money';
import { formatPercentBp, readPercent } from '@/lib/format/percent-input';
import { paymentAmounts, withholdingLabel, type PphRule, type Withholding } from '@/lib/procurement/tax';
import type { ActionResult } from '@/lib/server/action';

export type PaymentTaxes = {
  grossIdr: number;
  expected: Withholding | null;
  opdNpwp: string;
  hasMsmeNpwp: boolean;
  pp55Number: string | null;
  rules: Partial<Record<Withholding, PphRule>>;
};

/**
 * The OPD picks what applies (PPN rate, withholding); the amounts are computed as it types, with
 * the same function the server uses to record them.
 */
export function PaymentFields({ taxes, state }: { taxes: PaymentTaxes; state: ActionResult | null }) {
  const t = useT();
  const [ppnText, setPpnText] = useState('0');
  const [withholding, setWithholding] = useState<Withholding>(taxes.expected ?? 'PPH22');
  const ppnRate = readPercent(ppnText);
  const amounts =
    ppnRate === null
      ? null
      : paymentAmounts(BigInt(taxes.grossIdr), ppnRate, withholding, taxes.rules, taxes.hasMsmeNpwp);
  return (
    <>
      <label className="label" htmlFor="opdNpwp">
        {t('NPWP bendahara OPD')}
      </label>
      <input
        id="opdNpwp"
        name="opdNpwp"
        className="input"
        inputMode="numeric"
        defaultValue={taxes.opdNpwp}
        aria-describedby="opdNpwp-error"
      />
      <FieldError state={state} name="opdNpwp" />
      <label className="label" htmlFor="ppnRate">
        {t('Tarif PPN (%) — 0 bila UMKM bukan PKP')}
      </label>
      <input
        id="ppnRate"
        name="ppnRate"
        className="input"
        inputMode="decimal"
        value={ppnText}
        onChange={(e) => setPpnText(e.target.value)}
        aria-describedby="ppnRate-error"
      />
      <FieldError state={state} name="ppnRate" />
      <label className="label" htmlFor="withholding">
        {t('Potongan PPh')}
      </label>
      <select
        id="withholding"
        name="withholding"
        className="input"
        value={withholding}
        onChange={(e) => setWithholding(e.target.value as Withholding)}
        aria-describedby="withholding-error"
      >
        {(['PPH22', 'PPH23', 'PP55'] as const).map((code) => (
          <option key={code} value={code}>
            {t(withholdingLabel[code])}
            {code === taxes.expected ? ` — ${t('yang berlaku')}` : ''}
          </option>
        ))}
      </select>
      <FieldError state={state} name="withholding" />
      {taxes.pp55Number && (
        <p className="text-sm">{t('UMKM memiliki SK PP 55/2022 {number}.', { number: taxes.pp55Number })}</p>
      )}
      {!taxes.hasMsmeNpwp && <p className="text-sm">{t('UMKM tanpa NPWP: tarif PPh 100% lebih tinggi.')}</p>}
      {amounts && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm" data-testid="tax-preview">
          <dt>{t('Nilai diterima (bruto)')}</dt>
          <dd>{formatRupiah(amounts.grossIdr)}</dd>
          <dt>{t('Dasar pengenaan pajak')}</dt>
          <dd>{formatRupiah(amounts.dppIdr)}</dd>
          <dt>{t('PPN')}</dt>
          <dd>
            {formatRupiah(amounts.ppnIdr)} ({formatPercentBp(amounts.ppnRateBp)})
          </dd>
          <dt>{t('PPh')}</dt>
          <dd>
            {formatRupiah(amounts.pphIdr)} ({formatPercentBp(amounts.pphRateBp)})
          </dd>
          <dt className="font-semibold">{t('Dibayarkan ke UMKM')}</dt>
          <dd className="font-semibold">{formatRupiah(amounts.netIdr)}</dd>
        </dl>
      )}
    </>
  );
}
