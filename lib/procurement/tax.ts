// Tax arithmetic for a government payment to an UMKM, pure so it can be tested on its own. The rates
// come from the TaxRule table (lib/procurement/taxes.ts), with the regulation named there.
// Decision 014: prices are PPN-inclusive; DPP = gross × 100/(100 + rate); PPh on the DPP.

export type Withholding = 'PPH22' | 'PPH23' | 'PP55';

export type TaxComputation = {
  grossIdr: bigint;
  dppIdr: bigint;
  ppnIdr: bigint;
  pphIdr: bigint;
  netIdr: bigint;
};

/** Splits an accepted, PPN-inclusive value into DPP, PPN, PPh withheld and what the UMKM receives. */
export function computeTaxes(grossIdr: bigint, ppnRateBp: number, pphRateBp: number): TaxComputation {
  const divisor = BigInt(10_000 + ppnRateBp);
  const dppIdr = ppnRateBp > 0 ? (grossIdr * 10_000n + divisor / 2n) / divisor : grossIdr;
  const ppnIdr = grossIdr - dppIdr;
  const pphIdr = (dppIdr * BigInt(pphRateBp)) / 10_000n; // rounded down, as the withholding slip
  return { grossIdr, dppIdr, ppnIdr, pphIdr, netIdr: grossIdr - ppnIdr - pphIdr };
}

export type PphRule = {
  rateBp: number | null;
  rateWithoutNpwpBp: number | null;
  exemptUpToIdr: bigint | number | null;
};

/** The PPh rate a rule gives: doubled without NPWP, none at or under its exemption, none for PP 55. */
export function pphRateOf(
  rule: PphRule | undefined,
  withholding: Withholding,
  hasNpwp: boolean,
  dppIdr: bigint,
) {
  if (withholding === 'PP55') return 0;
  if (!rule?.rateBp) throw new Error(`tax rule ${withholding} missing`);
  if (rule.exemptUpToIdr !== null && dppIdr <= BigInt(rule.exemptUpToIdr)) return 0;
  return hasNpwp ? rule.rateBp : (rule.rateWithoutNpwpBp ?? rule.rateBp);
}

/** Every amount of a payment, from the accepted value and the choices that apply. */
export function paymentAmounts(
  grossIdr: bigint,
  ppnRateBp: number,
  withholding: Withholding,
  rules: Partial<Record<Withholding, PphRule>>,
  hasNpwp: boolean,
) {
  const dppIdr = computeTaxes(grossIdr, ppnRateBp, 0).dppIdr;
  const pphRateBp = pphRateOf(rules[withholding], withholding, hasNpwp, dppIdr);
  return { ...computeTaxes(grossIdr, ppnRateBp, pphRateBp), ppnRateBp, pphRateBp };
}

/**
 * Which withholding the law gives: none for a holder of a PP 55/2022 certificate, PPh 22 for goods,
 * PPh 23 for services (catering). Null when the order has no need to tell goods from services.
 */
export function expectedWithholding(
  needKind: 'CATERING' | 'GOODS' | null,
  holdsPp55: boolean,
): Withholding | null {
  if (holdsPp55) return 'PP55';
  if (needKind === 'GOODS') return 'PPH22';
  if (needKind === 'CATERING') return 'PPH23';
  return null;
}

export const withholdingLabel: Record<Withholding, string> = {
  PPH22: 'PPh 22 (barang)',
  PPH23: 'PPh 23 (jasa, termasuk katering)',
  PP55: 'Tidak dipotong (Surat Keterangan PP 55/2022)',
};
