// Charts are accessible SVG made on the server, and say the same numbers as the table beside them.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { barChartSvg, compactValue, formatValue } from '@/lib/charts/svg-chart';
import { kecamatanMapSvg } from '@/lib/charts/kecamatan-map';
import { dinasTrends } from '@/lib/dashboard/dashboards';
import { demoActor } from './support/actors';

const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));

describe('charts', () => {
  it('a bar chart is an SVG image with a title and description, and its labels are the table values', () => {
    const values = [1_500_000, 23_450_000, 0];
    const svg = barChartSvg({
      key: 'uji',
      title: 'Belanja OPD kepada UMKM per bulan',
      description: 'Belanja per bulan',
      categories: ['Okt 2026', 'Nov 2026', 'Des 2026'],
      xName: 'Bulan',
      yName: 'Rupiah',
      format: 'rupiah',
      series: [{ name: 'Belanja', values }],
      target: { value: 20_000_000, label: 'target' },
    });
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="uji-t uji-d"/);
    expect(svg).toContain('<title id="uji-t">Belanja OPD kepada UMKM per bulan</title>');
    expect(svg).toContain('<desc id="uji-d">Belanja per bulan</desc>');
    // The table has the full figure; the bar its short form of the same number.
    expect(values.map((v) => formatValue(v, 'rupiah'))).toEqual(['Rp 1.500.000', 'Rp 23.450.000', 'Rp 0']);
    const labels = values.map((v) => compactValue(v, 'rupiah'));
    expect(labels).toEqual(['Rp 1,5 jt', 'Rp 23,5 jt', 'Rp 0']);
    for (const label of labels) expect(texts(svg)).toContain(label);
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Okt 2026', 'Nov 2026', 'Des 2026', 'target', 'Bulan']),
    );
  });

  it('the kecamatan map has a tile per kecamatan with the value the table shows, hatched when hidden', async () => {
    const kecamatan = await db.kecamatan.findMany({ select: { code: true, name: true } });
    const svg = kecamatanMapSvg({
      key: 'peta',
      title: 'UMKM per kecamatan',
      description: 'Uji',
      tiles: kecamatan.map((k, i) => ({
        code: k.code,
        name: k.name,
        value: i === 0 ? null : i / 20,
        label: i === 0 ? '<5' : String(i * 3),
      })),
      legend: { low: 'sedikit', high: 'banyak', hidden: 'disembunyikan' },
    });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="peta-t">UMKM per kecamatan</title>');
    expect(svg.match(/<g data-code="12\.71\.\d\d">/g)).toHaveLength(21);
    expect(svg).toContain(`<g data-code="${kecamatan[0].code}"><title>${kecamatan[0].name}: &lt;5</title>`);
    expect(svg).toContain('fill="url(#peta-hatch)"');
    expect(texts(svg)).toContain('60');
  });

  it('the Dinas dashboard counts twelve WIB months and every kecamatan, adding up to the registry', async () => {
    const trends = await dinasTrends(await demoActor('DINAS_ADMIN'));
    expect(trends.months).toHaveLength(12);
    expect(trends.byKecamatan).toHaveLength(21);
    const registered = await db.msme.count({
      where: { status: { not: 'DRAFT' }, kecamatanCode: { not: null } },
    });
    expect(trends.byKecamatan.reduce((n, k) => n + k.registered, 0)).toBe(registered);
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
      .format(new Date())
      .slice(0, 7);
    expect(trends.months.at(-1)!.month).toBe(thisMonth);
  });
});
