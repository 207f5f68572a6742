import { metricsAccess, metricsText } from '@/lib/observability/metrics-page';

export const dynamic = 'force-dynamic';

// Prometheus scrape target, behind METRICS_TOKEN: unset, the route is not served (404 like any
// unknown address); a missing or wrong token gets 401. Route names and volumes are not public.
export async function GET(request: Request) {
  const access = metricsAccess(request.headers.get('authorization'));
  if (access !== 'ok')
    return new Response(access === 'unset' ? 'Not found' : 'Unauthorized', {
      status: access === 'unset' ? 404 : 401,
      headers: {
        'cache-control': 'no-store',
        ...(access === 'refused' ? { 'www-authenticate': 'Bearer realm="metrics"' } : {}),
      },
    });
  const { body, contentType } = await metricsText();
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
}
