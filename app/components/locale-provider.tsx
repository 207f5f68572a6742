'use client';
import { createContext, useContext, useMemo } from 'react';
import { phrases, type Translate } from '@/lib/i18n/phrases';
import type { Locale } from '@/lib/i18n/messages';

const LocaleContext = createContext<Locale>('id');

/** Gives client components the visitor's language (set once in the root layout). */
export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** `const t = useT(); t('Simpan draf')` in a client component. */
export function useT(): Translate {
  const locale = useContext(LocaleContext);
  return useMemo(() => phrases(locale), [locale]);
}

export function useLocale() {
  return useContext(LocaleContext);
}
