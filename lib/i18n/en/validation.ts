// English for the validation texts (key: the Indonesian text as written in the code). See lib/i18n/phrases.ts.
export const validation: Record<string, string> = {};
