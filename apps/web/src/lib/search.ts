import type { SearchSchemaInput } from '@tanstack/react-router';

/**
 * A route's `validateSearch` for a list whose URL a contracts schema validates: the schema (zod) loads lazily, so
 * here the URL's values are only kept, and the loader parses them (`…SearchSchema.parse`) before anything reads them.
 */
export function keepSearch<T extends object>(search: Partial<T> & SearchSchemaInput): { [K in keyof T]?: unknown } {
  return search as { [K in keyof T]?: unknown };
}
