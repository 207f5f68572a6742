import { NextResponse } from 'next/server';
import { readiness } from '@/lib/observability/readiness';

export const dynamic = 'force-dynamic';

// Readiness (load balancers): 200 only when this instance should get traffic. GET /api/health
// stays the liveness check (the process answers and reaches the database).
export async function GET() {
  const result = await readiness();
  return NextResponse.json(result, {
    status: result.ready ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
}
