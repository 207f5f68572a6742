import type { Criterion } from '@/lib/programs/eligibility';
import type { HelpRecord } from '@/lib/programs/history';
import { fillTemplate } from '@/lib/programs/text';
import { programKindLabel, type ProgramKindCode } from '@/lib/programs/labels';
import { formatWib } from '@/lib/format/time';
import type { Translate } from '@/lib/i18n/translate';

/** Every criterion with a tick or a cross and its reason, in the page's language. */
export function CriteriaList({ criteria, t }: { criteria: Criterion[]; t: Translate }) {
  return (
    <ul className="space-y-0.5 text-sm" data-testid="criteria">
      {criteria.map((c) => (
        <li key={c.code} className={c.ok ? 'text-green-900' : 'text-red-800'}>
          <span aria-hidden>{c.ok ? '✓' : '✗'}</span>{' '}
          <span className="sr-only">{c.ok ? t('Memenuhi:') : t('Tidak memenuhi:')}</span>
          <Filled template={c.template} vars={c.vars} t={t} />
        </li>
      ))}
    </ul>
  );
}

// Names inside a sentence (a program, an OPD, a business) are kept as written, in any language.
const names = new Set(['program', 'opd', 'name', 'msme', 'kecamatan']);

function Filled({ template, vars, t }: { template: string; vars?: Record<string, string>; t: Translate }) {
  const parts = t(template).split(/(\{\w+\})/);
  return (
    <>
      {parts.map((part, i) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name || !vars || !(name in vars)) return part;
        const text = fillTemplate(part, vars, t);
        return names.has(name) ? (
          <span key={i} translate="no">
            {text}
          </span>
        ) : (
          text
        );
      })}
    </>
  );
}

/** Help received from every OPD, newest first (another record of the same business is marked). */
export function HelpHistory({ history, t }: { history: HelpRecord[]; t: Translate }) {
  if (history.length === 0)
    return <p className="text-sm text-slate-600">{t('Belum pernah dibantu program apa pun.')}</p>;
  return (
    <ul className="text-sm text-slate-700" data-testid="help-history">
      {history.map((h) => (
        <li key={h.beneficiaryId}>
          {formatWib(h.helpedAt, false, t.locale)} · {t(programKindLabel[h.kind as ProgramKindCode])} ·{' '}
          <span translate="no">
            {h.programName} ({h.opdName})
          </span>
          {h.viaOtherRecord && <em> — {t('tercatat atas {name}', { name: h.msmeName })}</em>}
        </li>
      ))}
    </ul>
  );
}
