import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { AccessDenied, type Actor } from '@/lib/auth/actor';
import { todayInMedan } from '@/lib/format/date-only';
import { createProgram, setOverlapWindow } from '@/lib/programs/programs';
import {
  applyToProgram,
  decideApplication,
  nominate,
  overlapChecks,
  overrideOverlap,
} from '@/lib/programs/enrolment';
import { rankedCandidates } from '@/lib/programs/candidates';
import { addSession, ownerProgramHistory, recordAttendance, recordDelivery } from '@/lib/programs/delivery';
import { programDocumentFile } from '@/lib/programs/documents';
import { verifiedDocument } from '@/lib/documents/verification';
import { verificationUrl } from '@/lib/procurement/documents';
import { pdfQrCode, pdfText } from './support/pdf';
import { openProgramsForOwner } from '@/lib/programs/owner';
import { byNeed } from '@/lib/programs/eligibility';
import { seatProblem } from '@/lib/programs/quota';
import { sizeClassOf, healthResult, sizeRulesSchema, healthRulesSchema } from '@/lib/programs/rules';
import { ruleSetFor } from '@/lib/programs/rule-sets';
import { criterionText } from '@/lib/programs/text';
import { recentlyEquippedIndex } from '@/prisma/seed/seed-programs';
import { demoActor, newActor } from './support/actors';
import { ownerWithBusiness } from './support/fixtures';

const today = todayInMedan();
const inDays = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function opdStaff(code: string): Promise<Actor> {
  const opd = await db.opd.findUniqueOrThrow({ where: { code } });
  return newActor('OPD_STAFF', { opdId: opd.id });
}

function program(overrides: Record<string, unknown> = {}) {
  return {
    name: `Program uji ${Math.random().toString(36).slice(2, 8)}`,
    kind: 'TRAINING',
    budgetIdr: '25.000.000',
    budgetSource: 'APBD',
    activityCode: '3.31.03.2.02.0099',
    startsOn: inDays(-1),
    endsOn: inDays(30),
    quota: '10',
    openForApplications: 'on',
    verifiedOnly: 'on',
    ...overrides,
  };
}

/** The seeded UMKM the Dinas equipped 90 days ago (other test files add UMKM, so found by its NIB). */
async function recentlyEquipped() {
  const nib = String(9120000000000 + recentlyEquippedIndex * 104729).slice(0, 13);
  return db.msme.findFirstOrThrow({
    where: { nib },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, nib: true },
  });
}

describe('rules kept as data', () => {
  it('size classes follow PP 7/2021 from capital and turnover', async () => {
    const { rules, regulation } = await ruleSetFor('msme-size');
    expect(regulation).toMatch(/PP 7\/2021/);
    expect(sizeClassOf({ capitalIdr: 50_000_000n, annualTurnoverIdr: 300_000_000n }, rules)).toBe('MICRO');
    expect(sizeClassOf({ capitalIdr: 1_000_000_000n, annualTurnoverIdr: 2_000_000_000n }, rules)).toBe(
      'MICRO',
    );
    expect(sizeClassOf({ capitalIdr: 1_000_000_001n, annualTurnoverIdr: 100n }, rules)).toBe('SMALL');
    expect(sizeClassOf({ capitalIdr: null, annualTurnoverIdr: 15_000_000_001n }, rules)).toBe('MEDIUM');
    expect(sizeClassOf({ capitalIdr: 10_000_000_001n, annualTurnoverIdr: null }, rules)).toBe('LARGE');
    expect(sizeClassOf({ capitalIdr: null, annualTurnoverIdr: null }, rules)).toBeNull();
    expect(sizeRulesSchema.safeParse({ classes: [] }).success).toBe(false);
  });

  it('health bands of Permenkop UKM 9/2020: the band edges, and a change of rule is a new row', async () => {
    const { rules, regulation } = await ruleSetFor('cooperative-health');
    expect(regulation).toMatch(/Permenkop UKM 9\/2020/);
    const at = (s: number) =>
      healthResult({ governance: s, risk: s, finance: s, capital: s }, rules).predicate;
    expect([at(100), at(80), at(79), at(66), at(65), at(51), at(50), at(0)]).toEqual([
      'SEHAT',
      'SEHAT',
      'CUKUP_SEHAT',
      'CUKUP_SEHAT',
      'DALAM_PENGAWASAN',
      'DALAM_PENGAWASAN',
      'DALAM_PENGAWASAN_KHUSUS',
      'DALAM_PENGAWASAN_KHUSUS',
    ]);
    expect(healthResult({ governance: 80, risk: 80, finance: 79, capital: 80 }, rules)).toEqual({
      totalScoreCenti: 7975,
      predicate: 'CUKUP_SEHAT',
    });
    await db.ruleSet.create({
      data: {
        topic: 'cooperative-health',
        regulation: 'Aturan uji 2100',
        validFrom: new Date('2100-01-01'),
        rules: {
          weights: { governance: 40, risk: 20, finance: 20, capital: 20 },
          bands: [
            { predicate: 'SEHAT', minScore: 90 },
            { predicate: 'DALAM_PENGAWASAN_KHUSUS', minScore: 0 },
          ],
        },
      },
    });
    const future = await ruleSetFor('cooperative-health', '2100-06-01');
    expect(future.regulation).toBe('Aturan uji 2100');
    expect(healthResult({ governance: 85, risk: 85, finance: 85, capital: 85 }, future.rules).predicate).toBe(
      'DALAM_PENGAWASAN_KHUSUS',
    );
    expect((await ruleSetFor('cooperative-health')).regulation).toBe(regulation);
    expect(healthRulesSchema.safeParse({ weights: {}, bands: [] }).success).toBe(false);
  });
});

