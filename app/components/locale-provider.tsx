'use client';
import { createContext, useContext, useMemo } from 'react';
import { makePhrases, type Translate } from '@/lib/i18n/translate';
import type { Locale } from '@/lib/i18n/messages';

type Language = { locale: Locale; dictionary: Record<string, string> };
const LocaleContext = createContext<Language>({ locale: 'id', dictionary: {} });

/**
 * Gives client components the visitor's language (set once in the root layout) and, for English,
 * the dictionary: it travels with the page instead of in every script bundle.
 */
export function LocaleProvider({
  locale,
  dictionary = {},
  children,
}: {
  locale: Locale;
  dictionary?: Record<string, string>;
  children: React.ReactNode;
}) {
  const value = useMemo(() => ({ locale, dictionary }), [locale, dictionary]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** `const t = useT(); t('Simpan draf')` in a client component. */
export function useT(): Translate {
  const { locale, dictionary } = useContext(LocaleContext);
  return useMemo(() => makePhrases(locale, dictionary), [locale, dictionary]);
}

export function useLocale() {
  return useContext(LocaleContext).locale;
}
