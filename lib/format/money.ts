/** Rupiah as shown everywhere in the UI: "Rp 45.000" (integer Rupiah; no decimals). */
export function formatRupiah(amount: number | bigint) {
  const value = typeof amount === 'bigint' ? amount : BigInt(Math.round(amount));
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp ${digits}`;
}
