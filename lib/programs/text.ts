// A criterion or message template filled with its values: in Bahasa Indonesia for server messages
// (translated by shape, lib/i18n/en/programs.ts), or with a page's translator for views.
import { formatDateOnly } from '@/lib/format/date-only';
import { formatWib } from '@/lib/format/time';
import type { Translate } from '@/lib/i18n/translate';
import type { Criterion } from './eligibility';

// Names stay as written in every language (a program called "Pilih Produk Lokal" is not translated).
const names = new Set(['program', 'opd', 'name', 'msme', 'kecamatan', 'who', 'other']);

function value(name: string, raw: string, t?: Translate) {
  const locale = t?.locale ?? 'id';
  if (name === 'date') return formatWib(new Date(raw), false, locale);
  if (name === 'day') return formatDateOnly(raw, locale);
  if (names.has(name)) return raw;
  // A list of labels ("Mikro, Kecil") is translated label by label.
  return t
    ? raw
        .split(', ')
        .map((part) => t(part))
        .join(', ')
    : raw;
}

export function fillTemplate(template: string, vars: Record<string, string> | undefined, t?: Translate) {
  const text = t ? t(template) : template;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars && name in vars ? value(name, vars[name], t) : whole,
  );
}

export const criterionText = (c: Criterion, t?: Translate) => fillTemplate(c.template, c.vars, t);