describe('ranking by need', () => {
  const at = (d: string) => new Date(d);
  it('never helped, then longest since help, then micro before small before medium, then earliest application', () => {
    const rows = [
      { name: 'E', lastHelpedAt: at('2026-06-01'), size: 'MICRO' as const, appliedAt: null },
      { name: 'D', lastHelpedAt: at('2025-01-01'), size: 'MEDIUM' as const, appliedAt: null },
      { name: 'C', lastHelpedAt: null, size: 'MEDIUM' as const, appliedAt: at('2026-01-01') },
      { name: 'B', lastHelpedAt: null, size: 'MICRO' as const, appliedAt: at('2026-03-01') },
      { name: 'A', lastHelpedAt: null, size: 'MICRO' as const, appliedAt: at('2026-02-01') },
      { name: 'F', lastHelpedAt: null, size: 'MICRO' as const, appliedAt: null },
    ];
    expect([...rows].sort(byNeed).map((r) => r.name)).toEqual(['A', 'B', 'F', 'C', 'D', 'E']);
  });

  it("lists never-helped first, with every candidate's criteria and full history across OPDs", async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const p = await createProgram(admin, program({ name: 'Pelatihan Kemasan Uji Peringkat' }));
    const list = await rankedCandidates(admin, p.id, 5000);
    expect(list.rule[0]).toMatch(/Belum pernah dibantu/);
    expect(list.eligibleCount).toBeGreaterThan(100);
    const firstHelped = list.eligible.findIndex((c) => c.history.length > 0);
    expect(firstHelped).toBeGreaterThan(0);
    expect(list.eligible.slice(0, firstHelped).every((c) => c.history.length === 0)).toBe(true);
    const helped = list.eligible.slice(firstHelped).filter((c) => c.lastHelpedAt);
    for (let i = 1; i < helped.length; i++)
      expect(helped[i - 1].lastHelpedAt!.getTime()).toBeLessThanOrEqual(helped[i].lastHelpedAt!.getTime());
    const withHistory = list.eligible.find((c) => c.history.length > 0)!;
    expect(withHistory.history[0]).toMatchObject({
      opdName: expect.any(String),
      programName: expect.any(String),
    });
    const c = list.eligible[0];
    expect(c.criteria.map((x) => x.code)).toEqual(['verified', 'overlap']);
    expect(criterionText(c.criteria[0])).toBe('Terverifikasi sebagai UMKM binaan.');
    // The UMKM trained within 12 months is not eligible, and says by whom and when.
    const trained = list.ineligible.find((x) => x.criteria.some((k) => k.code === 'overlap' && !k.ok))!;
    expect(criterionText(trained.criteria.find((k) => k.code === 'overlap')!)).toMatch(
      /^Tumpang tindih: sudah menerima pelatihan dari .+ \(.+\) pada \d{1,2} \w{3} \d{4}, dalam 12 bulan terakhir\.$/,
    );
  });

  it('explains each eligibility rule that fails', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const kecamatan = await db.kecamatan.findFirstOrThrow({ where: { name: 'Medan Belawan' } });
    const p = await createProgram(
      admin,
      program({
        eligibleSizes: ['SMALL'],
        eligibleKecamatanCodes: [kecamatan.code],
        requiresCertification: 'BPOM_MD',
      }),
    );
    const list = await rankedCandidates(admin, p.id);
    const micro = list.ineligible.find((c) => c.size === 'MICRO')!;
    const texts = micro.criteria.map((k) => `${k.ok ? '✓' : '✗'} ${criterionText(k)}`);
    expect(texts).toContain('✗ Skala usaha Mikro bukan sasaran (Kecil).');
    expect(texts).toContain('✓ Berdomisili di Kecamatan Medan Belawan, wilayah sasaran.');
    expect(texts).toContain('✗ Belum memiliki sertifikat BPOM MD yang berlaku.');
  });
});

