import type { Translate } from '@/lib/i18n/translate';
import type { DuplicateHint } from '@/lib/msme/duplicates';

/**
 * describeDuplicate (lib/msme/duplicates.ts) in the visitor's language: the same Indonesian words,
 * with the business name as a placeholder so the sentence can be translated.
 */
export function describeDuplicateIn(t: Translate, d: DuplicateHint) {
  const field = d.field === 'whatsapp' ? t('nomor WhatsApp') : d.field.toUpperCase();
  return t('{field} sama dengan usaha "{name}"', { field, name: d.msmeName });
}
