/** The caller's IP as our own proxy saw it: the right-most X-Forwarded-For hop (the left ones are
 *  whatever the client sent), else X-Real-IP, else 'local'. */
export function clientIp(
  headers: { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined,
) {
  const read = (name: string) => {
    if (!headers) return undefined;
    if (typeof (headers as { get?: unknown }).get === 'function')
      return (headers as { get(name: string): string | null }).get(name) ?? undefined;
    const value = (headers as Record<string, string | string[] | undefined>)[name];
    return Array.isArray(value) ? value.join(',') : value;
  };
  const hops =
    read('x-forwarded-for')
      ?.split(',')
      .map((h) => h.trim())
      .filter(Boolean) ?? [];
  return hops[hops.length - 1] || read('x-real-ip') || 'local';
}
