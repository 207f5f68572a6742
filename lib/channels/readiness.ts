// Which of a partner's requirements a listing already meets, computed from the UMKM's data; what the
// data cannot show (GS1 barcode, label, capacity) counts once a Dinas facilitator confirms it.
import { isStillValid } from '@/lib/msme/certificates';
export type RequirementCheck = {
  code: string;
  label: string;
  required: boolean;
  met: boolean;
  how: 'data' | 'confirmed' | 'missing';
};

export type ReadinessInput = {
  msme: {
    nib: string | null;
    npwp: string | null;
    nikHash: string | null;
    bankAccountLast4: string | null;
    address: string | null;
    certifications: { type: string; expiresAt: Date | null }[];
  };
  product: { imageCount: number; dailyCapacity: number | null; stock: number | null; food: boolean };
  confirmed: string[];
  requirements: { code: string; label: string; required: boolean }[];
};

const manualOnly = new Set(['GS1', 'LABEL']);

export function checkReadiness(input: ReadinessInput, now = new Date()): RequirementCheck[] {
  const valid = (type: string) =>
    input.msme.certifications.some((c) => c.type === type && isStillValid(c.expiresAt, now));
  const fromData: Record<string, boolean> = {
    NIB: !!input.msme.nib,
    NPWP: !!input.msme.npwp,
    KTP: !!input.msme.nikHash,
    BANK_ACCOUNT: !!input.msme.bankAccountLast4,
    OUTLET_LOCATION: !!input.msme.address,
    PHOTOS: input.product.imageCount > 0,
    HALAL: !input.product.food || valid('HALAL'),
    PIRT_OR_BPOM: !input.product.food || valid('PIRT') || valid('BPOM_MD'),
    CAPACITY: input.product.dailyCapacity !== null || (input.product.stock ?? 0) > 0,
  };
  return input.requirements.map((r) => {
    const byData = !manualOnly.has(r.code) && fromData[r.code] === true;
    const confirmed = input.confirmed.includes(r.code);
    return { ...r, met: byData || confirmed, how: byData ? 'data' : confirmed ? 'confirmed' : 'missing' };
  });
}

export const foodCategories = [
  'katering',
  'snack-box',
  'oleh-oleh',
  'kopi-minuman',
  'makanan-ringan',
  'bumbu-sambal',
];
