import 'server-only';
import type { Tx } from '@/lib/db/client';
import { DomainError } from '@/lib/server/action';
import { dateOnlyToDb } from '@/lib/format/date-only';
import { formatPercentBp } from '@/lib/format/percent-input';
import { expectedWithholding, paymentAmounts, withholdingLabel, type Withholding } from './tax';

type TaxRuleRow = {
  code: string;
  name: string;
  rateBp: number | null;
  rateWithoutNpwpBp: number | null;
  exemptUpToIdr: bigint | null;
  regulation: string;
};

/** The order facts the taxes depend on, read in the caller's transaction. */
export async function taxFacts(tx: Tx, orderId: string, onDate: string) {
  const order = await tx.procurementOrder.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      totalIdr: true,
      acceptedTotalIdr: true,
      need: { select: { kind: true } },
      opd: { select: { npwp: true } },
      msme: {
        select: {
          npwp: true,
          certifications: {
            where: {
              type: 'PP55',
              OR: [{ expiresAt: null }, { expiresAt: { gte: dateOnlyToDb(onDate) } }],
            },
            select: { number: true },
            take: 1,
          },
        },
      },
    },
  });
  const rules = await tx.taxRule.findMany();
  const pp55 = order.msme.certifications[0]?.number ?? null;
  return {
    grossIdr: order.acceptedTotalIdr ?? order.totalIdr,
    needKind: order.need?.kind ?? null,
    opdNpwp: order.opd.npwp,
    msmeNpwp: order.msme.npwp,
    pp55Number: pp55,
    expected: expectedWithholding(order.need?.kind ?? null, pp55 !== null),
    rules: Object.fromEntries(rules.map((r) => [r.code, r])) as Record<string, TaxRuleRow | undefined>,
  };
}

export type TaxFacts = Awaited<ReturnType<typeof taxFacts>>;

/**
 * Checks the OPD's choice against the law and computes every amount. A choice that does not apply
 * is refused with the rule that decides it, on the field it concerns.
 */
export function planPayment(facts: TaxFacts, choice: { ppnRate: number; withholding: Withholding }) {
  if (choice.ppnRate !== 0 && choice.ppnRate !== 1100 && choice.ppnRate !== 1200)
    throw new DomainError(
      'Tarif PPN yang berlaku 11% (atau 12% untuk barang mewah). Isi 0 bila UMKM bukan PKP.',
      { ppnRate: ['Tarif PPN yang berlaku 11% (atau 12% untuk barang mewah). Isi 0 bila UMKM bukan PKP.'] },
      422,
    );
  if (choice.withholding === 'PP55' && !facts.pp55Number)
    throw new DomainError(
      'UMKM tidak memiliki Surat Keterangan PP 55/2022 yang berlaku pada tanggal bayar.',
      { withholding: ['UMKM tidak memiliki Surat Keterangan PP 55/2022 yang berlaku pada tanggal bayar.'] },
      422,
    );
  if (facts.expected && choice.withholding !== facts.expected) {
    const message =
      facts.expected === 'PP55'
        ? `UMKM memiliki Surat Keterangan PP 55/2022 (${facts.pp55Number}) yang berlaku: PPh tidak dipotong.`
        : choice.withholding === 'PP55'
          ? 'UMKM tidak memiliki Surat Keterangan PP 55/2022 yang berlaku pada tanggal bayar.'
          : `Pesanan ini ${facts.needKind === 'GOODS' ? 'barang' : 'jasa katering'}: yang berlaku ${withholdingLabel[facts.expected]}.`;
    throw new DomainError(message, { withholding: [message] }, 422);
  }
  const plan = paymentAmounts(
    facts.grossIdr,
    choice.ppnRate,
    choice.withholding,
    facts.rules,
    !!facts.msmeNpwp,
  );
  if (plan.netIdr <= 0n)
    throw new DomainError('Nilai yang diterima UMKM harus lebih dari Rp 0.', undefined, 422);
  return plan;
}

/**
 * How a payment's taxes read on the page and the payment record: a phrase to translate and the
 * regulation it rests on (a citation, kept as written).
 */
export function taxLines(
  facts: Pick<TaxFacts, 'rules'>,
  payment: { ppnRateBp: number; withholding: Withholding; pphRateBp: number },
) {
  const pph = facts.rules[payment.withholding];
  return {
    ppn:
      payment.ppnRateBp > 0
        ? { text: `PPN ${formatPercentBp(payment.ppnRateBp)}`, regulation: facts.rules.PPN?.regulation ?? '' }
        : { text: 'PPN tidak dipungut (UMKM bukan PKP)', regulation: '' },
    pph:
      payment.withholding === 'PP55'
        ? { text: 'PPh tidak dipotong (SK PP 55/2022)', regulation: pph?.regulation ?? '' }
        : {
            text: `${payment.withholding === 'PPH22' ? 'PPh 22' : 'PPh 23'} ${formatPercentBp(payment.pphRateBp)}`,
            regulation: pph?.regulation ?? '',
          },
  };
}
