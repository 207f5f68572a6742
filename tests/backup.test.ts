import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../scripts/lib/backup';

async function counts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tables = (
    await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
  ).rows;
  const out: Record<string, number> = {};
  for (const { table_name } of tables)
    out[table_name] = Number((await client.query(`SELECT count(*) FROM "${table_name}"`)).rows[0].count);
  await client.end();
  return out;
}

describe('backup and restore', () => {
  it('round-trips the database into a fresh one with the same row counts, and the audit log stays append-only', async () => {
    const source = process.env.DATABASE_URL!;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'umkm-backup-')), 'backup.json.gz');
    const written = await backupDatabase(source, file);
    expect(written.Product).toBeGreaterThanOrEqual(300);

    const admin = new pg.Client({ connectionString: source.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    const name = `restore_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = source.replace(/\/[^/]+$/, `/${name}`);
    const restored = await restoreDatabase(target, file);
    expect(restored).toEqual(written);
    const after = await counts(target);
    for (const [table, n] of Object.entries(written)) expect(after[table], table).toBe(n);

    const client = new pg.Client({ connectionString: target });
    await client.connect();
    await client.query(
      `INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('test.restore', 'Test', 'x')`,
    );
    await expect(client.query('DELETE FROM "AuditLog"')).rejects.toThrow(/append-only/);
    const nik = await client.query(`SELECT count(*) FROM "Msme" WHERE "nikCipher" IS NOT NULL`);
    expect(Number(nik.rows[0].count)).toBeGreaterThan(0);
    await client.end();
  });
});
