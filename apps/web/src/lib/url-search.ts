import { limits, numberBounds, sortOrders } from '@switchboard/contracts/values';
import type { SearchSchemaInput } from '@tanstack/react-router';
import * as v from 'valibot';

/*
 * A list's URL, checked synchronously in the route's `validateSearch` (valibot: a few KB in the entry chunk, where
 * zod would cost a fifth of it). Every field falls back to its default when a hand-edited URL holds something else,
 * and the list's cross-field rules (from ≤ to, page or cursor) drop the pair that breaks them, so every URL opens a
 * page and the BFF, which checks the same rules strictly, never sees a query it would refuse.
 */

/** A whole number from the URL (the router reads `?page=2` as 2, `?page="2"` as "2"). */
const wholeNumber = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))]),
  v.safeInteger(),
);

const aircallId = v.pipe(wholeNumber, v.minValue(1), v.maxValue(numberBounds.aircallId));

/** An optional field: anything invalid reads as absent. */
const maybe = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

export const urlFields = {
  id: () => maybe(aircallId),
  /** One of our own ids (a dashboard account). */
  ownId: () => maybe(v.pipe(wholeNumber, v.minValue(1), v.maxValue(numberBounds.ownId))),
  unixSeconds: () => maybe(v.pipe(wholeNumber, v.minValue(0), v.maxValue(numberBounds.unixSeconds))),
  seconds: () => maybe(v.pipe(wholeNumber, v.minValue(0), v.maxValue(numberBounds.seconds))),
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => maybe(v.picklist(values)),
  oneOfOr: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    v.fallback(v.optional(v.picklist(values), fallback), fallback),
  boolean: () =>
    maybe(
      v.union([
        v.boolean(),
        v.pipe(
          v.picklist(['true', 'false']),
          v.transform((s) => s === 'true'),
        ),
      ]),
    ),
  text: (min: number, max: number) =>
    maybe(
      v.pipe(
        v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
        v.trim(),
        v.minLength(min),
        v.maxLength(max),
      ),
    ),
  pattern: (pattern: RegExp) =>
    maybe(v.pipe(v.union([v.string(), v.pipe(v.number(), v.transform(String))]), v.regex(pattern))),
  /** `[1,2]` as the router writes arrays, or `1,2` typed by hand. */
  idList: () =>
    maybe(
      v.pipe(
        v.union([
          v.array(v.unknown()),
          v.pipe(
            v.string(),
            v.transform((s) => s.split(',').filter(Boolean)),
          ),
        ]),
        v.array(aircallId),
        v.minLength(1),
        v.maxLength(limits.idsPerFilter),
      ),
    ),
};

/** `page`, `perPage` and `cursor`, as every list pages. */
export const paginationFields = {
  page: v.fallback(v.optional(v.pipe(wholeNumber, v.minValue(1), v.maxValue(numberBounds.page)), 1), 1),
  perPage: v.fallback(v.optional(v.pipe(wholeNumber, v.minValue(1), v.maxValue(limits.perPage)), 50), 50),
  cursor: maybe(v.pipe(v.string(), v.maxLength(512), v.regex(/^[A-Za-z0-9_-]+$/))),
};

export const sortOrderField = (fallback: (typeof sortOrders)[number]) => urlFields.oneOfOr(sortOrders, fallback);

/** A cross-field rule: returns the search unchanged when it holds, or with the fields that break it dropped. */
export type SearchRule<S> = (search: S) => S;

export const searchRules = {
  /** `from` after `to`: the range means nothing, so neither bound stays. */
  dateRange: <S extends { from?: number | undefined; to?: number | undefined }>(search: S): S =>
    search.from !== undefined && search.to !== undefined && search.from > search.to
      ? { ...search, from: undefined, to: undefined }
      : search,
  /** Shortest above longest: neither bound stays. */
  durationRange: <S extends { minDuration?: number | undefined; maxDuration?: number | undefined }>(search: S): S =>
    search.minDuration !== undefined && search.maxDuration !== undefined && search.minDuration > search.maxDuration
      ? { ...search, minDuration: undefined, maxDuration: undefined }
      : search,
  /** A cursor continues from page 1; with another page it is stale. */
  cursorOrPage: <S extends { cursor?: string | undefined; page: number }>(search: S): S =>
    search.cursor !== undefined && search.page !== 1 ? { ...search, cursor: undefined } : search,
};

/**
 * A route's `validateSearch`: the fields' schemas, then the list's cross-field rules. Never throws; unknown keys are
 * dropped.
 */
export function urlSearch<const E extends v.ObjectEntries>(
  entries: E,
  ...rules: SearchRule<v.InferOutput<v.ObjectSchema<E, undefined>>>[]
): (
  input: Partial<v.InferOutput<v.ObjectSchema<E, undefined>>> & SearchSchemaInput,
) => v.InferOutput<v.ObjectSchema<E, undefined>> {
  const schema = v.object(entries);
  return (input) => {
    // Links pass typed values; a hand-edited URL anything: both are checked the same way.
    const parsed = v.safeParse(schema, input ?? {});
    const search = parsed.success ? parsed.output : v.getDefaults(schema);
    return rules.reduce((current, rule) => rule(current), search as v.InferOutput<typeof schema>);
  };
}
