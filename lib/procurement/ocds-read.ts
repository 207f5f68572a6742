import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/server/db';
import { dateOnlyField } from '@/lib/format/date-only';

// Reading the published OCDS releases: a release package in pages (a cursor, or a date range), and
// a record package per process with its compiled release. Nothing here computes a release: what is
// served is what the steps stored, so reading can never change the output.

const publisher = (baseUrl: string) => ({
  name: 'Pemerintah Kota Medan — Dinas Koperasi, UKM, Perindustrian dan Perdagangan',
  uri: baseUrl,
});
const license = 'https://creativecommons.org/licenses/by/4.0/';
// The Bid statistics and details extension, v1.1.5 (its canonical address).
export const bidExtension =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json';

export const releasePageQuery = z
  .object({
    cursor: z
      .string()
      .regex(/^\d{1,18}$/, 'cursor tidak dikenal: pakai nilai links.next dari halaman sebelumnya')
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
    from: dateOnlyField('from').optional(),
    to: dateOnlyField('to').optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '"from" harus sebelum "to"', path: ['to'] });
export type ReleasePageQuery = z.infer<typeof releasePageQuery>;

// dd/mm/yyyy or yyyy-mm-dd arrive as yyyy-mm-dd; a day is a WIB day.
const wibStart = (day: string) => new Date(`${day}T00:00:00+07:00`);
const wibEnd = (day: string) => new Date(new Date(`${day}T00:00:00+07:00`).getTime() + 86_400_000);

/** One page of releases in publication order; `links.next` while more remain. */
export async function releasePackage(baseUrl: string, query: ReleasePageQuery) {
  const rows = await db.ocdsRelease.findMany({
    where: {
      ...(query.cursor ? { seq: { gt: BigInt(query.cursor) } } : {}),
      ...(query.from || query.to
        ? {
            date: {
              ...(query.from ? { gte: wibStart(query.from) } : {}),
              ...(query.to ? { lt: wibEnd(query.to) } : {}),
            },
          }
        : {}),
    },
    orderBy: { seq: 'asc' },
    take: query.limit + 1,
    select: { seq: true, body: true, createdAt: true },
  });
  const page = rows.slice(0, query.limit);
  const more = rows.length > query.limit;
  const self = new URL(`${baseUrl}/api/v1/ocds/release-package`);
  for (const [k, v] of Object.entries({ from: query.from, to: query.to, limit: String(query.limit) }))
    if (v) self.searchParams.set(k, v);
  const next = more ? new URL(self) : null;
  next?.searchParams.set('cursor', String(page.at(-1)!.seq));
  if (query.cursor) self.searchParams.set('cursor', query.cursor);
  return {
    uri: self.toString(),
    version: '1.1',
    extensions: [bidExtension],
    // The newest release's publication time, so the same page reads the same every time.
    publishedDate: page.reduce((d, r) => (r.createdAt > d ? r.createdAt : d), new Date(0)).toISOString(),
    publisher: publisher(baseUrl),
    license,
    publicationPolicy: `${baseUrl}/transparansi`,
    releases: page.map((r) => r.body as Record<string, unknown>),
    links: next ? { next: next.toString() } : {},
  };
}

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: Json) => isObject(v) && typeof v.id === 'string';

/**
 * OCDS merge (the standard's compiling rules, simplified for full snapshots): objects merge field
 * by field, arrays of objects with ids merge by id, anything else takes the later value.
 */
export function mergeReleases(earlier: Json, later: Json): Json {
  if (Array.isArray(later)) {
    if (!Array.isArray(earlier) || !later.every(hasId) || !earlier.every(hasId)) return later;
    const merged = new Map<string, Json>();
    for (const item of earlier) merged.set((item as { id: string }).id, item);
    for (const item of later) {
      const id = (item as { id: string }).id;
      merged.set(id, merged.has(id) ? mergeReleases(merged.get(id), item) : item);
    }
    return [...merged.values()];
  }
  if (isObject(later) && isObject(earlier)) {
    const out: Record<string, Json> = { ...earlier };
    for (const [key, value] of Object.entries(later))
      out[key] = key in earlier ? mergeReleases(earlier[key], value) : value;
    return out;
  }
  return later;
}

/** A record package for one process: every release, and the compiled release; null if unknown. */
export async function recordPackage(baseUrl: string, ocid: string) {
  const rows = await db.ocdsRelease.findMany({
    where: { ocid },
    orderBy: { seq: 'asc' },
    select: { body: true, createdAt: true, date: true },
  });
  if (!rows.length) return null;
  const releases = rows.map((r) => r.body as Record<string, unknown>);
  const compiled = releases.reduce<Json>((acc, r) => mergeReleases(acc, r), {}) as Record<string, Json>;
  return {
    uri: `${baseUrl}/api/v1/ocds/records/${encodeURIComponent(ocid)}`,
    version: '1.1',
    extensions: [bidExtension],
    publishedDate: rows.at(-1)!.createdAt.toISOString(),
    publisher: publisher(baseUrl),
    license,
    publicationPolicy: `${baseUrl}/transparansi`,
    packages: [`${baseUrl}/api/v1/ocds/release-package`],
    records: [
      {
        ocid,
        releases,
        compiledRelease: {
          ...compiled,
          id: `${ocid}-compiled`,
          date: rows.at(-1)!.date.toISOString(),
          tag: ['compiled'],
        },
      },
    ],
  };
}
