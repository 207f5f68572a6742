// Prisma's CLI cannot download its native schema engine here, so migrations run through the WASM
// build of the same engine (@prisma/schema-engine-wasm) over a driver adapter. The files it reads and
// writes are Prisma's own format: `prisma migrate deploy` elsewhere accepts them.
// See docs/decisions/002-migrations-through-wasm-engine.md.
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { FriendlyError } from './friendly-error';

const require = createRequire(__filename);
const root = path.resolve(__dirname, '../..');
export const migrationsDir = path.join(root, 'prisma/migrations');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const lockfile = 'provider = "postgresql"\n';
const noFilters = { externalTables: [], externalEnums: [] };

let wasmReady = false;
function loadWasm() {
  if (wasmReady) return;
  const wasmPath = require
    .resolve('@prisma/schema-engine-wasm')
    .replace('schema_engine.js', 'schema_engine_bg.wasm');
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), {
    './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
  wasmReady = true;
}

/**
 * An engine bound to one database. `close` frees it and disposes the adapter's pool: Prisma holds a
 * session advisory lock while migrating, and a pool left open makes the next engine wait 10 s for it.
 */
async function engineFor(url: string) {
  loadWasm();
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const factory = new PrismaPg({ connectionString: url });
  const opened: { dispose: () => Promise<void> }[] = [];
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] } as never,
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

function migrationList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir)
        .filter((d) => fs.existsSync(path.join(migrationsDir, d, 'migration.sql')))
        .sort()
    : [];
  return {
    baseDir: fs.existsSync(migrationsDir) ? fs.realpathSync(migrationsDir) : migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(migrationsDir, d, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** Applies pending migrations; returns the names applied (empty when up to date). */
export async function applyMigrations(url: string): Promise<string[]> {
  const { engine, close } = await engineFor(url);
  try {
    const result = await engine.applyMigrations({
      migrationsList: migrationList(),
      filters: noFilters,
    } as never);
    return (result as { appliedMigrationNames: string[] }).appliedMigrationNames;
  } catch (error) {
    const detail = String((error as Error).message ?? error)
      .split('\n')
      .filter(Boolean)
      .slice(0, 3)
      .join(' ');
    throw new FriendlyError(
      `Applying migrations failed: ${detail}. Fix the migration, or on a development database start over with npm run db:reset (it deletes the data).`,
    );
  } finally {
    await close();
  }
}

/**
 * Writes a new migration with the SQL that takes the schema as of the last migration (kept beside the
 * migrations as schema.snapshot.prisma) to the current schema. The engine's database introspection
 * fails through the driver adapter here ("Column type 'char' could not be deserialized"), so the
 * diff is datamodel to datamodel.
 */
export async function createMigration(url: string, name: string): Promise<string | null> {
  const schema = fs.readFileSync(schemaPath, 'utf8');
  const snapshotPath = path.join(migrationsDir, 'schema.snapshot.prisma');
  const previous = fs.existsSync(snapshotPath) ? fs.readFileSync(snapshotPath, 'utf8') : null;
  // The diff reads no tables, but the engine connects to a database on start.
  const { engine, close } = await engineFor(url);
  try {
    const diff = (await engine.diff({
      from: previous
        ? { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: previous }] }
        : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    } as never)) as { stdout?: string | null };
    const sql = (diff.stdout ?? '').trim();
    if (!sql || sql.startsWith('-- This is an empty migration.')) return null;
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, '_').toLowerCase()}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
    fs.writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), lockfile);
    fs.writeFileSync(snapshotPath, schema);
    return dir;
  } finally {
    await close();
  }
}
