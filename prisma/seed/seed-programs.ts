// Aid and training programs over the last two years by several OPDs, cooperatives in each health
// predicate, and the pendataan's many never-helped UMKM (concentrated in the northern kecamatan),
// so the coverage pages tell the story the council asked about. Dates are relative to the day the
// seed runs, so "helped within the last 12 months" stays true.
import type { Tx } from '../../lib/db/client';
import { sealPii } from '../../lib/security/pii';
import { slugify } from '../../lib/format/slug';
import { healthResult, healthRulesSchema } from '../../lib/programs/rules';
import { ownerFirstNames, ownerLastNames } from './reference-data';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
/** A calendar day `days` before today (negative: after), as a DATE value. */
const day = (days: number) =>
  new Date(new Date(Date.now() + 7 * 3_600_000 - days * DAY).toISOString().slice(0, 10));

// The UMKM the e2e story's second OPD tries to help again (equipment aid 90 days ago).
export const recentlyEquippedIndex = 10;

const northern = ['12.71.08', '12.71.12', '12.71.13', '12.71.06']; // Belawan, Marelan, Labuhan, Deli
const trades = [
  ['Keripik Ubi', 'oleh-oleh'],
  ['Kue Basah', 'kue-roti'],
  ['Warung Kopi', 'minuman'],
  ['Ikan Asin', 'oleh-oleh'],
  ['Jahit Baju', 'fashion-ulos'],
  ['Anyaman Pandan', 'kerajinan'],
  ['Sambal Andaliman', 'oleh-oleh'],
  ['Lontong Medan', 'katering'],
  ['Bordir', 'fashion-ulos'],
  ['Kerupuk Udang', 'oleh-oleh'],
] as const;

