import { describe, expect, it } from 'vitest';
import { formatRupiah } from '@/lib/format/money';
import { formatWib } from '@/lib/format/time';
import { slugify } from '@/lib/format/slug';

describe('formatRupiah', () => {
  it('writes integer Rupiah with dots between thousands', () => {
    expect(formatRupiah(45000)).toBe('Rp 45.000');
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(1_250_000_000n)).toBe('Rp 1.250.000.000');
    expect(formatRupiah(-5000)).toBe('-Rp 5.000');
  });
});

describe('formatWib', () => {
  it('shows UTC instants in Medan time (UTC+7)', () => {
    expect(formatWib(new Date('2026-11-27T17:30:00Z'))).toMatch(/28 Nov 2026.*00[.:]30 WIB/);
    expect(formatWib(new Date('2026-11-27T17:30:00Z'), false)).toBe('28 Nov 2026');
  });
});

describe('slugify', () => {
  it('makes URL slugs from Indonesian names', () => {
    expect(slugify('Bika Ambon Zulaikha — Medan Kota')).toBe('bika-ambon-zulaikha-medan-kota');
    expect(slugify('Kué Lapis')).toBe('kue-lapis');
  });
});
