// Paging through the published OCDS releases, and the validators (tests/support/ocds-schemas.ts).
import { releasePackage, releasePageQuery } from '@/lib/procurement/ocds-read';

export { ocdsValidators } from './ocds-schemas';

export type Release = {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  buyer: { id: string; name: string };
  parties: { id: string; roles: string[]; identifier?: { scheme: string; id: string } }[];
  planning?: { budget?: { amount: { amount: number } } };
  tender: Record<string, unknown> & { procurementMethod: string; status: string };
  bids?: { details: { id: string; value: { amount: number } }[] };
  awards?: { id: string; status: string; suppliers: { id: string }[] }[];
  contracts?: {
    status: string;
    value: { amount: number };
    documents: { documentType: string; url?: string; datePublished: string }[];
    implementation?: { transactions: { value: { amount: number } }[] };
  }[];
};

/** Every release published so far, following links.next page by page. */
export async function allReleases(baseUrl = 'https://etalase-umkm.medan.go.id') {
  const releases: Release[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await releasePackage(
      baseUrl,
      releasePageQuery.parse({ limit: '1000', ...(cursor ? { cursor } : {}) }),
    );
    releases.push(...(page.releases as Release[]));
    if (!page.links.next) return releases;
    cursor = new URL(page.links.next).searchParams.get('cursor')!;
  }
}

/** The latest release of each process: its state now. */
export function latestPerProcess(releases: Release[]) {
  const latest = new Map<string, Release>();
  for (const r of releases) latest.set(r.ocid, r);
  return [...latest.values()];
}
