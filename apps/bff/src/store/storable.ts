import { isStorableText, unstorableCharacter } from '@switchboard/contracts';
import { customType } from 'drizzle-orm/pg-core';

/**
 * Text that comes from Aircall (webhooks, sync) is stored whatever it holds: PostgreSQL refuses NUL in text and
 * jsonb, and UTF-8 and jsonb cannot carry a lone UTF-16 surrogate, so each of those becomes U+FFFD (the replacement
 * character) instead of failing the whole event, call or sync page. Our own API refuses such text up front.
 */
const replacement = '\uFFFD';
const unstorableCharacters = new RegExp(unstorableCharacter.source, 'g');

export function storableText(text: string): string {
  return isStorableText(text) ? text : text.replace(unstorableCharacters, replacement);
}

/** `value` with every string inside it (keys too) made storable; the same object when nothing needed it. */
export function storableValue<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(storableValue) as T;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [storableText(key), storableValue(inner)]),
  ) as T;
}

/** JSON.stringify escapes NUL and lone surrogates (as \u0000, \ud800…): their escapes show the rare value to mend. */
const suspiciousEscape = /\\u(?:0000|d[89a-f])/i;

/** `JSON.stringify(value)` that PostgreSQL's jsonb accepts. */
export function storableJson(value: unknown): string {
  const json = JSON.stringify(value);
  return json !== undefined && suspiciousEscape.test(json) ? JSON.stringify(storableValue(value)) : json;
}

/** drizzle's `text` column, storing any string (see storableText). */
export const text = customType<{ data: string; driverData: string }>({
  dataType: () => 'text',
  toDriver: storableText,
});

/** drizzle's `jsonb` column, storing any JSON value (see storableJson). */
export const jsonb = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'jsonb',
  toDriver: storableJson,
  // Both drivers parse jsonb already; a string is parsed only if it is JSON text, as drizzle's own jsonb does.
  fromDriver: (value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  },
});
