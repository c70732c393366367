import { z } from 'zod';
import { limits, numberBounds, roles, sortOrders } from './values';

export type { Role } from './values';
export { limits, numberBounds, roles } from './values';

export const roleSchema = z.enum(roles, { error: 'must be one of agent, supervisor, admin' });

/** Builds an enum whose error message lists the accepted values. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

/** UNIX seconds, as Aircall counts time. */
export const unixSecondsSchema = z.number().int().nonnegative();
/** An Aircall resource id, in a response or a request body. */
export const idSchema = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .positive('must be a positive id')
  .max(numberBounds.aircallId, `must be at most ${numberBounds.aircallId}`);

/** A whole number read from a path or query string: digits only, so `1e3`, `0x10` and ` 7` are refused. */
function integerParam(min: number, max: number, rule: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' && /^-?\d{1,20}$/.test(value) ? Number(value) : value),
    z
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(min, rule)
      .max(max, `must be at most ${max}`),
  );
}

/** An Aircall resource id read from a path or query string. */
export const idParamSchema = integerParam(1, numberBounds.aircallId, 'must be a positive id');
/** One of our own ids (a dashboard account) read from a path or query string. */
export const ownIdParamSchema = integerParam(1, numberBounds.ownId, 'must be a positive id');

/** Path params made of ids, e.g. `idParams('callId')` for `/api/calls/:callId`. */
export function idParams<const K extends string>(...names: K[]) {
  const shape = Object.fromEntries(names.map((name) => [name, idParamSchema])) as Record<K, typeof idParamSchema>;
  return z.object(shape);
}

/** An id list in a query string: `tagIds=1&tagIds=2`, `tagIds=1,2` or an array from the SPA's URL. */
export const idListParamSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
  z
    .array(idParamSchema)
    .min(1, 'must hold at least one id')
    .max(limits.idsPerFilter, `must hold at most ${limits.idsPerFilter} ids`),
);

/** `true`/`false` in a query string, or a boolean from the SPA's URL. */
export const booleanParamSchema = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean({ error: 'must be true or false' }),
);

export const sortOrderSchema = oneOf(sortOrders);

/** UNIX seconds in a query string. */
export const unixSecondsParamSchema = integerParam(0, numberBounds.unixSeconds, 'must be UNIX seconds');

/** A number of seconds (a duration) in a query string. */
export const secondsParamSchema = integerParam(0, numberBounds.seconds, 'must be whole seconds, at least 0');

export const pageParamSchema = integerParam(1, numberBounds.page, 'must be at least 1');
export const perPageParamSchema = integerParam(1, limits.perPage, 'must be at least 1');

/** Opaque: the BFF encodes its own position; clients only pass back what `meta.nextCursor` gave them. */
export const cursorParamSchema = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be a cursor returned by a previous page');

/** `page`/`perPage` with defaults; `cursor` (when given) replaces `page`. */
export const paginationShape = {
  page: pageParamSchema.default(1),
  perPage: perPageParamSchema.default(50),
  cursor: cursorParamSchema.optional(),
};

