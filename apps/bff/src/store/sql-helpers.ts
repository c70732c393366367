import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/** `SET col = excluded.col` for every column of an upsert but the key. */
export function excludedColumns(table: PgTable, keep: PgColumn): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [property, column] of Object.entries(getTableColumns(table))) {
    if (column.name !== keep.name) set[property] = sql.raw(`excluded."${column.name}"`);
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
