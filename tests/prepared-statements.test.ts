import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { db as appDb } from '@/lib/server/db';
import { createPrismaClient, preparedStatementName, readRows } from '@/lib/db/client';

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

  it("reads raw rows on the client's own pool, marked statements prepared there too", async () => {
    const db = createPrismaClient(process.env.DATABASE_URL!, 1);
    try {
      for (let i = 0; i < 3; i++) {
        const rows = await readRows<{ n: number; j: { a: number[] }; t: string[] }>(
          db,
          Prisma.sql`/* prepared: pool-probe */ SELECT ${i}::int AS n, json_build_object('a', ARRAY[1, 2]) AS j,
            ${['x', "O'Brien"]}::text[] AS t`,
        );
        expect(rows).toEqual([{ n: i, j: { a: [1, 2] }, t: ['x', "O'Brien"] }]);
      }
      await readRows(db, Prisma.sql`SELECT 2 AS unmarked`);
      const prepared = await readRows<{ name: string }>(
        db,
        Prisma.sql`SELECT name FROM pg_prepared_statements`,
      );
      expect(prepared.map((p) => p.name)).toEqual([expect.stringMatching(/^pool-probe-[0-9a-f]{12}$/)]);
      // Inside a transaction it goes through Prisma, on the transaction's connection.
      const inside = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL application_name = 'in-tx'`;
        return readRows<{ name: string }>(tx, Prisma.sql`SELECT current_setting('application_name') AS name`);
      });
      expect(inside).toEqual([{ name: 'in-tx' }]);
      // pg gives an int8 as text, Prisma as a bigint: which path each client took.
      const int8 = Prisma.sql`SELECT 1::int8 AS n`;
      expect(await readRows(db, int8)).toEqual([{ n: '1' }]);
      expect(await db.$transaction((tx) => readRows(tx, int8))).toEqual([{ n: 1n }]);
      expect(await readRows(appDb, int8)).toEqual([{ n: '1' }]); // the app's client, a Proxy
    } finally {
      await db.$disconnect();
    }
  });
});
