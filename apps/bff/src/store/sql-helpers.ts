import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { storableJson } from './storable';

/** `SET col = excluded.col` for every column of an upsert but the key and the columns it leaves as they are. */
export function excludedColumns(table: PgTable, ...unchanged: PgColumn[]): Record<string, SQL> {
  const skipped = new Set(unchanged.map((column) => column.name));
  const set: Record<string, SQL> = {};
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    if (!skipped.has(column.name)) set[property] = sql.raw(`excluded."${column.name}"`);
  }
  return set;
}

/** A LIKE pattern matching `fragment` anywhere, its own % and _ taken literally. */
export function containsPattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Keeps the last occurrence of each key: one multi-row upsert may not touch a row twice. */
export function lastByKey<T>(items: readonly T[], key: (item: T) => number | string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

/**
 * `SELECT <every column> FROM jsonb_to_recordset($1)`: many rows travel as one JSON parameter instead of one
 * parameter per value, which spares drizzle building (and PostgreSQL parsing) statements with tens of thousands of
 * parameters, and has no 65,535-parameter ceiling. Values are in the table's insert shape; absent ones are NULL.
 */
export function rowsAsJson<Table extends PgTable>(table: Table, rows: Table['$inferInsert'][]): SQL {
  const columns = Object.entries(getTableColumns(table));
  const records = rows.map((row) =>
    Object.fromEntries(columns.map(([property, column]) => [column.name, (row as Record<string, unknown>)[property]])),
  );
  const names = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(', '));
  const shape = sql.raw(columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(', '));
  return sql`SELECT ${names} FROM jsonb_to_recordset(${storableJson(records)}::jsonb) AS source(${shape})`;
}
