// UI text is written in Bahasa Indonesia in the code, and that text is the key of its English
// translation (gettext style): the Indonesian page is exactly what the code says, and a missing
// translation falls back to Indonesian instead of showing a key. Placeholders are {name}.
// English lives in lib/i18n/en/*.ts, one file per area, merged here.
import { common } from './en/common';
import { catalog } from './en/catalog';
import { owner } from './en/owner';
import { dinas } from './en/dinas';
import { opd } from './en/opd';
import { validation } from './en/validation';
import { programs } from './en/programs';
import { procurement } from './en/procurement';
import { shop } from './en/shop';
import { notify } from './en/notify';
import { record } from './en/record';
import { charts } from './en/charts';
import type { Locale } from './messages';
import { makePhrases, type Translate } from './translate';

export type { Translate, Vars } from './translate';

export const english: Record<string, string> = {
  // First, so where a word is also defined elsewhere the rest of the app's English wins.
  ...programs,
  ...procurement,
  ...shop,
  ...notify,
  ...record,
  ...charts,
  ...common,
  ...catalog,
  ...owner,
  ...dinas,
  ...opd,
  ...validation,
};

/** The phrase in the visitor's language (Indonesian is the text itself). Server code and views. */
export function phrases(locale: Locale): Translate {
  return makePhrases(locale, english);
}
