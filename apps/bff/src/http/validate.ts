import type { z } from 'zod';

export type FieldProblem = { field: string; rule: string };

/** Turns zod issues into `{field, rule}` pairs a person (or a form) can put beside the right input. */
export function fieldProblems(part: string, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [part, ...issue.path.map(String)].join('.'),
    rule: issue.message,
  }));
}
