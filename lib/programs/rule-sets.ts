import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/lib/db/client';
import { db } from '@/lib/server/db';
import { dateOnlyToDb, todayInMedan } from '@/lib/format/date-only';
import { healthRulesSchema, sizeRulesSchema } from './rules';

const topics = { 'msme-size': sizeRulesSchema, 'cooperative-health': healthRulesSchema } as const;
type Topic = keyof typeof topics;

export async function ruleSetFor<T extends Topic>(topic: T, on = todayInMedan(), client: Tx = db) {
  const row = await client.ruleSet.findFirst({
    where: { topic, validFrom: { lte: dateOnlyToDb(on) } },
    orderBy: { validFrom: 'desc' },
  });
  if (!row) throw new Error(`No ${topic} rule set valid on ${on} (see the RuleSet table)`);
  const rules = topics[topic].parse(row.rules) as z.infer<(typeof topics)[T]>;
  return { id: row.id, regulation: row.regulation, validFrom: row.validFrom, rules };
}
