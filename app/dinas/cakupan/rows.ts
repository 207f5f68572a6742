import type { coverageForDinas } from '@/lib/programs/coverage';
import { programKindLabel, programKinds } from '@/lib/programs/labels';
import { col, type SheetTable } from '@/lib/spreadsheet/table';

type Coverage = Awaited<ReturnType<typeof coverageForDinas>>;

/** The Dinas coverage tables as spreadsheets (exact figures: staff only): by kecamatan, by OPD. */
export function coverageExportTables(data: Coverage): SheetTable[] {
  const kinds = programKinds.map((k) => col.number(programKindLabel[k]));
  return [
    {
      sheet: 'Per kecamatan',
      title: 'Cakupan program bantuan dan pelatihan per kecamatan, Kota Medan',
      columns: [
        col.text('Kecamatan'),
        col.id('Kode'),
        col.number('Terdaftar'),
        col.number('Terverifikasi (binaan)'),
        col.number('Pernah dibantu'),
        col.number('Belum pernah dibantu'),
        ...kinds,
      ],
      rows: [
        ...data.kecamatan.map((r) => [
          r.name,
          r.code,
          r.registered,
          r.verified,
          r.everHelped,
          r.neverHelped,
          ...programKinds.map((k) => r.byKind[k]),
        ]),
        [
          'Kota Medan',
          '12.71',
          data.totals.registered,
          data.totals.verified,
          data.totals.everHelped,
          data.totals.neverHelped,
          ...programKinds.map((k) => data.totals.byKind[k]),
        ],
      ],
    },
    {
      sheet: 'Per OPD',
      title: 'Program bantuan dan pelatihan per OPD',
      columns: [
        col.text('OPD'),
        col.id('Kode'),
        col.number('Program'),
        col.number('Penerima'),
        col.rupiah('Anggaran'),
        ...kinds,
      ],
      rows: data.opd.map((o) => [
        o.name,
        o.code,
        o.programs,
        o.beneficiaries,
        o.budgetIdr,
        ...programKinds.map((k) => o.byKind[k]),
      ]),
    },
  ];
}
