// An amount in Indonesian words (terbilang), as official letters print it under a total:
// 3_512_000n → "tiga juta lima ratus dua belas ribu rupiah".

const ones = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const scales = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];

/** 0..999 in words; "se-" forms for one hundred and the teens/tens of one. */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(`${ones[hundreds]} ratus`);
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(`${ones[rest - 10]} belas`);
  else if (rest >= 20) words.push(`${ones[Math.floor(rest / 10)]} puluh`, ones[rest % 10]);
  else words.push(ones[rest]);
  return words.filter(Boolean).join(' ');
}

/** Whole Rupiah in words, ending in "rupiah"; "nol rupiah" for zero. */
export function terbilang(amount: bigint | number): string {
  let n = BigInt(amount);
  if (n < 0n) return `minus ${terbilang(-n)}`;
  if (n === 0n) return 'nol rupiah';
  const groups: string[] = [];
  for (let scale = 0; n > 0n; scale++, n /= 1000n) {
    const group = Number(n % 1000n);
    if (group === 0) continue;
    if (scale >= scales.length) throw new RangeError('amount too large to write in words');
    // "seribu", not "satu ribu"; but "satu juta".
    const words = scale === 1 && group === 1 ? 'seribu' : `${belowThousand(group)} ${scales[scale]}`.trim();
    groups.unshift(words);
  }
  return `${groups.join(' ')} rupiah`;
}
