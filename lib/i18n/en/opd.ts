// English for the opd texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const opd: Record<string, string> = {};
