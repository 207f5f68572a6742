import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { AccessDenied } from '@/lib/auth/actor';
import { todayInMedan } from '@/lib/format/date-only';
import { addMember, assessCooperative, createCooperative, recordRat } from '@/lib/cooperatives/registry';
import { importCooperatives } from '@/lib/cooperatives/import';
import { createProgram } from '@/lib/programs/programs';
import { nominate } from '@/lib/programs/enrolment';
import { rankedCandidates } from '@/lib/programs/candidates';
import { criterionText } from '@/lib/programs/text';
import { demoActor, newActor } from './support/actors';

const year = Number(todayInMedan().slice(0, 4));
const coopAid = () => ({
  name: `Bantuan Modal Koperasi Uji ${Math.random().toString(36).slice(2, 7)}`,
  kind: 'COOPERATIVE_AID',
  budgetIdr: 'Rp 100.000.000',
  budgetSource: 'APBD',
  activityCode: '3.31.02.2.03.0099',
  startsOn: todayInMedan(),
  endsOn: `${year}-12-31`,
  quota: '3',
});
const byName = (name: string) => db.cooperative.findFirstOrThrow({ where: { name } });

describe('cooperative aid goes only to healthy cooperatives', () => {
  it('refuses one under supervision, one with no RAT in the last year, one not assessed this year; gives to a sehat one', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const p = await createProgram(admin, coopAid());
    const petisah = await byName('Koperasi Pedagang Pasar Petisah');
    await expect(nominate(admin, p.id, { cooperativeIds: [petisah.id] })).rejects.toThrow(
      `Tidak ada yang disimpan. Koperasi Pedagang Pasar Petisah: Predikat kesehatan tahun ${year}: Dalam pengawasan. Bantuan koperasi hanya untuk koperasi sehat.`,
    );
    const melati = await byName('Koperasi Wanita Melati Marelan');
    await expect(nominate(admin, p.id, { cooperativeIds: [melati.id] })).rejects.toThrow(
      /tidak ada RAT dalam setahun terakhir/,
    );
    const kopi = await byName('Koperasi Kopi Sidikalang Medan');
    await expect(nominate(admin, p.id, { cooperativeIds: [kopi.id] })).rejects.toThrow(
      `Belum dinilai kesehatannya untuk tahun ${year}.`,
    );
    const ulos = await byName('Koperasi Produsen Ulos Sejahtera');
    expect(await nominate(admin, p.id, { cooperativeIds: [ulos.id] })).toEqual({ admitted: 1 });
    // An UMKM cannot take a cooperative seat.
    await expect(nominate(admin, p.id, { msmeIds: ['pendataan-0001'] })).rejects.toThrow(
      /hanya untuk koperasi/,
    );
    const list = await rankedCandidates(admin, p.id);
    const shown = list.ineligible.find((c) => c.cooperativeId === petisah.id)!;
    expect(shown.criteria.filter((c) => !c.ok).map((c) => criterionText(c))).toEqual([
      `Predikat kesehatan tahun ${year}: Dalam pengawasan. Bantuan koperasi hanya untuk koperasi sehat.`,
    ]);
  });

  it('only Dinas admins assess; the predicate comes from the band table; an RAT date makes aid possible again', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const coop = await createCooperative(admin, {
      name: "Koperasi Serba Usaha Karya Bersama D'Medan",
      legalNumber: `AHU-UJI-${Date.now()}`,
      kecamatanCode: '12.71.01',
      memberCount: '25',
      chairName: 'Hj. Nur’aini Lubis',
      businessLines: 'simpan pinjam; kerajinan',
      lastRatOn: '02/02/2024',
    });
    await expect(
      assessCooperative(await newActor('OPD_STAFF'), coop.id, {
        year,
        governance: 90,
        risk: 90,
        finance: 90,
        capital: 90,
      }),
    ).rejects.toBeInstanceOf(AccessDenied);
    await expect(
      assessCooperative(admin, coop.id, {
        year: year + 1,
        governance: 90,
        risk: 90,
        finance: 90,
        capital: 90,
      }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      assessCooperative(admin, coop.id, { year, governance: 101, risk: 90, finance: 90, capital: 90 }),
    ).rejects.toMatchObject({ name: 'ZodError' });
    expect(
      await assessCooperative(admin, coop.id, { year, governance: 82, risk: 80, finance: 79, capital: 80 }),
    ).toEqual({ totalScoreCenti: 8025, predicate: 'SEHAT' });
    const p = await createProgram(admin, coopAid());
    await expect(nominate(admin, p.id, { cooperativeIds: [coop.id] })).rejects.toThrow(
      /RAT terakhir 2 Feb 2024: tidak ada RAT/,
    );
    await expect(recordRat(admin, coop.id, { lastRatOn: '01/01/2100' })).rejects.toMatchObject({
      name: 'ZodError',
    });
    await recordRat(admin, coop.id, { lastRatOn: todayInMedan() });
    await nominate(admin, p.id, { cooperativeIds: [coop.id] });
    expect(
      await db.programBeneficiary.count({
        where: { programId: p.id, cooperativeId: coop.id, status: 'ACCEPTED' },
      }),
    ).toBe(1);
    const member = await db.msme.findFirstOrThrow({ where: { id: 'pendataan-0007' } });
    await addMember(admin, coop.id, { nib: member.nib! });
    await expect(addMember(admin, coop.id, { nib: '0000000000000' })).rejects.toMatchObject({ status: 404 });
    expect(await db.cooperativeMember.count({ where: { cooperativeId: coop.id } })).toBe(1);
  });
});

describe('cooperative import', () => {
  const csv = (rows: string[]) =>
    new File(
      [
        [
          'nama_koperasi;nomor_badan_hukum;nik_koperasi;kecamatan;jumlah_anggota;ketua;bidang_usaha;tanggal_rat_terakhir',
          ...rows,
        ].join('\n'),
      ],
      'koperasi.csv',
      { type: 'text/csv' },
    );
  it('reports every bad row, imports the valid ones once', async () => {
    const admin = await demoActor('DINAS_ADMIN');
    const stamp = Date.now();
    const file = csv([
      `Koperasi Tani Sunggal Maju;AHU-IMP-${stamp}-1;;Medan Sunggal;31;Pak Sinaga;pertanian;15/03/2026`,
      `Koperasi Antah Berantah;AHU-IMP-${stamp}-2;;Medan Antah;40;Bu Rina;simpan pinjam;`,
      `Koperasi Kecil Sekali;AHU-IMP-${stamp}-3;123;Medan Kota;3;Pak Amir;;31/02/2026`,
      `Koperasi Tani Sunggal Dobel;AHU-IMP-${stamp}-1;;Medan Sunggal;31;Pak Sinaga;;`,
    ]);
    const check = await importCooperatives(admin, file, false);
    expect(check).toMatchObject({ rows: 4, valid: 1, imported: 0 });
    expect(check.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'kecamatan'],
      [4, 'nik_koperasi'],
      [4, 'jumlah_anggota'],
      [4, 'tanggal_rat_terakhir'],
      [5, 'nomor_badan_hukum'],
    ]);
    expect(await db.cooperative.count({ where: { name: 'Koperasi Tani Sunggal Maju' } })).toBe(0);
    expect((await importCooperatives(admin, file, true)).imported).toBe(1);
    expect(await importCooperatives(admin, file, true)).toMatchObject({ imported: 0, alreadyImported: 1 });
    await expect(importCooperatives(await newActor('OPD_STAFF'), file, true)).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });
});