async function seedPendataan(db: Tx, piiKey: string, adminId: string) {
  const kecamatan = await db.kecamatan.findMany({ orderBy: { code: 'asc' }, include: { kelurahan: true } });
  const categories = new Map((await db.category.findMany()).map((c) => [c.slug, c.id]));
  const rows = [];
  const names = new Set<string>();
  const streets = [
    'Sei Batang Hari',
    'Bakti',
    'Pelajar',
    'Karya',
    'Kapten Muslim',
    'Sutrisno',
    'Pancing',
    'Marelan Raya',
    'Kol. Yos Sudarso',
    'Titi Papan',
    'Bilal',
    'Garu II',
    'Denai',
    'Menteng Raya',
    'Setia Luhur',
    'Halat',
    'Tuasan',
    'Platina',
    'Stasiun',
    'Mangaan',
  ];
  let n = 0;
  for (const k of kecamatan) {
    const count = northern.includes(k.code) ? 28 : 9;
    for (let j = 0; j < count; j++, n++) {
      const [trade, category] = trades[n % trades.length];
      const first = ownerFirstNames[(n * 7) % ownerFirstNames.length];
      const last = ownerLastNames[(n * 5) % ownerLastNames.length];
      const kelurahan = k.kelurahan[j % k.kelurahan.length];
      let name = `${trade} ${first} ${last}`;
      if (names.has(name)) name = `${trade} ${kelurahan?.name ?? k.name} ${first}`;
      if (names.has(name)) name = `${name} ${j + 1}`;
      names.add(name);
      const nik = `1271${k.code.slice(-2)}${String(1 + (n % 28)).padStart(2, '0')}${String(1 + (n % 12)).padStart(2, '0')}${70 + (n % 25)}${String(5000 + n).slice(-4)}`;
      const sealed = sealPii(piiKey, nik);
      rows.push({
        id: `pendataan-${String(n).padStart(4, '0')}`,
        slug: `${slugify(name)}-${n}`,
        name,
        ownerName: `${first} ${last}`,
        nikCipher: sealed.cipher,
        nikHash: sealed.hash,
        nikLast4: sealed.last4,
        nib: String(9130000000000 + n * 7919),
        kbli: '10792',
        size: n % 17 === 0 ? ('SMALL' as const) : ('MICRO' as const),
        capitalIdr: BigInt(n % 17 === 0 ? 1_500_000_000 : 15_000_000 + (n % 40) * 2_500_000),
        annualTurnoverIdr: BigInt(n % 17 === 0 ? 3_200_000_000 : 60_000_000 + (n % 30) * 12_000_000),
        categoryId: categories.get(category) ?? null,
        kecamatanCode: k.code,
        kelurahanCode: kelurahan?.code ?? null,
        address: `${['Jl.', 'Gg.', 'Lr.'][n % 3]} ${streets[(n * 7) % streets.length]} No. ${((n * 13) % 200) + 1}, ${kelurahan?.name ?? k.name}`,
        whatsapp: `62813${String(70000000 + n * 577).slice(0, 8)}`,
        yearFounded: 2010 + (n % 15),
        employees: 1 + (n % 4),
        status: n % 9 === 4 ? ('SUBMITTED' as const) : ('VERIFIED' as const),
        submittedAt: ago(200 - (n % 60)),
        verifiedAt: n % 9 === 4 ? null : ago(150 - (n % 60)),
        verifiedById: n % 9 === 4 ? null : adminId,
        importKey: `pendataan-2026-${n}`,
      });
    }
  }
  await db.msme.createMany({ data: rows });
  // Declared figures for the original demo UMKM, so their size class is computed (PP 7/2021).
  const base = await db.msme.findMany({ where: { importKey: null }, select: { id: true, size: true } });
  for (const [i, m] of base.entries()) {
    const capital =
      m.size === 'MEDIUM' ? 6_500_000_000 : m.size === 'SMALL' ? 2_000_000_000 : 40_000_000 + i * 3_000_000;
    const turnover =
      m.size === 'MEDIUM' ? 20_000_000_000 : m.size === 'SMALL' ? 4_500_000_000 : 180_000_000 + i * 9_000_000;
    await db.msme.update({
      where: { id: m.id },
      data: { capitalIdr: BigInt(capital), annualTurnoverIdr: BigInt(turnover) },
    });
  }
  // The same business registered twice (a new phone, a misspelt name): the overlap guard must see
  // through it, and the similarity check flags the second pair for a person to decide.
  const first = rows[3];
  const sealed = sealPii(piiKey, `1271${first.kecamatanCode!.slice(-2)}0404${'75'}9999`);
  await db.msme.create({
    data: {
      ...first,
      id: 'pendataan-twin',
      slug: `${first.slug}-ulang`,
      name: `${first.name}s (daftar ulang)`,
      nib: String(9130009999991),
      whatsapp: first.whatsapp,
      nikCipher: sealed.cipher,
      nikHash: sealed.hash,
      nikLast4: sealed.last4,
      importKey: 'pendataan-2026-twin',
    },
  });
  // …and one that shares nothing exact (another NIK, NIB and phone) but the name and the street: only
  // the similarity check can flag it, and a person decides.
  const lookalike = rows[60]; // in Medan Deli, never helped
  const sealedOther = sealPii(piiKey, `1271${lookalike.kecamatanCode!.slice(-2)}0505${'80'}8888`);
  await db.msme.create({
    data: {
      ...lookalike,
      id: 'pendataan-lookalike',
      slug: `${lookalike.slug}-mirip`,
      name: lookalike.name.replace(/a/, 'aa'),
      nib: String(9130009999992),
      whatsapp: '6281399990001',
      nikCipher: sealedOther.cipher,
      nikHash: sealedOther.hash,
      nikLast4: sealedOther.last4,
      importKey: 'pendataan-2026-lookalike',
    },
  });
}

type Plan = {
  opd: string;
  name: string;
  kind: 'EQUIPMENT_AID' | 'TRAINING' | 'MENTORING' | 'CERTIFICATION' | 'MARKETING' | 'COOPERATIVE_AID';
  from: number; // days ago
  to: number;
  quota: number;
  budget: number;
  source: 'APBD' | 'P_APBD' | 'APBN' | 'CSR' | 'OTHER';
  code: string;
  helpedDaysAgo: number;
  take: number;
  open?: boolean;
  lacksHalal?: boolean;
  description: string;
};

