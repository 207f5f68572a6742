import type { coverageForDinas } from '@/lib/programs/coverage';
import { programKindLabel, programKinds } from '@/lib/programs/labels';

type Coverage = Awaited<ReturnType<typeof coverageForDinas>>;

/** The Dinas coverage table as spreadsheet rows (exact figures: staff only). */
export function coverageExportRows(data: Coverage): (string | number)[][] {
  return [
    [
      'Kecamatan',
      'Kode',
      'Terdaftar',
      'Terverifikasi (binaan)',
      'Pernah dibantu',
      'Belum pernah dibantu',
      ...programKinds.map((k) => programKindLabel[k]),
    ],
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
    [],
    ['OPD', 'Kode', 'Program', 'Penerima', 'Anggaran (Rp)', ...programKinds.map((k) => programKindLabel[k])],
    ...data.opd.map((o) => [
      o.name,
      o.code,
      o.programs,
      o.beneficiaries,
      o.budgetIdr,
      ...programKinds.map((k) => o.byKind[k]),
    ]),
  ];
}
