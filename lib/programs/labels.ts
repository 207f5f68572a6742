// The words people read for program, cooperative and overlap codes (Bahasa Indonesia; English in
// lib/i18n/en/programs.ts). Pages, exports and the public coverage data use these.
export const programKinds = [
  'EQUIPMENT_AID',
  'TRAINING',
  'MENTORING',
  'CERTIFICATION',
  'MARKETING',
  'COOPERATIVE_AID',
] as const;
export type ProgramKindCode = (typeof programKinds)[number];

export const programKindLabel: Record<ProgramKindCode, string> = {
  EQUIPMENT_AID: 'Bantuan peralatan',
  TRAINING: 'Pelatihan',
  MENTORING: 'Pendampingan',
  CERTIFICATION: 'Fasilitasi sertifikasi',
  MARKETING: 'Fasilitasi pemasaran',
  COOPERATIVE_AID: 'Bantuan koperasi',
};

export const budgetSources = ['APBD', 'P_APBD', 'APBN', 'CSR', 'OTHER'] as const;
export const budgetSourceLabel: Record<(typeof budgetSources)[number], string> = {
  APBD: 'APBD',
  P_APBD: 'P-APBD',
  APBN: 'APBN/DAK',
  CSR: 'CSR',
  OTHER: 'Lainnya',
};

export const beneficiaryStatusLabel = {
  APPLIED: 'Mengajukan',
  ACCEPTED: 'Diterima',
  DECLINED: 'Ditolak',
} as const;

export const overrideReasons = [
  'DIFFERENT_NEED',
  'FOLLOW_UP_STAGE',
  'DISASTER_RECOVERY',
  'DATA_CORRECTION',
  'OTHER',
] as const;
export const overrideReasonLabel: Record<(typeof overrideReasons)[number], string> = {
  DIFFERENT_NEED: 'Kebutuhan berbeda (jenis barang atau materi lain)',
  FOLLOW_UP_STAGE: 'Tahap lanjutan dari bantuan sebelumnya',
  DISASTER_RECOVERY: 'Pemulihan bencana atau musibah',
  DATA_CORRECTION: 'Koreksi data (catatan sebelumnya keliru)',
  OTHER: 'Lainnya',
};

export const predicates = ['SEHAT', 'CUKUP_SEHAT', 'DALAM_PENGAWASAN', 'DALAM_PENGAWASAN_KHUSUS'] as const;
export type PredicateCode = (typeof predicates)[number];
export const predicateLabel: Record<PredicateCode, string> = {
  SEHAT: 'Sehat',
  CUKUP_SEHAT: 'Cukup sehat',
  DALAM_PENGAWASAN: 'Dalam pengawasan',
  DALAM_PENGAWASAN_KHUSUS: 'Dalam pengawasan khusus',
};

export const deliveryKindLabel = {
  EQUIPMENT: 'Peralatan',
  CERTIFICATE: 'Sertifikat',
  MARKETING: 'Hasil pemasaran',
  OTHER: 'Lainnya',
} as const;
