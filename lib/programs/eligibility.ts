// Why a candidate may or may not receive a program's help, criterion by criterion. Pure: the data
// layer gathers the facts, this decides, and pages show every line (template + values, translated).
import { certificationLabel, sizeLabel } from '@/lib/format/labels';
import { isStillValid } from '@/lib/msme/certificates';
import { dateOnlyFromDb } from '@/lib/format/date-only';
import { programKindLabel, type ProgramKindCode } from './labels';
import type { HelpRecord } from './history';
import type { SizeCode } from './rules';

// Values named `date` are ISO instants and `day` calendar days: the page formats them in its language.
export type Criterion = { code: string; ok: boolean; template: string; vars?: Record<string, string> };

export type ProgramRules = {
  kind: ProgramKindCode;
  eligibleSizes: SizeCode[];
  eligibleCategoryIds: string[];
  eligibleKecamatanCodes: string[];
  verifiedOnly: boolean;
  requiresCertification: keyof typeof certificationLabel | null;
  lacksCertification: keyof typeof certificationLabel | null;
  neverHelpedOfKind: boolean;
};

export type MsmeFacts = {
  status: string;
  size: SizeCode;
  computedSize: SizeCode | 'LARGE' | null;
  categoryId: string | null;
  categoryName: string | null;
  kecamatanCode: string | null;
  kecamatanName: string | null;
  certifications: { type: string; expiresAt: Date | null }[];
  history: HelpRecord[];
};

export type Names = { categories: Map<string, string>; kecamatan: Map<string, string> };

export function sizeUsed(f: Pick<MsmeFacts, 'size' | 'computedSize'>): SizeCode | 'LARGE' {
  return f.computedSize ?? f.size;
}

export function msmeCriteria(
  rules: ProgramRules,
  f: MsmeFacts,
  names: Names,
  overlap: { windowMonths: number; within: HelpRecord | null },
): Criterion[] {
  const out: Criterion[] = [];
  const size = sizeUsed(f);
  const sizeText = size === 'LARGE' ? 'di atas usaha menengah' : sizeLabel[size];
  if (size === 'LARGE')
    out.push({
      code: 'size',
      ok: false,
      template: 'Modal atau omzet yang dilaporkan melebihi batas usaha menengah (PP 7/2021).',
    });
  else if (rules.eligibleSizes.length > 0)
    out.push({
      code: 'size',
      ok: rules.eligibleSizes.includes(size),
      template: rules.eligibleSizes.includes(size)
        ? 'Skala usaha {size} termasuk sasaran ({allowed}).'
        : 'Skala usaha {size} bukan sasaran ({allowed}).',
      vars: { size: sizeText, allowed: rules.eligibleSizes.map((s) => sizeLabel[s]).join(', ') },
    });
  if (rules.eligibleCategoryIds.length > 0) {
    const ok = !!f.categoryId && rules.eligibleCategoryIds.includes(f.categoryId);
    out.push({
      code: 'category',
      ok,
      template: ok
        ? 'Kategori {category} termasuk sasaran.'
        : 'Kategori {category} bukan sasaran ({allowed}).',
      vars: {
        category: f.categoryName ?? '—',
        allowed: rules.eligibleCategoryIds.map((c) => names.categories.get(c) ?? c).join(', '),
      },
    });
  }
  if (rules.eligibleKecamatanCodes.length > 0) {
    const ok = !!f.kecamatanCode && rules.eligibleKecamatanCodes.includes(f.kecamatanCode);
    out.push({
      code: 'kecamatan',
      ok,
      template: ok
        ? 'Berdomisili di Kecamatan {kecamatan}, wilayah sasaran.'
        : 'Kecamatan {kecamatan} bukan wilayah sasaran ({allowed}).',
      vars: {
        kecamatan: f.kecamatanName ?? '—',
        allowed: rules.eligibleKecamatanCodes.map((c) => names.kecamatan.get(c) ?? c).join(', '),
      },
    });
  }
  if (!rules.verifiedOnly)
    out.push(
      f.status === 'VERIFIED' || f.status === 'SUBMITTED'
        ? { code: 'registered', ok: true, template: 'Terdaftar dalam pendataan UMKM.' }
        : {
            code: 'registered',
            ok: false,
            template: 'Pendataan usaha belum diajukan, perlu perbaikan, atau dibekukan.',
          },
    );
  if (rules.verifiedOnly)
    out.push({
      code: 'verified',
      ok: f.status === 'VERIFIED',
      template:
        f.status === 'VERIFIED'
          ? 'Terverifikasi sebagai UMKM binaan.'
          : 'Belum terverifikasi sebagai UMKM binaan.',
    });
  const holds = (type: string) => f.certifications.some((c) => c.type === type && isStillValid(c.expiresAt));
  if (rules.requiresCertification) {
    const ok = holds(rules.requiresCertification);
    out.push({
      code: 'requires',
      ok,
      template: ok
        ? 'Memiliki sertifikat {cert} yang berlaku.'
        : 'Belum memiliki sertifikat {cert} yang berlaku.',
      vars: { cert: certificationLabel[rules.requiresCertification] },
    });
  }
  if (rules.lacksCertification) {
    const ok = !holds(rules.lacksCertification);
    out.push({
      code: 'lacks',
      ok,
      template: ok
        ? 'Belum memiliki sertifikat {cert} (sasaran program).'
        : 'Sudah memiliki sertifikat {cert} yang berlaku.',
      vars: { cert: certificationLabel[rules.lacksCertification] },
    });
  }
  if (rules.neverHelpedOfKind) {
    const earlier = f.history.find((h) => h.kind === rules.kind);
    out.push({
      code: 'never-kind',
      ok: !earlier,
      template: earlier
        ? 'Sudah pernah menerima {kind}: {program} ({opd}, {date}).'
        : 'Belum pernah menerima {kind} dari OPD mana pun.',
      vars: earlier
        ? {
            kind: programKindLabel[rules.kind].toLowerCase(),
            program: earlier.programName,
            opd: earlier.opdName,
            date: earlier.helpedAt.toISOString(),
          }
        : { kind: programKindLabel[rules.kind].toLowerCase() },
    });
  }
  out.push(overlapCriterion(rules.kind, overlap));
  return out;
}

