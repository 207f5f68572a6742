// The translating function, without the dictionary: client components get the English dictionary
// from the root layout only when the visitor chose English (lib/i18n/phrases.ts holds it), so
// Indonesian visitors never download it.
import { messagesWithValues, stepWords } from './en/messages-with-values';
import type { Locale } from './messages';

export type Vars = Record<string, string | number>;
/** Translates a phrase; `locale` tells formatters (dates) which language to write. */
export type Translate = ((text: string, vars?: Vars) => string) & { locale: Locale };

function fill(text: string, vars?: Vars) {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The phrase in `locale`, from `dictionary` (Indonesian is the text itself). */
export function makePhrases(locale: Locale, dictionary: Record<string, string>): Translate {
  const translate =
    locale === 'id'
      ? (text: string, vars?: Vars) => fill(text, vars)
      : (text: string, vars?: Vars) =>
          fill(dictionary[text] ?? translatePattern(text, dictionary) ?? text, vars);
  return Object.assign(translate, { locale });
}

// Messages built from a field's label ("Harga wajib diisi.") are translated by their pattern, with
// the label translated on its own.
const patterns: [RegExp, (label: string, ...rest: string[]) => string][] = [
  [/^(.+) wajib diisi\.$/, (l) => `${l} is required.`],
  [/^(.+) minimal (\d+) karakter\.$/, (l, n) => `${l} must be at least ${n} characters.`],
  [/^(.+) maksimal (\d+) karakter\.$/, (l, n) => `${l} must be at most ${n} characters.`],
  [/^(.+) harus angka\.$/, (l) => `${l} must be a number.`],
  [/^(.+) harus angka bulat\.$/, (l) => `${l} must be a whole number.`],
  [/^(.+) harus bilangan bulat\.$/, (l) => `${l} must be a whole number.`],
  [/^(.+) minimal (.+)\.$/, (l, n) => `${l} must be at least ${n}.`],
  [/^(.+) maksimal (.+)\.$/, (l, n) => `${l} must be at most ${n}.`],
  [/^(.+) harus lebih dari Rp 0\.$/, (l) => `${l} must be more than Rp 0.`],
  [/^(.+) harus Rupiah bulat, tanpa sen\.$/, (l) => `${l} must be whole rupiah, without sen.`],
  [
    /^(.+) tidak terbaca\. Tulis angka Rupiah, misalnya 35000 atau 35\.000\.$/,
    (l) => `${l} cannot be read. Write a rupiah amount, e.g. 35000 or 35.000.`,
  ],
  [
    /^(.+) bukan tanggal yang benar\. Tulis hh\/bb\/tttt, misalnya 17\/08\/2027\.$/,
    (l) => `${l} is not a valid date. Write dd/mm/yyyy, e.g. 17/08/2027.`,
  ],
  [/^(.+) harus berformat tanggal dan jam\.$/, (l) => `${l} must be a date and time.`],
  [/^(.+) bukan tanggal dan jam yang benar\.$/, (l) => `${l} is not a real date and time.`],
  [/^(.+) tidak boleh negatif\.$/, (l) => `${l} cannot be negative.`],
  [/^(.+) terlalu besar\.$/, (l) => `${l} is too large.`],
  [/^(.+) tidak boleh melewati (\d+)\.$/, (l, n) => `${l} cannot be later than ${n}.`],
  [
    /^Terlalu banyak (.+)\. Coba lagi dalam (\d+) menit\.$/,
    (what, minutes) => `Too many ${what}. Try again in ${minutes} minute${minutes === '1' ? '' : 's'}.`,
  ],
  [/^Masuk keranjang \((\d+)\)\.$/, (quantity) => `Added to the cart (${quantity}).`],
];

type TemplatePattern = { pattern: RegExp; names: string[]; english: string; literal: number };
const templateCache = new WeakMap<Record<string, string>, TemplatePattern[]>();

/**
 * Dictionary entries with {placeholders}, as patterns that also match the message filled in: the
 * server fills "Kuota program sudah penuh ({quota} penerima)." and the page translates the result.
 * Longest literal text first, so a specific template wins over a general one ("{who}: {problem}").
 */
function templatePatterns(english: Record<string, string>) {
  const cached = templateCache.get(english);
  if (cached) return cached;
  const out: TemplatePattern[] = [];
  for (const [key, value] of Object.entries(english)) {
    if (!key.includes('{')) continue;
    const names: string[] = [];
    const source = key
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (name) {
          names.push(name);
          return '(.+?)';
        }
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    out.push({
      pattern: new RegExp(`^${source}$`),
      names,
      english: value,
      literal: key.replace(/\{\w+\}/g, '').length,
    });
  }
  out.sort((a, b) => b.literal - a.literal);
  templateCache.set(english, out);
  return out;
}

function translateTemplate(text: string, english: Record<string, string>, general: boolean, depth: number) {
  for (const t of templatePatterns(english)) {
    if (t.literal < 4 !== general) continue;
    const match = t.pattern.exec(text);
    if (!match) continue;
    const values = Object.fromEntries(t.names.map((name, i) => [name, match[i + 1]]));
    return t.english.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? translateFragment(values[name], english, depth + 1) : whole,
    );
  }
  return undefined;
}

/** A value inside a message: itself a phrase, a filled template, or a name left as it is. */
function translateFragment(part: string, english: Record<string, string>, depth: number): string {
  if (stepWords[part] ?? english[part]) return stepWords[part] ?? english[part];
  if (depth > 3) return part;
  return translatePattern(part, english, depth) ?? part;
}

function translatePattern(text: string, english: Record<string, string>, depth = 0) {
  const fragment = (part: string) => stepWords[part] ?? english[part] ?? part;
  for (const [pattern, make] of messagesWithValues) {
    const match = pattern.exec(text);
    if (match) return make(fragment, ...match.slice(1));
  }
  const specific = translateTemplate(text, english, false, depth);
  if (specific !== undefined) return specific;
  for (const [pattern, make] of patterns) {
    const match = pattern.exec(text);
    if (match) {
      const [, label, ...rest] = match;
      return make(english[label] ?? label, ...rest);
    }
  }
  return translateTemplate(text, english, true, depth);
}
