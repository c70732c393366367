import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';

/** A Drizzle database or transaction on either driver: repositories are written once against this. */
export type Database = PgDatabase<PgQueryResultHKT>;

export type Driver = 'pglite' | 'postgres';

export interface Connection {
  driver: Driver;
  db: Database;
  /** Only on PostgreSQL: the pool, for the LISTEN connection's settings. */
  pool?: pg.Pool;
  connectionString?: string;
  close(): Promise<void>;
}

/** PostgreSQL advisory lock keys, one per purpose, the same in every instance. */
export const advisoryLocks = { migrations: 0x5b_0a_2d, eventPublish: 0x5b_0e_7e } as const;

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

const pgliteExtensions = { pg_trgm };

/** Rows of a raw SQL statement (both drivers answer `{ rows }`). Cast numbers in SQL: drivers differ on int8. */
export async function queryRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/**
 * 64-bit integers (Aircall's ids, counts) read as JavaScript numbers, as PGlite reads them: every value we store is
 * bounded at 2^53 − 1, where numbers are still exact; node-postgres would answer strings. Its parsers are
 * process-wide, and Drizzle's queries read them there.
 */
let int8ArrayAsNumbers: ((text: string) => Array<number | null>) | undefined;
function readInt8AsNumber(): void {
  const int8Array = 1016 as typeof pg.types.builtins.INT8;
  const asStrings = pg.types.getTypeParser(int8Array) as (text: string) => Array<string | null>;
  if ((asStrings as unknown) === int8ArrayAsNumbers) return;
  pg.types.setTypeParser(pg.types.builtins.INT8, Number);
  int8ArrayAsNumbers = (text: string) => asStrings(text).map((item) => (item === null ? null : Number(item)));
  pg.types.setTypeParser(int8Array, int8ArrayAsNumbers);
}

export async function openPostgres(
  connectionString: string,
  options: { poolSize?: number; onError: (error: unknown) => void },
): Promise<Connection> {
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 10 });
  readInt8AsNumber();
  // An idle connection dropped by the server (restart, failover) is an 'error' event: unheard, it would end the
  // process. The pool replaces it on the next query.
  pool.on('error', options.onError);
  try {
    await migrateUnderLock(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { driver: 'postgres', db: drizzleNodePg({ client: pool }), pool, connectionString, close: () => pool.end() };
}

/** Instances starting together on one database take turns: the first migrates, the others find nothing to do. */
async function migrateUnderLock(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [advisoryLocks.migrations]);
    await migrateNodePg(drizzleNodePg({ client }), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [advisoryLocks.migrations]).catch(() => undefined);
    client.release();
  }
}

export async function openPglite(dataDir?: string): Promise<Connection> {
  // A new database, in memory or in a new directory, starts from the migrated template instead of initdb.
  const fresh = !dataDir || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const options = { extensions: pgliteExtensions, loadDataDir: fresh ? await migratedTemplate() : undefined };
  const client = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  const db = drizzlePglite({ client });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await client.close();
    throw error;
  }
  return { driver: 'pglite', db, close: () => client.close() };
}

let templatePromise: Promise<Blob> | undefined;

/**
 * PGlite's initdb costs seconds; loading a dumped data directory costs a fraction of that. New stores therefore
 * start from a migrated dump, cached per process and on disk under a name derived from the
 * migrations and the PGlite version, so a changed migration never loads a stale template.
 */
function migratedTemplate(): Promise<Blob> {
  templatePromise ??= loadOrBuildTemplate().catch((error: unknown) => {
    templatePromise = undefined;
    throw error;
  });
  return templatePromise;
}

async function loadOrBuildTemplate(): Promise<Blob> {
  const file = path.join(tmpdir(), `switchboard-pglite-${await migrationsFingerprint()}.tar`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);
  const client = new PGlite({ extensions: pgliteExtensions });
  try {
    await migratePglite(drizzlePglite({ client }), { migrationsFolder });
    const dump = await client.dumpDataDir('none');
    // Written aside, then renamed: concurrent test workers never read a half-written file.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
    await removeStaleTemplates(file);
    return dump;
  } finally {
    await client.close();
  }
}

/** Templates of older migrations are 40 MB each and never loaded again. */
async function removeStaleTemplates(current: string): Promise<void> {
  const directory = path.dirname(current);
  const stale = (await readdir(directory)).filter(
    (name) => /^switchboard-pglite-[0-9a-f]+\.tar$/.test(name) && name !== path.basename(current),
  );
  await Promise.all(stale.map((name) => rm(path.join(directory, name), { force: true })));
}

async function migrationsFingerprint(): Promise<string> {
  // pnpm's path to PGlite names its version; a dump only loads into the PostgreSQL build that wrote it.
  const hash = createHash('sha256').update(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  const files = (await readdir(migrationsFolder, { recursive: true })).filter((name) => /\.(sql|json)$/.test(name));
  for (const name of files.sort()) hash.update(name).update(await readFile(path.join(migrationsFolder, name)));
  return hash.digest('hex').slice(0, 16);
}
