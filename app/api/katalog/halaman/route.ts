import { NextResponse } from 'next/server';
import { currentActor } from '@/lib/auth/actor';
import { catalogListPage, listParams } from '@/lib/catalog/list-page';
import { publicOrigin } from '@/lib/server/env';
import { unreadCount } from '@/lib/notify/center';

export const dynamic = 'force-dynamic';

// What the JavaScript-free /products page (pages/products.tsx) shows: the Pages Router cannot import
// server-only modules, so it asks this route over loopback (docs/decisions/008). Public data plus
// the caller's own name and role, nothing else.
export async function GET(request: Request) {
  const [actor, list] = await Promise.all([
    currentActor(),
    catalogListPage(listParams(new URL(request.url).searchParams)),
  ]);
  // Only what the header shows: no id, email or UMKM of the caller in a response a page embeds.
  const user = actor && { name: actor.name, role: actor.role, unread: await unreadCount(actor) };
  return NextResponse.json(
    { list, user, canonical: `${publicOrigin()}/products` },
    { headers: { 'cache-control': 'private, no-store' } },
  );
}
