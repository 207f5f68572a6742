// Logical backups through the app's own connection: one gzip'd JSON document per table. Debian's
// pg_dump here is version 15 and refuses to dump the embedded PostgreSQL 18, so the app does it.
// Restore goes into a database at the same migration level (it applies the migrations first).
import fs from 'node:fs';
import zlib from 'node:zlib';
import pg from 'pg';
import { applyMigrations } from './migrate';

type Backup = {
  format: 'etalase-umkm-backup/1';
  createdAt: string;
  migrations: string[];
  tables: { name: string; rows: unknown[] }[];
};

async function tables(client: pg.Client) {
  const result = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  return result.rows.map((r) => r.table_name);
}

export async function backupDatabase(url: string, file: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // One snapshot for all tables, so the backup is consistent.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = (
      await client.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      )
    ).rows.map((r) => r.migration_name);
    const backup: Backup = {
      format: 'etalase-umkm-backup/1',
      createdAt: new Date().toISOString(),
      migrations,
      tables: [],
    };
    for (const name of await tables(client)) {
      const { rows } = await client.query<{ data: unknown[] }>(
        `SELECT coalesce(json_agg(t), '[]'::json) AS data FROM "${name}" t`,
      );
      backup.tables.push({ name, rows: rows[0].data });
    }
    await client.query('COMMIT');
    fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(backup)));
    return Object.fromEntries(backup.tables.map((t) => [t.name, t.rows.length]));
  } finally {
    await client.end();
  }
}

export async function restoreDatabase(url: string, file: string) {
  const backup = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Backup;
  if (backup.format !== 'etalase-umkm-backup/1') throw new Error(`${file} is not an Etalase UMKM backup`);
  await applyMigrations(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Replica mode skips triggers and foreign-key checks while tables are refilled in any order
    // (the audit log's append-only trigger included); everything lands in one transaction.
    await client.query("SET LOCAL session_replication_role = 'replica'");
    const existing = new Set(await tables(client));
    for (const table of backup.tables) {
      if (!existing.has(table.name))
        throw new Error(`table ${table.name} from the backup does not exist in the target database`);
      await client.query(`DELETE FROM "${table.name}"`);
      if (table.rows.length)
        await client.query(
          `INSERT INTO "${table.name}" SELECT * FROM json_populate_recordset(null::"${table.name}", $1::json)`,
          [JSON.stringify(table.rows)],
        );
    }
    await client.query(
      `SELECT setval(pg_get_serial_sequence('"AuditLog"', 'id'), coalesce((SELECT max(id) FROM "AuditLog"), 1))`,
    );
    // What the skipped triggers keep: each product's copy of its UMKM's standing and kecamatan.
    await client.query(`UPDATE "Product" p SET "msmeVerified" = m.status = 'VERIFIED',
      "kecamatanCode" = m."kecamatanCode" FROM "Msme" m WHERE m.id = p."msmeId"`);
    await client.query('COMMIT');
    return Object.fromEntries(backup.tables.map((t) => [t.name, t.rows.length]));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