const plans: Plan[] = [
  {
    opd: 'DISKOPUKMPERINDAG',
    name: 'Bantuan Peralatan Produksi UMKM Tahun 2025',
    kind: 'EQUIPMENT_AID',
    from: 640,
    to: 380,
    quota: 40,
    budget: 600_000_000,
    source: 'APBD',
    code: '3.31.03.2.01.0012',
    helpedDaysAgo: 500,
    take: 32,
    description: 'Oven, mixer, sealer dan etalase untuk UMKM pangan binaan.',
  },
  {
    opd: 'DISKOPUKMPERINDAG',
    name: 'Pelatihan Kemasan dan Label Produk UMKM 2025',
    kind: 'TRAINING',
    from: 600,
    to: 560,
    quota: 30,
    budget: 85_000_000,
    source: 'APBD',
    code: '3.31.03.2.02.0004',
    helpedDaysAgo: 590,
    take: 26,
    description: 'Desain kemasan, label sesuai ketentuan BPOM dan halal, dan foto produk.',
  },
  {
    opd: 'DISNAKER',
    name: 'Pelatihan Keterampilan Tata Boga 2025',
    kind: 'TRAINING',
    from: 450,
    to: 420,
    quota: 25,
    budget: 60_000_000,
    source: 'APBD',
    code: '2.07.02.2.01.0003',
    helpedDaysAgo: 440,
    take: 18,
    description: 'Pelatihan berbasis kompetensi untuk usaha katering rumahan.',
  },
  {
    opd: 'DP3A',
    name: 'Pendampingan UMKM Perempuan Naik Kelas 2025',
    kind: 'MENTORING',
    from: 400,
    to: 200,
    quota: 20,
    budget: 45_000_000,
    source: 'APBN',
    code: '2.08.02.2.03.0001',
    helpedDaysAgo: 380,
    take: 16,
    description: 'Pendampingan usaha bagi pelaku UMKM perempuan kepala keluarga.',
  },
  {
    opd: 'DISKOPUKMPERINDAG',
    name: 'Bantuan Peralatan Usaha Mikro 2026',
    kind: 'EQUIPMENT_AID',
    from: 120,
    to: -30,
    quota: 60,
    budget: 750_000_000,
    source: 'APBD',
    code: '3.31.03.2.01.0015',
    helpedDaysAgo: 90,
    take: 24,
    description:
      'Peralatan produksi untuk usaha mikro; sebagian kuota dicadangkan bagi kecamatan di utara Medan.',
  },
  {
    opd: 'DINSOS',
    name: 'Bantuan Gerobak dan Peralatan Usaha Keluarga Prasejahtera 2026',
    kind: 'EQUIPMENT_AID',
    from: 70,
    to: -40,
    quota: 30,
    budget: 210_000_000,
    source: 'P_APBD',
    code: '1.06.04.2.01.0007',
    helpedDaysAgo: 50,
    take: 9,
    description: 'Gerobak dan peralatan dagang bagi keluarga prasejahtera yang berusaha.',
  },
  {
    opd: 'DISPAR',
    name: 'Fasilitasi Pameran Medan Fair 2026',
    kind: 'MARKETING',
    from: 45,
    to: 38,
    quota: 12,
    budget: 120_000_000,
    source: 'CSR',
    code: '3.26.02.2.02.0002',
    helpedDaysAgo: 44,
    take: 8,
    description: 'Stan gratis dan kurasi produk untuk pameran.',
  },
  {
    opd: 'DISKOPUKMPERINDAG',
    name: 'Pelatihan Digitalisasi UMKM: Foto Produk dan Toko Online 2026',
    kind: 'TRAINING',
    from: 60,
    to: -45,
    quota: 50,
    budget: 95_000_000,
    source: 'APBD',
    code: '3.31.03.2.02.0009',
    helpedDaysAgo: 40,
    take: 18,
    open: true,
    description: 'Foto produk dengan ponsel, toko di lokapasar, dan pemasaran di media sosial.',
  },
  {
    opd: 'DISKOPUKMPERINDAG',
    name: 'Fasilitasi Sertifikasi Halal Gratis (Self Declare) 2026',
    kind: 'CERTIFICATION',
    from: 30,
    to: -60,
    quota: 40,
    budget: 40_000_000,
    source: 'APBD',
    code: '3.31.03.2.02.0011',
    helpedDaysAgo: 20,
    take: 6,
    open: true,
    lacksHalal: true,
    description: 'Pendampingan proses produk halal (PPH) sampai sertifikat terbit.',
  },
];