export function overlapCriterion(
  kind: ProgramKindCode,
  overlap: { windowMonths: number; within: HelpRecord | null },
): Criterion {
  const w = overlap.within;
  return w
    ? {
        code: 'overlap',
        ok: false,
        template:
          'Tumpang tindih: sudah menerima {kind} dari {program} ({opd}) pada {date}, dalam {months} bulan terakhir.',
        vars: {
          kind: programKindLabel[kind].toLowerCase(),
          program: w.programName,
          opd: w.opdName,
          date: w.helpedAt.toISOString(),
          months: String(overlap.windowMonths),
        },
      }
    : {
        code: 'overlap',
        ok: true,
        template: 'Tidak menerima {kind} dari OPD mana pun dalam {months} bulan terakhir.',
        vars: { kind: programKindLabel[kind].toLowerCase(), months: String(overlap.windowMonths) },
      };
}

export type CooperativeFacts = {
  kecamatanCode: string | null;
  kecamatanName: string | null;
  lastRatOn: Date | null;
  assessment: { year: number; predicate: string } | null;
};

/** Cooperative aid: assessed *sehat* for the current year, and an RAT held within the last year. */
export function cooperativeCriteria(
  rules: Pick<ProgramRules, 'eligibleKecamatanCodes'>,
  c: CooperativeFacts,
  names: Names,
  today: string,
  predicateText: (code: string) => string,
): Criterion[] {
  const out: Criterion[] = [];
  const year = Number(today.slice(0, 4));
  const a = c.assessment && c.assessment.year === year ? c.assessment : null;
  out.push(
    !a
      ? {
          code: 'health',
          ok: false,
          template: 'Belum dinilai kesehatannya untuk tahun {year}.',
          vars: { year: String(year) },
        }
      : a.predicate === 'SEHAT'
        ? {
            code: 'health',
            ok: true,
            template: 'Dinilai sehat untuk tahun {year}.',
            vars: { year: String(year) },
          }
        : {
            code: 'health',
            ok: false,
            template:
              'Predikat kesehatan tahun {year}: {predicate}. Bantuan koperasi hanya untuk koperasi sehat.',
            vars: { year: String(year), predicate: predicateText(a.predicate) },
          },
  );
  const yearAgo = new Date(`${year - 1}${today.slice(4)}T00:00:00Z`);
  const ratOk = !!c.lastRatOn && c.lastRatOn >= yearAgo;
  out.push(
    ratOk
      ? {
          code: 'rat',
          ok: true,
          template: 'RAT terakhir {day}, dalam setahun terakhir.',
          vars: { day: dateOnlyFromDb(c.lastRatOn!) },
        }
      : {
          code: 'rat',
          ok: false,
          template: c.lastRatOn
            ? 'RAT terakhir {day}: tidak ada RAT dalam setahun terakhir.'
            : 'Belum ada catatan RAT: tidak ada RAT dalam setahun terakhir.',
          vars: c.lastRatOn ? { day: dateOnlyFromDb(c.lastRatOn) } : undefined,
        },
  );
  if (rules.eligibleKecamatanCodes.length > 0) {
    const ok = !!c.kecamatanCode && rules.eligibleKecamatanCodes.includes(c.kecamatanCode);
    out.push({
      code: 'kecamatan',
      ok,
      template: ok
        ? 'Berdomisili di Kecamatan {kecamatan}, wilayah sasaran.'
        : 'Kecamatan {kecamatan} bukan wilayah sasaran ({allowed}).',
      vars: {
        kecamatan: c.kecamatanName ?? '—',
        allowed: rules.eligibleKecamatanCodes.map((k) => names.kecamatan.get(k) ?? k).join(', '),
      },
    });
  }
  return out;
}

/** The candidate ranking rule, shown on the page as it is applied here. */
export const rankingRule = [
  'Belum pernah dibantu program apa pun dari OPD mana pun',
  'Lalu yang paling lama sejak bantuan terakhir',
  'Lalu mikro, kecil, kemudian menengah',
  'Lalu yang paling awal mengajukan',
];

export type Rankable = {
  lastHelpedAt: Date | null;
  size: SizeCode | 'LARGE';
  appliedAt: Date | null;
  name: string;
};

const sizeRank = { MICRO: 0, SMALL: 1, MEDIUM: 2, LARGE: 3 } as const;

export function byNeed(a: Rankable, b: Rankable) {
  const never = Number(!!a.lastHelpedAt) - Number(!!b.lastHelpedAt);
  if (never) return never;
  if (a.lastHelpedAt && b.lastHelpedAt && a.lastHelpedAt.getTime() !== b.lastHelpedAt.getTime())
    return a.lastHelpedAt.getTime() - b.lastHelpedAt.getTime();
  const size = sizeRank[a.size] - sizeRank[b.size];
  if (size) return size;
  const at = (x: Rankable) => x.appliedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at(a) !== at(b)) return at(a) < at(b) ? -1 : 1;
  return a.name.localeCompare(b.name, 'id');
}
