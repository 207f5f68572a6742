// English for the common texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const common: Record<string, string> = {};
