import { describe, expect, it } from 'vitest';
import { createPrismaClient, preparedStatementName } from '@/lib/db/client';

describe('prepared statements (opt-in by a leading comment)', () => {
  it('prepares a marked statement once per connection and leaves the others unnamed', async () => {
    const db = createPrismaClient(process.env.DATABASE_URL!, 1); // one connection: the one asked below
    try {
      for (let i = 0; i < 3; i++) await db.$queryRaw`/* prepared: probe */ SELECT ${i}::int AS n`;
      await db.$queryRaw`SELECT 2 AS unmarked`;
      const prepared = await db.$queryRaw<{ name: string; statement: string }[]>`
        SELECT name, statement FROM pg_prepared_statements`;
      expect(prepared.map((p) => p.name)).toEqual([expect.stringMatching(/^probe-[0-9a-f]{12}$/)]);
      expect(prepared[0].statement).toContain('SELECT $1::int AS n');
    } finally {
      await db.$disconnect();
    }
    // A name stands for one text: two texts under one marker get two names.
    const a = preparedStatementName({ sql: '/* prepared: x */ SELECT 1' });
    expect(preparedStatementName({ sql: '/* prepared: x */ SELECT 2' })).not.toBe(a);
    expect(preparedStatementName({ sql: 'SELECT 1 /* prepared: x */' })).toBeUndefined();
  });
});
