// Seats: a program's quota, of which some may be reserved per kecamatan until a release day; after
// that day whatever is unused belongs to the city pool. Pure, so the rule is tested on its own.
export type QuotaState = {
  quota: number;
  reserved: Map<string, number>; // kecamatan code → reserved seats
  releaseOn: string | null; // YYYY-MM-DD
  accepted: Map<string | null, number>; // kecamatan code (null: unknown) → accepted so far
};

export function seatProblem(state: QuotaState, kecamatanCode: string | null, today: string): string | null {
  const total = [...state.accepted.values()].reduce((a, b) => a + b, 0);
  if (total >= state.quota) return `Kuota program sudah penuh (${state.quota} penerima).`;
  const reserving = state.reserved.size > 0 && state.releaseOn !== null && today < state.releaseOn;
  if (!reserving) return null;
  const used = (k: string | null) => state.accepted.get(k) ?? 0;
  const mine = kecamatanCode ? state.reserved.get(kecamatanCode) : undefined;
  if (mine !== undefined && used(kecamatanCode) < mine) return null;
  const pool = state.quota - [...state.reserved.values()].reduce((a, b) => a + b, 0);
  let poolUsed = 0;
  for (const [k, n] of state.accepted) {
    const reserve = k ? state.reserved.get(k) : undefined;
    poolUsed += reserve === undefined ? n : Math.max(0, n - reserve);
  }
  if (poolUsed < pool) return null;
  return 'Kuota kecamatan ini dan kuota kota sudah terpakai; sisa kuota kecamatan lain dibuka setelah tanggal pelepasan.';
}

export function take(state: QuotaState, kecamatanCode: string | null) {
  state.accepted.set(kecamatanCode, (state.accepted.get(kecamatanCode) ?? 0) + 1);
}
