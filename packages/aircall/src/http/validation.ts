import type { z } from 'zod';
import { InvalidInputError, UnexpectedResponseError } from '../errors';

interface Where {
  method: string;
  path: string;
}

/** Validates caller input before anything is sent. Issue messages name fields, never echo values. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: Where): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputError(`Invalid input: ${describeIssues(result.error)}`, where);
}

export function parseResponse<T extends z.ZodType>(
  schema: T,
  body: unknown,
  where: Where & { status: number },
): z.output<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new UnexpectedResponseError(`Unexpected response shape: ${describeIssues(result.error)}`, where);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
