// English for the dinas texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const dinas: Record<string, string> = {};
