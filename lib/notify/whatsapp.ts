// WhatsApp click-to-chat (https://wa.me/62…?text=…) with a prefilled Indonesian message, for where a
// person would rather message than click. A caller shows the link only to who may see the number.

/** "0812-3456-7890", "+62 812…" or "62812…" → "62812…"; null when it is not an Indonesian mobile. */
export function normalizeWhatsapp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0')) digits = `62${digits.slice(1)}`;
  else if (digits.startsWith('8')) digits = `62${digits}`;
  return /^628\d{7,11}$/.test(digits) ? digits : null;
}

export function whatsappLink(number: string | null | undefined, text: string) {
  const to = normalizeWhatsapp(number);
  return to ? `https://wa.me/${to}?text=${encodeURIComponent(text)}` : null;
}
