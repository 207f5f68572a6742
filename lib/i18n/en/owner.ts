// English for the owner texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const owner: Record<string, string> = {};
