import crypto from 'node:crypto';
import sharp from 'sharp';
import { db } from '@/lib/server/db';
import type { Actor } from '@/lib/auth/actor';
import { saveRegistration } from '@/lib/msme/registration';
import { newActor } from './actors';

let counter = 0;
const pick = (n: number) => crypto.randomInt(n);
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A valid Medan NIK with random birth date and serial, so test files never collide. */
export function randomNik() {
  return `127105${pad(1 + pick(28), 2)}${pad(1 + pick(12), 2)}${pad(pick(100), 2)}${pad(1 + pick(9998), 4)}`;
}
/** A valid, unique registration (NIB, NIK, WhatsApp differ per call). */
export async function registrationInput(overrides: Record<string, unknown> = {}) {
  counter++;
  const n = pad(pick(1_000_000), 6) + pad(counter % 1000, 3);
  const category = await db.category.findUniqueOrThrow({ where: { slug: 'oleh-oleh' } });
  return {
    name: `Usaha Uji ${n}`,
    ownerName: 'Pemilik Uji',
    nik: randomNik(),
    nib: `81${n.slice(-11)}`.padEnd(13, '7'),
    kbli: '10792',
    size: 'MICRO',
    categoryId: category.id,
    kecamatanCode: '12.71.01',
    kelurahanCode: '12.71.01.1001',
    address: 'Jl. Pemuda No. 1',
    whatsapp: `0813${n.slice(-8)}`,
    yearFounded: '2019',
    employees: '2',
    bankName: 'Bank Sumut',
    bankAccount: `10${n}`,
    bankAccountHolder: 'Pemilik Uji',
    certifications: [{ type: 'HALAL', number: 'ID1211000099', expiresAt: '2030-01-01' }],
    ...overrides,
  };
}

/** An owner with a submitted registration; `verify` makes it binaan directly in the database. */
export async function ownerWithBusiness(options: { verify?: boolean } = {}): Promise<Actor> {
  const owner = await newActor('MSME_OWNER');
  const { id } = await saveRegistration(owner, await registrationInput(), true);
  if (options.verify)
    await db.msme.update({ where: { id }, data: { status: 'VERIFIED', verifiedAt: new Date() } });
  return { ...owner, msmeId: id };
}

export async function pngFile(width = 640, height = 480, name = 'foto.png') {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], name, { type: 'image/png' });
}
