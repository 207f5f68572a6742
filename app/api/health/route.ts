import { NextResponse } from 'next/server';
import { db } from '@/lib/server/db';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await Promise.race([
      db.$queryRaw`select 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3_000)),
    ]);
    return NextResponse.json({ status: 'ok', db: 'ok' }, { headers: { 'cache-control': 'no-store' } });
  } catch {
    return NextResponse.json(
      { status: 'degraded', db: 'down' },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
}