export const pageMetaSchema = z.object({
  page: z.number().int().min(1),
  perPage: z.number().int().min(1),
  total: z.number().int().nonnegative(),
  hasNextPage: z.boolean(),
  /** Pass as `cursor` to read the next page from where this one ended, even while new rows arrive. */
  nextCursor: z.string().nullable().optional(),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

/** `{ [key]: Item[], meta }`, the shape of every list response. */
export function pageOf<const K extends string, T extends z.ZodType>(key: K, item: T) {
  return z.object({ [key]: z.array(item), meta: pageMetaSchema } as { [P in K]: z.ZodArray<T> } & {
    meta: typeof pageMetaSchema;
  });
}

/** Shared refinements of list queries, so every strict schema reports the same rules the same way. */
export const queryRules = {
  dateRange: {
    check: (q: { from?: number | undefined; to?: number | undefined }) =>
      q.from === undefined || q.to === undefined || q.from <= q.to,
    message: 'from must not be after to',
    path: ['from'],
  },
  durationRange: {
    check: (q: { minDuration?: number | undefined; maxDuration?: number | undefined }) =>
      q.minDuration === undefined || q.maxDuration === undefined || q.minDuration <= q.maxDuration,
    message: 'minDuration must not be more than maxDuration',
    path: ['minDuration'],
  },
  cursorOrPage: {
    check: (q: { cursor?: string | undefined; page: number }) => q.cursor === undefined || q.page === 1,
    message: 'use either page or cursor, not both',
    path: ['cursor'],
  },
} as const;

type QueryRule = (typeof queryRules)[keyof typeof queryRules];
/** Applies the given rules to a strict list-query object. */
export function withRules<T extends z.ZodObject>(schema: T, ...rules: QueryRule[]): T {
  return rules.reduce(
    (refined, rule) =>
      refined.refine((q) => (rule.check as (q: unknown) => boolean)(q), {
        message: rule.message,
        path: [...rule.path],
      }),
    schema,
  );
}

/**
 * The URL flavour of a list query, for the SPA's `validateSearch`: every field falls back to its default (or to
 * undefined) instead of failing, so a hand-edited URL never breaks the page. Every field must therefore be optional
 * or defaulted.
 */
export function urlSearchSchema<S extends Record<string, z.ZodType>>(shape: S) {
  const lenient = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => {
      const fallback = field.safeParse(undefined);
      if (!fallback.success) throw new Error(`urlSearchSchema: ${key} needs a default or .optional()`);
      return [key, field.catch(fallback.data)];
    }),
  );
  return z.object(lenient as { [K in keyof S]: z.ZodCatch<S[K]> });
}

/**
 * NUL, which PostgreSQL text cannot hold, and a UTF-16 surrogate without its other half, which is no character at
 * all (UTF-8 and JSON cannot carry it). Text holding either is refused, whichever field it arrives in.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this looks for.
export const unstorableCharacter = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const unstorableTextRule = 'must not contain NUL characters or unpaired UTF-16 surrogates';

export function isStorableText(text: string): boolean {
  return !unstorableCharacter.test(text);
}

/**
 * The dotted paths of every string (key or value) inside `value` that `isStorableText` refuses, e.g.
 * `['name', 'emails.0.value']`: the API refuses them before anything else looks at the request.
 */
export function unstorableTextPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [path.join('.')];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(isStorableText(key) ? [] : [[...path, '(key)'].join('.')]),
    ...unstorableTextPaths(inner, [...path, isStorableText(key) ? key : '(key)']),
  ]);
}

/** Any text an endpoint accepts: what PostgreSQL and Aircall can both store. */
export const textSchema = z.string({ error: 'must be text' }).refine(isStorableText, unstorableTextRule);

const emoji = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * Text Aircall stores for people to read: trimmed, not blank, bounded, and without emojis, which Aircall strips
 * from comments, contacts and tags (or rejects), so we refuse them up front rather than store something else.
 */
export function plainText(maxLength: number, { allowEmojis = false } = {}) {
  const text = textSchema.trim().min(1, "can't be blank").max(maxLength, `must be at most ${maxLength} characters`);
  return allowEmojis
    ? text
    : text.refine((value) => !emoji.test(value), 'must not contain emojis (Aircall removes them)');
}

/** The E.164 form Aircall dials: a plus sign, country code, up to 15 digits, no spaces. */
export const e164Schema = z.e164({ error: 'must be an E.164 phone number like +14155550123' });

export const hexColourSchema = z
  .string({ error: 'must be text' })
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a hex colour like #1A2B3C');

export const emailSchema = z.email({ error: 'must be an email address like jane@example.com' });

/** A link on an insight card or in a message: http or https only. */
export const httpUrlSchema = z.httpUrl({ error: 'must be an http(s) URL like https://example.com/path' });

/** An update body must change something: at least one of its fields is present. */
export function requireChange<T extends z.ZodObject>(schema: T, message = 'send at least one field to change') {
  return schema.refine((body) => Object.values(body).some((value) => value !== undefined), message);
}

/** A short reference to a person or group, embedded in other resources. */
export const namedRefSchema = z.object({ id: idSchema, name: z.string() });
export type NamedRef = z.infer<typeof namedRefSchema>;