const equipment = [
  'Oven gas 2 rak',
  'Mixer planetary 7 liter',
  'Continuous sealer',
  'Etalase kaca',
  'Kompor dua tungku',
  'Freezer box 200 liter',
];

export async function seedPrograms(db: Tx, piiKey: string, users: Record<string, string>) {
  await seedPendataan(db, piiKey, users.DINAS_ADMIN);
  const opds = new Map(
    (await db.opd.findMany({ select: { id: true, code: true } })).map((o) => [o.code, o.id]),
  );
  const verified = await db.msme.findMany({
    where: { status: 'VERIFIED' },
    orderBy: [{ importKey: { sort: 'asc', nulls: 'first' } }, { slug: 'asc' }],
    select: { id: true, kecamatanCode: true, importKey: true, ownerUserId: true, slug: true },
  });
  const demoOwner = verified.find((m) => m.ownerUserId === users.MSME_OWNER);
  const baseOrdered = await db.msme.findMany({
    where: { importKey: null },
    orderBy: { nib: 'asc' },
    select: { id: true },
  });
  const recentlyEquipped = baseOrdered[recentlyEquippedIndex].id;
  // Help goes mostly to the south and centre: the northern kecamatan are the never-helped.
  const southern = verified.filter(
    (m) => !northern.includes(m.kecamatanCode ?? '') && m.id !== demoOwner?.id,
  );
  const northernFew = verified.filter((m) => northern.includes(m.kecamatanCode ?? '')).slice(0, 6);
  const helpedByKind = new Map<string, Set<string>>();
  const programIds: Record<string, string> = {};
  for (const [p, plan] of plans.entries()) {
    const program = await db.aidProgram.create({
      data: {
        opdId: opds.get(plan.opd)!,
        name: plan.name,
        kind: plan.kind,
        description: plan.description,
        budgetIdr: BigInt(plan.budget),
        budgetSource: plan.source,
        activityCode: plan.code,
        startsOn: day(plan.from),
        endsOn: day(plan.to),
        quota: plan.quota,
        openForApplications: !!plan.open,
        lacksCertification: plan.lacksHalal ? 'HALAL' : null,
        createdById: users.DINAS_ADMIN,
        ...(plan.name.includes('Usaha Mikro 2026')
          ? {
              quotaReleaseOn: day(-15),
              kecamatanQuotas: {
                create: northern.slice(0, 3).map((code) => ({ kecamatanCode: code, quota: 10 })),
              },
            }
          : {}),
      },
    });
    programIds[plan.name] = program.id;
    const seen = helpedByKind.get(plan.kind) ?? new Set<string>();
    helpedByKind.set(plan.kind, seen);
    const pool = [
      ...(plan.name.includes('Usaha Mikro 2026') ? [baseOrdered[recentlyEquippedIndex], ...northernFew] : []),
      ...southern.slice((p * 23) % southern.length).concat(southern.slice(0, (p * 23) % southern.length)),
    ];
    const chosen: string[] = [];
    for (const m of pool) {
      if (chosen.length >= plan.take) break;
      if (
        seen.has(m.id) &&
        plan.helpedDaysAgo > 0 &&
        plan.kind === 'EQUIPMENT_AID' &&
        plan.helpedDaysAgo < 400
      )
        continue;
      if (chosen.includes(m.id) || (m.id === recentlyEquipped && !plan.name.includes('Usaha Mikro 2026')))
        continue;
      chosen.push(m.id);
    }
    for (const [j, msmeId] of chosen.entries()) {
      seen.add(msmeId);
      const entry = await db.programBeneficiary.create({
        data: {
          programId: program.id,
          msmeId,
          status: 'ACCEPTED',
          acceptedAt: ago(plan.helpedDaysAgo - (j % 5)),
          addedAt: ago(plan.helpedDaysAgo + 3),
          nominatedById: users.DINAS_ADMIN,
          decidedById: users.DINAS_ADMIN,
        },
      });
      if (plan.kind === 'EQUIPMENT_AID')
        await db.programDelivery.create({
          data: {
            beneficiaryId: entry.id,
            kind: 'EQUIPMENT',
            description: equipment[j % equipment.length],
            valueIdr: BigInt(4_500_000 + (j % 6) * 1_250_000),
            deliveredOn: day(plan.helpedDaysAgo - 10),
          },
        });
    }
    if (plan.kind === 'TRAINING' && plan.helpedDaysAgo > 100) {
      const entries = await db.programBeneficiary.findMany({
        where: { programId: program.id },
        select: { id: true },
      });
      for (const s of [0, 1]) {
        const session = await db.programSession.create({
          data: {
            programId: program.id,
            title: s === 0 ? 'Sesi 1: materi dan praktik' : 'Sesi 2: praktik dan evaluasi',
            heldOn: day(plan.helpedDaysAgo - 5 - s * 7),
            venue: 'Aula Dinas Koperasi UKM Kota Medan, Jl. Pinang Baris',
          },
        });
        await db.sessionAttendance.createMany({
          data: entries.map((e, i) => ({
            sessionId: session.id,
            beneficiaryId: e.id,
            present: (i + s) % 6 !== 0,
          })),
        });
      }
    }
  }
  // The demo owner was mentored in 2025 (a history to see, and no training in the last 12 months).
  if (demoOwner)
    await db.programBeneficiary.create({
      data: {
        programId: programIds['Pendampingan UMKM Perempuan Naik Kelas 2025'],
        msmeId: demoOwner.id,
        status: 'ACCEPTED',
        acceptedAt: ago(370),
        addedAt: ago(372),
        nominatedById: users.DINAS_ADMIN,
      },
    });
  // Applications waiting in the open digitalisation training.
  const digital = programIds['Pelatihan Digitalisasi UMKM: Foto Produk dan Toko Online 2026'];
  const taken = new Set(
    (await db.programBeneficiary.findMany({ where: { programId: digital }, select: { msmeId: true } })).map(
      (b) => b.msmeId,
    ),
  );
  const applicants = verified.filter((m) => !taken.has(m.id) && m.id !== demoOwner?.id).slice(40, 45);
  for (const [i, m] of applicants.entries())
    await db.programBeneficiary.create({
      data: {
        programId: digital,
        msmeId: m.id,
        status: 'APPLIED',
        appliedAt: ago(10 - i),
        applicationNote: 'Ingin belajar berjualan di lokapasar.',
      },
    });

  // The overlap guard at work: Dinsos tried to equip a business the Dinas equipped 90 days ago.
  const dinsos = programIds['Bantuan Gerobak dan Peralatan Usaha Keluarga Prasejahtera 2026'];
  const dinasEquip = programIds['Bantuan Peralatan Usaha Mikro 2026'];
  const dinasEquipped = await db.programBeneficiary.findMany({
    where: { programId: dinasEquip, msmeId: { not: recentlyEquipped } },
    select: { msmeId: true, acceptedAt: true },
    take: 2,
    orderBy: { id: 'asc' },
  });
  const dinsosStaff = users.OPD_STAFF;
  const blocked = await db.overlapCheck.create({
    data: {
      programId: dinsos,
      msmeId: dinasEquipped[0].msmeId!,
      earlierProgramId: dinasEquip,
      earlierHelpedAt: dinasEquipped[0].acceptedAt!,
      outcome: 'BLOCKED',
      byUserId: dinsosStaff,
      at: ago(48),
      resolvedAt: ago(47),
    },
  });
  await db.auditLog.create({
    data: {
      actorId: dinsosStaff,
      actorRole: 'OPD_STAFF',
      action: 'program.overlap.blocked',
      entityType: 'AidProgram',
      entityId: dinsos,
      after: {
        checkId: blocked.id,
        msmeId: dinasEquipped[0].msmeId!,
        earlierProgram: 'Bantuan Peralatan Usaha Mikro 2026',
      },
      at: ago(48),
    },
  });
  // …and an override: the second one's stall burned down after the Dinas aid, so Dinsos replaced it.
  await db.programBeneficiary.create({
    data: {
      programId: dinsos,
      msmeId: dinasEquipped[1].msmeId!,
      status: 'ACCEPTED',
      acceptedAt: ago(45),
      nominatedById: users.DINAS_ADMIN,
      decidedById: users.DINAS_ADMIN,
      note: 'Pengganti peralatan yang terbakar.',
    },
  });
  const reason =
    'Lapak terbakar dalam kebakaran Pasar Sukaramai; peralatan bantuan Dinas ikut hangus (laporan BPBD).';
  await db.overlapCheck.create({
    data: {
      programId: dinsos,
      msmeId: dinasEquipped[1].msmeId!,
      earlierProgramId: dinasEquip,
      earlierHelpedAt: dinasEquipped[1].acceptedAt!,
      outcome: 'OVERRIDDEN',
      byUserId: users.DINAS_ADMIN,
      reasonCode: 'DISASTER_RECOVERY',
      reason,
      at: ago(45),
      resolvedAt: ago(45),
    },
  });
  await db.auditLog.create({
    data: {
      actorId: users.DINAS_ADMIN,
      actorRole: 'DINAS_ADMIN',
      action: 'program.overlap.override',
      entityType: 'AidProgram',
      entityId: dinsos,
      after: {
        msmeId: dinasEquipped[1].msmeId!,
        earlierProgram: 'Bantuan Peralatan Usaha Mikro 2026',
        reasonCode: 'DISASTER_RECOVERY',
        reason,
      },
      at: ago(45),
    },
  });
  await seedCooperatives(db, users);
}

