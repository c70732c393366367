import { expect } from 'vitest';

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Every field of the reference example exists in `actual` with the same JSON type (a null in either side matches
 * anything: the reference's nulls are "not set in this example"). Nested objects and the first array items recurse.
 */
export function expectShape(actual: unknown, example: unknown, path = '$'): void {
  if (kind(example) === 'null' || kind(actual) === 'null') return;
  expect(kind(actual), `${path} type`).toBe(kind(example));
  if (Array.isArray(example) && Array.isArray(actual)) {
    if (example.length > 0 && actual.length > 0) expectShape(actual[0], example[0], `${path}[0]`);
    return;
  }
  if (kind(example) === 'object') {
    const record = actual as Record<string, unknown>;
    for (const [key, value] of Object.entries(example as Record<string, unknown>)) {
      expect(record, `${path} has ${key}`).toHaveProperty([key]);
      expectShape(record[key], value, `${path}.${key}`);
    }
  }
}
