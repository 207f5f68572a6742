import { describe, expect, it } from 'vitest';
import { terbilang } from '@/lib/format/terbilang';

describe('terbilang', () => {
  it.each([
    [0n, 'nol rupiah'],
    [1n, 'satu rupiah'],
    [11n, 'sebelas rupiah'],
    [19n, 'sembilan belas rupiah'],
    [100n, 'seratus rupiah'],
    [1_000n, 'seribu rupiah'],
    [1_100n, 'seribu seratus rupiah'],
    [21_000n, 'dua puluh satu ribu rupiah'],
    [111_000n, 'seratus sebelas ribu rupiah'],
    [1_000_000n, 'satu juta rupiah'],
    [3_512_000n, 'tiga juta lima ratus dua belas ribu rupiah'],
    [7_890_000n, 'tujuh juta delapan ratus sembilan puluh ribu rupiah'],
    [2_000_000_010n, 'dua miliar sepuluh rupiah'],
    [1_250_000_000_000n, 'satu triliun dua ratus lima puluh miliar rupiah'],
  ])('%s → %s', (amount, words) => {
    expect(terbilang(amount)).toBe(words);
  });
});
