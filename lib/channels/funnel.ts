import 'server-only';
import { db } from '@/lib/server/db';
import { authorize, type Actor } from '@/lib/auth/actor';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The onboarding funnel, overall or for one partner: listings per stage, conversion from submitted
 * to live, median days spent in each stage (from the stage history), listings stuck longer than
 * `stuckDays` in a working stage, rejections by reason, and stages by kecamatan and category.
 */
export async function channelFunnel(
  actor: Actor | null,
  options: { partner?: string; stuckDays?: number } = {},
) {
  authorize(actor, ['DINAS_ADMIN']);
  const stuckDays = Math.min(Math.max(Math.trunc(options.stuckDays ?? 30), 1), 365);
  const partnerFilter = options.partner ? Prisma.sql`AND cp.slug = ${options.partner}` : Prisma.empty;
  const [perStage, conversion, medians, stuck, rejections, byArea] = await Promise.all([
    db.$queryRaw<
      { stage: string; n: number }[]
    >`SELECT l.stage::text AS stage, count(*)::int AS n FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId" WHERE true ${partnerFilter} GROUP BY l.stage`,
    db.$queryRaw<{ submitted: number; live: number }[]>`
      SELECT count(DISTINCT c."listingId") FILTER (WHERE c."toStage" = 'SUBMITTED')::int AS submitted,
             count(DISTINCT c."listingId") FILTER (WHERE c."toStage" = 'LIVE')::int AS live
      FROM "ListingStageChange" c JOIN "ChannelListing" l ON l.id = c."listingId" JOIN "ChannelPartner" cp ON cp.id = l."partnerId" WHERE true ${partnerFilter}`,
    db.$queryRaw<{ stage: string; days: number }[]>`
      SELECT stage, round((percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) / 86400)::numeric, 1)::float8 AS days FROM (
        SELECT c."toStage"::text AS stage, extract(epoch FROM (lead(c.at) OVER (PARTITION BY c."listingId" ORDER BY c.at) - c.at)) AS seconds
        FROM "ListingStageChange" c JOIN "ChannelListing" l ON l.id = c."listingId" JOIN "ChannelPartner" cp ON cp.id = l."partnerId" WHERE true ${partnerFilter}
      ) durations WHERE seconds IS NOT NULL GROUP BY stage`,
    db.$queryRaw<
      { id: string; product: string; msme: string; partner: string; stage: string; days: number }[]
    >`
      SELECT l.id, p.name AS product, m.name AS msme, cp.name AS partner, l.stage::text AS stage, floor(extract(epoch FROM (${new Date()}::timestamptz - l."stageChangedAt")) / 86400)::int AS days
      FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId" JOIN "Product" p ON p.id = l."productId" JOIN "Msme" m ON m.id = p."msmeId"
      WHERE l.stage IN ('NOT_STARTED','PREPARING','SUBMITTED','UNDER_REVIEW') AND l."stageChangedAt" < ${new Date()}::timestamptz - make_interval(days => ${stuckDays}) ${partnerFilter}
      ORDER BY l."stageChangedAt" ASC LIMIT 100`,
    db.$queryRaw<
      { reason: string; n: number }[]
    >`SELECT coalesce(l."rejectionReason", '—') AS reason, count(*)::int AS n FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId" WHERE l.stage = 'REJECTED' ${partnerFilter} GROUP BY 1 ORDER BY 2 DESC`,
    db.$queryRaw<{ kecamatan: string; category: string; stage: string; n: number }[]>`
      SELECT coalesce(k.name, '—') AS kecamatan, c.name AS category, l.stage::text AS stage, count(*)::int AS n
      FROM "ChannelListing" l JOIN "ChannelPartner" cp ON cp.id = l."partnerId" JOIN "Product" p ON p.id = l."productId" JOIN "Category" c ON c.id = p."categoryId"
      JOIN "Msme" m ON m.id = p."msmeId" LEFT JOIN "Kecamatan" k ON k.code = m."kecamatanCode" WHERE true ${partnerFilter} GROUP BY 1, 2, 3 ORDER BY 1, 2`,
  ]);
  const { submitted, live } = conversion[0] ?? { submitted: 0, live: 0 };
  return {
    stuckDays,
    perStage: Object.fromEntries(perStage.map((r) => [r.stage, r.n])) as Record<string, number>,
    submitted,
    live,
    conversionPct: submitted ? Math.round((live / submitted) * 1000) / 10 : null,
    medianDays: Object.fromEntries(medians.map((r) => [r.stage, r.days])) as Record<string, number>,
    stuck,
    rejections,
    byArea,
  };
}
