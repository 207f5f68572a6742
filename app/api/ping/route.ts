import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

// The benchmark's baseline: the cheapest dynamic response this server can give.
export function GET() {
  return NextResponse.json({ ok: true });
}
