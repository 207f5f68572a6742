// English for the catalog texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const catalog: Record<string, string> = {};