async function seedCooperatives(db: Tx, users: Record<string, string>) {
  const ruleRow = await db.ruleSet.findFirstOrThrow({
    where: { topic: 'cooperative-health' },
    orderBy: { validFrom: 'desc' },
  });
  const rules = healthRulesSchema.parse(ruleRow.rules);
  const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
  const coops = [
    {
      name: 'Koperasi Produsen Ulos Sejahtera',
      kec: '12.71.01',
      members: 64,
      chair: 'Hj. Rosmawati Siregar',
      lines: ['tenun ulos', 'simpan pinjam'],
      rat: 250,
      scores: [88, 84, 86, 82],
      years: [year, year - 1],
    },
    {
      name: 'KSP Mitra Usaha Medan',
      kec: '12.71.19',
      members: 212,
      chair: 'Drs. Marihot Simanjuntak',
      lines: ['simpan pinjam'],
      rat: 280,
      scores: [84, 80, 83, 81],
      years: [year],
    },
    {
      name: 'Koperasi Konsumen Pegawai Pemko Medan',
      kec: '12.71.05',
      members: 540,
      chair: 'Ir. Syahrial Nasution',
      lines: ['toko konsumsi', 'simpan pinjam'],
      rat: 300,
      scores: [75, 70, 72, 68],
      years: [year],
    },
    {
      name: 'Koperasi Pedagang Pasar Petisah',
      kec: '12.71.19',
      members: 130,
      chair: 'H. Baharuddin Lubis',
      lines: ['simpan pinjam', 'pengadaan barang dagangan'],
      rat: 320,
      scores: [60, 55, 58, 54],
      years: [year],
    },
    {
      name: 'KSU Nelayan Belawan Bersatu',
      kec: '12.71.08',
      members: 88,
      chair: 'Rahmat Hasibuan',
      lines: ['perikanan', 'simpan pinjam'],
      rat: 500,
      scores: [45, 40, 38, 42],
      years: [year],
    },
    {
      name: 'Koperasi Wanita Melati Marelan',
      kec: '12.71.12',
      members: 47,
      chair: 'Dewi Harahap',
      lines: ['simpan pinjam', 'olahan pangan'],
      rat: 520,
      scores: [85, 81, 82, 80],
      years: [year],
    },
    {
      name: 'Koperasi Kopi Sidikalang Medan',
      kec: '12.71.17',
      members: 35,
      chair: 'Maruli Sihombing',
      lines: ['pengolahan kopi'],
      rat: 200,
      scores: [86, 80, 84, 83],
      years: [year - 1],
    },
    {
      name: 'Koperasi Syariah Amanah Denai',
      kec: '12.71.04',
      members: 96,
      chair: 'Ustadz Fauzi Pulungan',
      lines: ['simpan pinjam pembiayaan syariah'],
      rat: 150,
      scores: [70, 66, 68, 65],
      years: [year, year - 1],
    },
  ];
  const msmes = await db.msme.findMany({
    where: { status: 'VERIFIED' },
    take: 24,
    orderBy: { slug: 'asc' },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const [i, c] of coops.entries()) {
    const coop = await db.cooperative.create({
      data: {
        name: c.name,
        legalNumber: `AHU-00${String(1200 + i * 37).padStart(5, '0')}.AH.01.26.TAHUN ${2012 + i}`,
        nik: `12710${String(10 + i)}00${String(100000 + i * 731).slice(0, 6)}${i}`
          .slice(0, 16)
          .padEnd(16, '0'),
        kecamatanCode: c.kec,
        memberCount: c.members,
        chairName: c.chair,
        businessLines: c.lines,
        lastRatOn: day(c.rat),
        members: { create: msmes.slice(i * 3, i * 3 + 3).map((m) => ({ msmeId: m.id })) },
      },
    });
    ids.push(coop.id);
    for (const y of c.years) {
      const drift = y === year ? 0 : -3;
      const [governance, risk, finance, capital] = c.scores.map((s) => s + drift);
      const result = healthResult({ governance, risk, finance, capital }, rules);
      await db.cooperativeAssessment.create({
        data: {
          cooperativeId: coop.id,
          year: y,
          governanceScore: governance,
          riskScore: risk,
          financeScore: finance,
          capitalScore: capital,
          totalScoreCenti: result.totalScoreCenti,
          predicate: result.predicate,
          ruleSetId: ruleRow.id,
          assessedById: users.DINAS_ADMIN,
          assessedAt: ago(y === year ? 60 + i : 420),
        },
      });
    }
  }
  const opd = await db.opd.findUniqueOrThrow({ where: { code: 'DISKOPUKMPERINDAG' } });
  await db.aidProgram.create({
    data: {
      opdId: opd.id,
      name: 'Bantuan Penguatan Modal Koperasi Sehat 2026',
      kind: 'COOPERATIVE_AID',
      description: 'Hibah penguatan modal bagi koperasi yang dinilai sehat dan tertib RAT.',
      budgetIdr: 500_000_000n,
      budgetSource: 'APBD',
      activityCode: '3.31.02.2.03.0002',
      startsOn: day(30),
      endsOn: day(-90),
      quota: 5,
      verifiedOnly: false,
      createdById: users.DINAS_ADMIN,
      beneficiaries: {
        create: [
          {
            cooperativeId: ids[1],
            status: 'ACCEPTED',
            acceptedAt: ago(12),
            nominatedById: users.DINAS_ADMIN,
          },
        ],
      },
    },
  });
}