describe('nominations', () => {
  it('a batch is one transaction: a bad row writes nothing and is named', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const p = await createProgram(admin, program());
    const [a, b] = await db.msme.findMany({
      where: { status: 'VERIFIED', importKey: { startsWith: 'pendataan-2026-1' } },
      take: 2,
      select: { nib: true },
    });
    await expect(nominate(admin, p.id, { nibs: `${a.nib}\n9999999999999\n${b.nib}` })).rejects.toMatchObject({
      status: 409,
      fieldErrors: { rows: ['Baris 2: NIB 9999999999999 tidak terdaftar.'] },
    });
    await expect(nominate(admin, p.id, { nibs: `${a.nib}\n12345` })).rejects.toThrow(
      /Baris 2: NIB "12345" harus 13 digit/,
    );
    expect(await db.programBeneficiary.count({ where: { programId: p.id } })).toBe(0);
    expect(await nominate(admin, p.id, { nibs: `${a.nib}\n${b.nib}` })).toEqual({ admitted: 2 });
    await expect(nominate(admin, p.id, { nibs: String(a.nib) })).rejects.toThrow(
      /sudah menjadi penerima program ini/,
    );
  });

  it('never exceeds the quota, also when nominations race', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const p = await createProgram(admin, program({ quota: '3' }));
    const pool = await db.msme.findMany({
      where: { status: 'VERIFIED', importKey: { startsWith: 'pendataan-2026-2' } },
      take: 8,
      select: { id: true },
    });
    await expect(nominate(admin, p.id, { msmeIds: pool.slice(0, 4).map((m) => m.id) })).rejects.toThrow(
      /Kuota program sudah penuh \(3 penerima\)/,
    );
    expect(await db.programBeneficiary.count({ where: { programId: p.id } })).toBe(0);
    const results = await Promise.allSettled(
      pool.slice(0, 6).map((m) => nominate(admin, p.id, { msmeIds: [m.id] })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(await db.programBeneficiary.count({ where: { programId: p.id, status: 'ACCEPTED' } })).toBe(3);
  });

  it('keeps kecamatan seats until the release day, then gives them to the city pool', () => {
    const state = {
      quota: 5,
      reserved: new Map([['12.71.08', 2]]),
      releaseOn: '2026-12-10',
      accepted: new Map<string | null, number>([['12.71.01', 3]]),
    };
    expect(seatProblem(state, '12.71.01', '2026-12-01')).toMatch(/kuota kota sudah terpakai/);
    expect(seatProblem(state, '12.71.08', '2026-12-01')).toBeNull();
    expect(seatProblem(state, '12.71.01', '2026-12-10')).toBeNull();
    state.accepted.set('12.71.08', 2);
    expect(seatProblem(state, '12.71.01', '2026-12-10')).toMatch(/Kuota program sudah penuh/);
  });
});

