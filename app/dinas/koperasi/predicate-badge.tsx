import { predicateLabel, type PredicateCode } from '@/lib/programs/labels';
import type { Translate } from '@/lib/i18n/translate';

const tone: Record<PredicateCode, string> = {
  SEHAT: 'bg-green-100 text-green-900',
  CUKUP_SEHAT: 'bg-lime-100 text-lime-900',
  DALAM_PENGAWASAN: 'bg-amber-100 text-amber-900',
  DALAM_PENGAWASAN_KHUSUS: 'bg-red-100 text-red-800',
};

export function PredicateBadge({
  predicate,
  year,
  t,
}: {
  predicate: PredicateCode;
  year: number;
  t: Translate;
}) {
  return (
    <span className={`rounded px-2 py-0.5 ${tone[predicate]}`} data-testid="predicate">
      {t(predicateLabel[predicate])} ({year})
    </span>
  );
}
