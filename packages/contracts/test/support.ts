import { expect } from 'vitest';
import type { z } from 'zod';

/** Asserts that `schema` refuses `input` with an issue at `path` whose message contains `message`. */
export function expectRejected(schema: z.ZodType, input: unknown, path: string, message: string): void {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  const issues = result.error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  expect(issues).toContainEqual({ path, message: expect.stringContaining(message) });
}

/** Asserts that `schema` accepts `input` and returns what it parsed. */
export function expectAccepted<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  expect(result.error?.issues ?? []).toEqual([]);
  return result.data as z.output<S>;
}
