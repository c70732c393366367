import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { HttpError } from './errors';

type Schemas = { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
type Parsed<S extends Schemas> = { [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never };

export type FieldProblem = { field: string; rule: string };

/** Turns zod issues into `{field, rule}` pairs a person (or a form) can put beside the right input. */
export function fieldProblems(part: string, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: [part, ...issue.path.map(String)].join('.'),
    rule: issue.message,
  }));
}

/**
 * Validates the parts of a request it is given schemas for, and hands the parsed values on in `res.locals.input`
 * (Express 5's `req.query` is a read-only getter, so parsed input is never written back onto the request).
 */
export function validate<S extends Schemas>(schemas: S): RequestHandler {
  return (req, res, next) => {
    const input: Record<string, unknown> = {};
    const problems: FieldProblem[] = [];
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(req[part] ?? {});
      if (result.success) input[part] = result.data;
      else problems.push(...fieldProblems(part, result.error));
    }
    if (problems.length > 0) {
      const summary = problems.map((problem) => `${problem.field}: ${problem.rule}`).join('; ');
      throw new HttpError(400, 'bad_request', `Invalid request — ${summary}`, { fields: problems });
    }
    res.locals.input = input;
    next();
  };
}

/** The parsed input `validate(schemas)` stored for this request. */
export function inputOf<S extends Schemas>(res: { locals: Record<string, unknown> }, _schemas: S): Parsed<S> {
  return res.locals.input as Parsed<S>;
}
