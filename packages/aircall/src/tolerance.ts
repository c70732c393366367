import { z } from 'zod';

/**
 * Aircall's answers drift from its documents (a call without `teams`, a contact without `created_at`, nested users
 * abridged differently by position). Schemas built with these helpers parse what the product needs, put a default in
 * place of any other field that is missing or malformed, and drop an odd element of a list rather than the whole
 * answer. What they replaced or dropped is counted by field name: never a value, so nothing personal is recorded.
 */
export interface Oddities {
  /** Field (e.g. `call.teams`) → how many objects had it replaced by its default. */
  defaulted: Record<string, number>;
  /** List (e.g. `calls`) → how many elements were left out because a field the product needs was unusable. */
  dropped: Record<string, number>;
  /** Why elements were dropped: field paths and rules (e.g. `calls[].id: expected number`), at most 10. */
  reasons: string[];
}

const MAX_REASONS = 10;

// zod parses synchronously, so the parse in progress owns this collector; nested reads save and restore it.
let collector: Oddities | null = null;

export const noOddities = (oddities: Oddities) =>
  Object.keys(oddities.defaulted).length === 0 && Object.keys(oddities.dropped).length === 0;

/** Runs a synchronous parse and returns what its tolerant schemas replaced or dropped along the way. */
export function collectOddities<T>(parse: () => T): { value: T; oddities: Oddities } {
  const previous = collector;
  const oddities: Oddities = { defaulted: {}, dropped: {}, reasons: [] };
  collector = oddities;
  try {
    return { value: parse(), oddities };
  } finally {
    collector = previous;
  }
}

/** Adds `more` into `total` (for running counts). */
export function addOddities(total: Oddities, more: Oddities): void {
  for (const [field, count] of Object.entries(more.defaulted))
    total.defaulted[field] = (total.defaulted[field] ?? 0) + count;
  for (const [list, count] of Object.entries(more.dropped)) total.dropped[list] = (total.dropped[list] ?? 0) + count;
  for (const reason of more.reasons) {
    if (total.reasons.length >= MAX_REASONS) break;
    if (!total.reasons.includes(reason)) total.reasons.push(reason);
  }
}

export function noteOddity(kind: 'defaulted' | 'dropped', name: string, reason?: string): void {
  if (!collector) return;
  collector[kind][name] = (collector[kind][name] ?? 0) + 1;
  if (reason && collector.reasons.length < MAX_REASONS && !collector.reasons.includes(reason)) {
    collector.reasons.push(reason);
  }
}

/**
 * `schema`, or `fallback` when the field is missing or does not match (counted under `label`). An explicit
 * `undefined` fallback makes the field optional.
 */
export function orDefault<T extends z.ZodType>(schema: T, fallback: z.output<T>, label: string) {
  return schema.catch(() => {
    noteOddity('defaulted', label);
    return fallback;
  });
}

/** Issue paths and rules only: zod's messages name expected types, never the received value. */
function reasonOf(label: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? `.${issue.path.join('.')}` : '';
  return `${label}[]${path}: ${issue?.message ?? 'invalid'}`;
}

/** An optional field: absent or null stays undefined; a malformed value becomes undefined too (counted). */
export function optionalField<T extends z.ZodType>(schema: T, label: string) {
  return orDefault(z.union([z.null().transform(() => undefined), schema.optional()]), undefined, label);
}

/**
 * A list whose elements are read one by one: an element `item` refuses is left out (counted under `label`), the
 * others are kept. A missing or non-array list becomes `[]` (counted as defaulted) unless `required`: a listing's
 * own items must be there.
 */
export function tolerantArray<T extends z.ZodType>(
  item: T,
  label: string,
  options: { required?: boolean } = {},
): z.ZodType<z.output<T>[]> {
  const list = options.required ? z.array(z.unknown()) : orDefault(z.array(z.unknown()), [], label);
  return list.transform((elements) =>
    elements.flatMap((element) => {
      const parsed = item.safeParse(element);
      if (parsed.success) return [parsed.data as z.output<T>];
      noteOddity('dropped', label, reasonOf(label, parsed.error));
      return [];
    }),
  ) as unknown as z.ZodType<z.output<T>[]>;
}

/** A nullable nested object: `null` when absent or unusable (counted under `label` unless simply absent or null). */
export function nullableObject<T extends z.ZodType>(schema: T, label: string) {
  return z
    .unknown()
    .default(null)
    .transform((value): z.output<T> | null => {
      if (value === undefined || value === null) return null;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data as z.output<T>;
      noteOddity('defaulted', label);
      return null;
    });
}
