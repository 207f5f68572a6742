// The demo accounts listed in README.md ("Demo accounts"). Tests sign in with them too.
export const demoAccounts = {
  DINAS_ADMIN: {
    email: 'admin@etalase-umkm.id',
    password: 'Dinas#Medan2026',
    name: 'Rina Siregar (Dinas Koperasi UKM)',
  },
  OPD_STAFF: {
    email: 'opd@etalase-umkm.id',
    password: 'Opd#Medan2026',
    name: 'Fajar Lubis (Diskominfo)',
    opdCode: 'DISKOMINFO',
  },
  MSME_OWNER: { email: 'umkm@etalase-umkm.id', password: 'Umkm#Medan2026', name: 'Siti Nasution' },
  SHOPPER: { email: 'pembeli@etalase-umkm.id', password: 'Pembeli#Medan2026', name: 'Andi Tarigan' },
} as const;

// A second OPD's staff member, for "another OPD's records" checks.
export const secondOpdStaff = {
  email: 'opd.dinkes@etalase-umkm.id',
  password: 'Opd#Medan2026',
  name: 'Maria Sembiring (Dinkes)',
  opdCode: 'DINKES',
};

// Owners of two seeded catering UMKM, so a procurement can be walked through with several bidders.
export const cateringOwners = [
  {
    email: 'katering@etalase-umkm.id',
    password: 'Umkm#Medan2026',
    name: 'Nurhayati Lubis',
    msmeName: 'Katering Bunda Rasa',
  },
  {
    email: 'dapur@etalase-umkm.id',
    password: 'Umkm#Medan2026',
    name: 'Ijah Harahap',
    msmeName: 'Dapur Mak Ijah',
  },
] as const;