describe('the overlap guard', () => {
  it("stops another OPD's equipment aid within 12 months, naming the earlier program, OPD and date", async () => {
    const staff = await opdStaff('DISKOMINFO');
    const p = await createProgram(
      staff,
      program({ kind: 'EQUIPMENT_AID', name: 'Bantuan Perangkat Digital Uji' }),
    );
    const target = await recentlyEquipped();
    const refusal = nominate(staff, p.id, { nibs: target.nib! });
    await expect(refusal).rejects.toThrow(
      new RegExp(
        `Baris 1 \\(${target.name}\\): Tumpang tindih: sudah menerima bantuan peralatan dari Bantuan Peralatan Usaha Mikro 2026 \\(Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan\\) pada \\d{1,2} \\w{3} \\d{4}, dalam 12 bulan terakhir\\.`,
      ),
    );
    expect(await db.programBeneficiary.count({ where: { programId: p.id } })).toBe(0);
    const checks = await db.overlapCheck.findMany({ where: { programId: p.id } });
    expect(checks).toMatchObject([{ outcome: 'BLOCKED', msmeId: target.id, resolvedAt: null }]);

    // Only a Dinas admin overrides, with a reason code and text; it lands in the audit log.
    await expect(
      overrideOverlap(staff, checks[0].id, {
        reasonCode: 'DISASTER_RECOVERY',
        reason: 'Peralatan hilang dalam banjir.',
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
    const admin = await demoActor('DINAS_ADMIN');
    await expect(
      overrideOverlap(admin, checks[0].id, { reasonCode: 'LAINNYA', reason: 'x' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await overrideOverlap(admin, checks[0].id, {
      reasonCode: 'DISASTER_RECOVERY',
      reason: 'Peralatan hilang dalam banjir Desember.',
    });
    expect(await db.programBeneficiary.count({ where: { programId: p.id, status: 'ACCEPTED' } })).toBe(1);
    const log = await db.auditLog.findFirstOrThrow({
      where: { action: 'program.overlap.override', entityId: p.id },
    });
    expect(log.after).toMatchObject({
      reasonCode: 'DISASTER_RECOVERY',
      reason: 'Peralatan hilang dalam banjir Desember.',
      earlierProgram: 'Bantuan Peralatan Usaha Mikro 2026',
    });
    await expect(
      overrideOverlap(admin, checks[0].id, {
        reasonCode: 'DISASTER_RECOVERY',
        reason: 'Sekali lagi, dua kali.',
      }),
    ).rejects.toMatchObject({ status: 409 });
    expect(
      (await overlapChecks(staff)).every(
        (c) => c.program.id === p.id || c.program.opd.name === 'Dinas Komunikasi dan Informatika',
      ),
    ).toBe(true);
  });

  it('sees through another record of the same business (same WhatsApp number, NIK or NIB)', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const twin = await db.msme.findUniqueOrThrow({ where: { id: 'pendataan-twin' } });
    const original = await db.msme.findUniqueOrThrow({ where: { id: 'pendataan-0003' } });
    expect(twin.whatsapp).toBe(original.whatsapp);
    const first = await createProgram(admin, program({ kind: 'MENTORING' }));
    const second = await createProgram(await opdStaff('DP3A'), program({ kind: 'MENTORING' }));
    await nominate(admin, first.id, { msmeIds: [original.id] });
    await expect(nominate(admin, second.id, { msmeIds: [twin.id] })).rejects.toThrow(
      /Tumpang tindih: sudah menerima pendampingan/,
    );
    await expect(nominate(admin, first.id, { msmeIds: [twin.id] })).rejects.toThrow(/Tumpang tindih/);
  });

  it('lets only one of two OPDs nominating the same business at once succeed', async () => {
    const a = await createProgram(await opdStaff('DISNAKER'), program({ kind: 'CERTIFICATION' }));
    const b = await createProgram(await opdStaff('DKP'), program({ kind: 'CERTIFICATION' }));
    const staffA = { ...(await opdStaff('DISNAKER')) };
    const staffB = { ...(await opdStaff('DKP')) };
    const targets = await db.msme.findMany({
      where: { id: { in: ['pendataan-0050', 'pendataan-0051', 'pendataan-0052'] } },
      select: { id: true },
    });
    for (const t of targets) {
      const results = await Promise.allSettled([
        nominate(staffA, a.id, { msmeIds: [t.id] }),
        nominate(staffB, b.id, { msmeIds: [t.id] }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    }
    // Two records of one business, nominated at once into two programs of the same kind.
    const [x, y] = await Promise.all([
      createProgram(await demoActor('DINAS_ADMIN'), program({ kind: 'MARKETING' })),
      createProgram(await opdStaff('DISPAR'), program({ kind: 'MARKETING' })),
    ]);
    const staffY = await opdStaff('DISPAR');
    const results = await Promise.allSettled([
      nominate(await demoActor('DINAS_ADMIN'), x.id, { msmeIds: ['pendataan-0003'] }),
      nominate(staffY, y.id, { msmeIds: ['pendataan-twin'] }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('the window is set per kind of help', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    await expect(
      setOverlapWindow(await opdStaff('DISKOMINFO'), { kind: 'MARKETING', overlapWindowMonths: '3' }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      setOverlapWindow(admin, { kind: 'MARKETING', overlapWindowMonths: '0' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await setOverlapWindow(admin, { kind: 'MARKETING', overlapWindowMonths: '6' });
    expect(
      (await db.programKindSetting.findUniqueOrThrow({ where: { kind: 'MARKETING' } })).overlapWindowMonths,
    ).toBe(6);
  });
});

describe('applications, delivery and history', () => {
  it('an owner applies, is accepted, attends, and sees it in its history; another is declined with a reason', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const owner = await ownerWithBusiness({ verify: true });
    const other = await ownerWithBusiness({ verify: true });
    const unverified = await ownerWithBusiness();
    const p = await createProgram(admin, program({ name: 'Pelatihan Kemasan Uji Pengajuan' }));
    const open = await openProgramsForOwner(owner);
    expect(open.programs.find((x) => x.program.id === p.id)).toMatchObject({ eligible: true });
    await expect(applyToProgram(unverified, p.id, {})).rejects.toThrow(
      /Hanya UMKM binaan terverifikasi yang dapat mengajukan diri ke program\./,
    );
    const entry = await applyToProgram(owner, p.id, { note: "Usaha kue Bu Ros'ma" });
    await expect(applyToProgram(owner, p.id, {})).rejects.toMatchObject({ status: 409 });
    const otherEntry = await applyToProgram(other, p.id, {});
    await expect(decideApplication(owner, entry.id, { decision: 'ACCEPT' })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await expect(
      decideApplication(await opdStaff('DISKOMINFO'), entry.id, { decision: 'ACCEPT' }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await decideApplication(admin, entry.id, { decision: 'ACCEPT' });
    await expect(
      decideApplication(admin, otherEntry.id, { decision: 'DECLINE', reason: '' }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await decideApplication(admin, otherEntry.id, {
      decision: 'DECLINE',
      reason: 'Kuota kecamatan sudah penuh.',
    });

    const session = await addSession(admin, p.id, {
      title: 'Sesi 1: desain kemasan',
      heldOn: inDays(0).split('-').reverse().join('/'),
    });
    const accepted = await db.programBeneficiary.findFirstOrThrow({
      where: { programId: p.id, status: 'ACCEPTED' },
    });
    await expect(recordAttendance(admin, session.id, { present: ['orang-lain'] })).rejects.toMatchObject({
      status: 422,
    });
    await recordAttendance(admin, session.id, { present: [] });
    // Recorded again: a new attendance list supersedes the first, which still verifies as such.
    const firstList = await db.programDocument.findFirstOrThrow({ where: { sessionId: session.id } });
    await recordAttendance(admin, session.id, { present: [accepted.id] });
    const list = await db.programDocument.findFirstOrThrow({
      where: { sessionId: session.id, isCurrent: true },
    });
    expect(list.id).not.toBe(firstList.id);
    expect(list.number).toBe(firstList.number);
    expect(await verifiedDocument(firstList.verificationCode)).toMatchObject({
      kind: 'ATTENDANCE_LIST',
      replacedBy: { code: list.verificationCode },
    });
    const listText = await pdfText((await programDocumentFile(admin, list.id))!.bytes);
    expect(listText).toContain('DAFTAR HADIR');
    expect(listText).toMatch(/1 hadir dari 1 peserta/);
    expect(await programDocumentFile(owner, list.id)).toBeNull(); // lists are for the program's managers
    await recordDelivery(admin, accepted.id, {
      kind: 'CERTIFICATE',
      certificationType: 'PIRT',
      certificationNumber: '2127101019999-29',
      deliveredOn: inDays(0),
    });
    const history = await ownerProgramHistory(owner);
    // The owner downloads the receipt of what it received.
    const receipt = history[0].deliveries[0].receipt!;
    expect(await programDocumentFile(owner, receipt.id)).toMatchObject({
      filename: expect.stringMatching(/^tanda-terima-/),
    });
    expect(await programDocumentFile(other, receipt.id)).toBeNull();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      status: 'ACCEPTED',
      attendance: [{ present: true, session: { title: 'Sesi 1: desain kemasan' } }],
    });
    expect(history[0].deliveries[0].certification).toMatchObject({
      type: 'PIRT',
      number: '2127101019999-29',
    });
    expect(
      await db.certification.count({ where: { msmeId: owner.msmeId!, number: '2127101019999-29' } }),
    ).toBe(1);
    expect(await ownerProgramHistory(other)).toMatchObject([
      { status: 'DECLINED', declineReason: 'Kuota kecamatan sudah penuh.' },
    ]);
  });

  it('records equipment with its value, and only for its own program manager', async () => {
    const staff = await opdStaff('DINSOS');
    const p = await createProgram(staff, program({ kind: 'EQUIPMENT_AID' }));
    await nominate(staff, p.id, { msmeIds: ['pendataan-0120'] });
    const entry = await db.programBeneficiary.findFirstOrThrow({ where: { programId: p.id } });
    await expect(
      recordDelivery(staff, entry.id, {
        kind: 'EQUIPMENT',
        description: 'Gerobak',
        valueIdr: '0',
        deliveredOn: inDays(0),
      }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await expect(
      recordDelivery(await opdStaff('DISKOMINFO'), entry.id, {
        kind: 'EQUIPMENT',
        description: 'Gerobak',
        valueIdr: '3.500.000',
        deliveredOn: inDays(0),
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await recordDelivery(staff, entry.id, {
      kind: 'EQUIPMENT',
      description: 'Gerobak dorong',
      valueIdr: '3.500.000',
      deliveredOn: inDays(0),
    });
    const delivery = await db.programDelivery.findFirstOrThrow({ where: { beneficiaryId: entry.id } });
    expect(delivery.valueIdr).toBe(3_500_000n);
    // Its receipt, made as it was recorded: read back, QR decoded, verified in public.
    const receipt = await db.programDocument.findUniqueOrThrow({ where: { deliveryId: delivery.id } });
    const file = (await programDocumentFile(staff, receipt.id))!;
    const text = await pdfText(file.bytes);
    const recipient = await db.programBeneficiary.findUniqueOrThrow({
      where: { id: entry.id },
      include: { msme: true },
    });
    expect(text).toContain('TANDA TERIMA PENYERAHAN BANTUAN');
    expect(text).toContain(receipt.number);
    expect(text).toContain(recipient.msme!.name);
    expect(text).toContain('Rp 3.500.000');
    expect(text).toContain('tiga juta lima ratus ribu rupiah');
    expect(await pdfQrCode(file.bytes)).toBe(verificationUrl(receipt.verificationCode));
    expect(await verifiedDocument(receipt.verificationCode)).toMatchObject({
      kind: 'AID_RECEIPT',
      msmeName: recipient.msme!.name,
      totalIdr: 3_500_000n,
      opdName: 'Dinas Sosial',
    });
    expect(await programDocumentFile(await opdStaff('DISKOMINFO'), receipt.id)).toBeNull();
    await expect(addSession(staff, p.id, { title: 'Sesi', heldOn: inDays(0) })).rejects.toMatchObject({
      status: 422,
    });
  });

  it("OPD staff manage only their own OPD's programs", async () => {
    const mine = await createProgram(await opdStaff('DISDIK'), program({ opdId: 'ignored' }));
    const disdik = await db.opd.findUniqueOrThrow({ where: { code: 'DISDIK' } });
    expect((await db.aidProgram.findUniqueOrThrow({ where: { id: mine.id } })).opdId).toBe(disdik.id);
    const outsider = await opdStaff('DISKOMINFO');
    await expect(rankedCandidates(outsider, mine.id)).rejects.toBeInstanceOf(AccessDenied);
    await expect(nominate(outsider, mine.id, { msmeIds: ['pendataan-0001'] })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await expect(createProgram(await ownerWithBusiness(), program())).rejects.toBeInstanceOf(AccessDenied);
  });

  it('refuses bad program input with field errors and writes nothing', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const before = await db.aidProgram.count();
    await expect(
      createProgram(admin, program({ budgetIdr: '35,5', endsOn: inDays(-5), quota: '0' })),
    ).rejects.toMatchObject({ name: 'ZodError' });
    await expect(
      createProgram(admin, program({ kecamatanQuotas: 'Medan Antah = 3', quotaReleaseOn: inDays(3) })),
    ).rejects.toMatchObject({
      fieldErrors: { kecamatanQuotas: ['Kecamatan "Medan Antah" tidak ada di Kota Medan.'] },
    });
    await expect(
      createProgram(admin, program({ kecamatanQuotas: 'Medan Kota = 30', quotaReleaseOn: inDays(3) })),
    ).rejects.toMatchObject({ name: 'ZodError' });
    expect(await db.aidProgram.count()).toBe(before);
  });
});

describe('likely duplicates', () => {
  it('flags a similar name and address for a person to decide; SAME makes the guard treat them as one', async () => {
    const { likelyDuplicatesOf, undecidedDuplicatePairs, decideDuplicate } =
      await import('@/lib/programs/duplicates');
    const admin = await demoActor('DINAS_ADMIN');
    const flagged = await likelyDuplicatesOf(['pendataan-0060']);
    expect(flagged.get('pendataan-0060')?.map((d) => d.msmeId)).toContain('pendataan-lookalike');
    expect(
      (await undecidedDuplicatePairs(admin)).some(
        (p) => [p.aId, p.bId].sort().join() === 'pendataan-0060,pendataan-lookalike',
      ),
    ).toBe(true);
    // Nothing is merged: both records stay, and until a person decides the guard does not link them.
    const p1 = await createProgram(admin, program({ kind: 'TRAINING', name: 'Pelatihan Uji Data Ganda A' }));
    const p2 = await createProgram(
      await opdStaff('DISNAKER'),
      program({ kind: 'TRAINING', name: 'Pelatihan Uji Data Ganda B' }),
    );
    await nominate(admin, p1.id, { msmeIds: ['pendataan-0060'] });
    await expect(
      decideDuplicate(await opdStaff('DISNAKER'), {
        msmeAId: 'pendataan-0060',
        msmeBId: 'pendataan-lookalike',
        verdict: 'SAME',
        reason: 'Dikunjungi.',
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await decideDuplicate(admin, {
      msmeAId: 'pendataan-lookalike',
      msmeBId: 'pendataan-0060',
      verdict: 'SAME',
      reason: 'Dikunjungi: satu usaha, dua pendaftaran.',
    });
    await expect(nominate(admin, p2.id, { msmeIds: ['pendataan-lookalike'] })).rejects.toThrow(
      /Tumpang tindih: sudah menerima pelatihan dari Pelatihan Uji Data Ganda A/,
    );
    expect(await db.msme.count({ where: { id: { in: ['pendataan-0060', 'pendataan-lookalike'] } } })).toBe(2);
    expect(
      (await likelyDuplicatesOf(['pendataan-0060'])).get('pendataan-0060')?.map((d) => d.msmeId) ?? [],
    ).not.toContain('pendataan-lookalike');
  });
});

describe('English for server messages built from templates', () => {
  it('translates a refusal with a filled criterion inside', async () => {
    const { phrases } = await import('@/lib/i18n/phrases');
    const en = phrases('en');
    expect(
      en(
        'Tidak ada yang disimpan. Baris 1 (Warung Kopi Siti): Tumpang tindih: sudah menerima bantuan peralatan dari Bantuan Alat 2026 (Dinas Sosial) pada 3 Sep 2026, dalam 12 bulan terakhir.',
      ),
    ).not.toMatch(/Tidak ada|Tumpang tindih|sudah menerima|bulan terakhir/);
    expect(en('Kuota program sudah penuh (3 penerima).')).not.toMatch(/penuh|penerima/);
  });
});

describe('size class from declared capital and turnover', () => {
  it('an owner declaring Rp 2,5 miliar of capital is small, whatever class it chose, and a micro-only program says so', async () => {
    const { saveRegistration } = await import('@/lib/msme/registration');
    const { registrationInput } = await import('./support/fixtures');
    const owner = await newActor('MSME_OWNER');
    const { id } = await saveRegistration(
      owner,
      {
        ...(await registrationInput()),
        size: 'MICRO',
        capitalIdr: 'Rp 2.500.000.000',
        annualTurnoverIdr: '1.800.000.000',
      },
      true,
    );
    await db.msme.update({ where: { id }, data: { status: 'VERIFIED' } });
    expect((await db.msme.findUniqueOrThrow({ where: { id } })).capitalIdr).toBe(2_500_000_000n);
    const admin = await demoActor('DINAS_ADMIN');
    const p = await createProgram(admin, program({ eligibleSizes: ['MICRO'] }));
    const open = await openProgramsForOwner({ ...owner, msmeId: id });
    const mine = open.programs.find((x) => x.program.id === p.id)!;
    expect(mine.eligible).toBe(false);
    expect(mine.criteria.map((c) => criterionText(c))).toContain('Skala usaha Kecil bukan sasaran (Mikro).');
    const other = await newActor('MSME_OWNER');
    await expect(
      saveRegistration(other, { ...(await registrationInput()), capitalIdr: '2,5 miliar' }, true),
    ).rejects.toMatchObject({
      fieldErrors: { capitalIdr: [expect.stringContaining('Modal usaha tidak terbaca')] },
    });
    expect(await db.msme.count({ where: { ownerUserId: other.id } })).toBe(0);
  });
});

describe('changing a program', () => {
  it('saves changes with an audit entry; keeps the quota above the seats taken and the kind once helped', async () => {
    const { updateProgram } = await import('@/lib/programs/programs');
    const staff = await opdStaff('DISBUD');
    const p = await createProgram(staff, program({ quota: '5' }));
    await nominate(staff, p.id, { msmeIds: ['pendataan-0140', 'pendataan-0141'] });
    await expect(updateProgram(staff, p.id, program({ quota: '1' }))).rejects.toMatchObject({
      fieldErrors: { quota: ['Kuota tidak boleh kurang dari penerima yang sudah ditetapkan (2).'] },
    });
    await expect(updateProgram(staff, p.id, program({ kind: 'MENTORING' }))).rejects.toMatchObject({
      fieldErrors: { kind: ['Jenis program tidak dapat diubah setelah ada penerima.'] },
    });
    await expect(updateProgram(await opdStaff('DISKOMINFO'), p.id, program())).rejects.toBeInstanceOf(
      AccessDenied,
    );
    await updateProgram(
      staff,
      p.id,
      program({ name: 'Pelatihan Tari dan Kriya UMKM', quota: '8', openForApplications: '' }),
    );
    const saved = await db.aidProgram.findUniqueOrThrow({ where: { id: p.id } });
    expect(saved).toMatchObject({
      name: 'Pelatihan Tari dan Kriya UMKM',
      quota: 8,
      openForApplications: false,
    });
    expect(await db.auditLog.count({ where: { action: 'program.update', entityId: p.id } })).toBe(1);
  });
});

describe('records of one business, linked in steps', () => {
  it('follows NIK to one record and its phone to a third: help to the third stops help to the first', async () => {
    const base = await db.msme.findUniqueOrThrow({ where: { id: 'pendataan-0200' } });
    const stamp = Date.now();
    const make = (suffix: string, nikHash: string, whatsapp: string) =>
      db.msme.create({
        data: {
          slug: `rantai-${suffix}-${stamp}`,
          name: `Usaha Rantai ${suffix} ${stamp}`,
          ownerName: 'Uji Rantai',
          nikHash,
          whatsapp,
          nib: String(9140000000000 + (stamp % 100000) * 10 + suffix.charCodeAt(0) - 64),
          status: 'VERIFIED',
          kecamatanCode: base.kecamatanCode,
          categoryId: base.categoryId,
        },
      });
    const x = await make('A', `nik-${stamp}`, `62811${String(stamp).slice(-7)}`);
    await make('B', `nik-${stamp}`, `62822${String(stamp).slice(-7)}`);
    const z = await make('C', `nik-other-${stamp}`, `62822${String(stamp).slice(-7)}`);
    const admin = await demoActor('DINAS_ADMIN');
    const first = await createProgram(admin, program({ kind: 'MENTORING' }));
    const second = await createProgram(await opdStaff('DPPKB'), program({ kind: 'MENTORING' }));
    await nominate(admin, first.id, { msmeIds: [z.id] });
    await expect(nominate(admin, second.id, { msmeIds: [x.id] })).rejects.toThrow(
      /Tumpang tindih: sudah menerima pendampingan/,
    );
  });
});
