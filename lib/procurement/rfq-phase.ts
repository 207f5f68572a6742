// Where a request for quotation stands. An open RFQ closes by itself at its deadline: no job flips a
// column, the phase is read from the deadline, so every page and the API say the same thing.

export type RfqPhase = 'OPEN' | 'CLOSED' | 'AWARDED' | 'CANCELLED';

export function rfqPhase(
  rfq: { status: 'OPEN' | 'AWARDED' | 'CANCELLED'; deadline: Date },
  now = new Date(),
) {
  if (rfq.status !== 'OPEN') return rfq.status;
  return rfq.deadline.getTime() > now.getTime() ? 'OPEN' : 'CLOSED';
}

export const rfqPhaseLabel: Record<RfqPhase, string> = {
  OPEN: 'terbuka',
  CLOSED: 'ditutup (batas lewat), menunggu keputusan',
  AWARDED: 'sudah dimenangkan',
  CANCELLED: 'dibatalkan',
};
