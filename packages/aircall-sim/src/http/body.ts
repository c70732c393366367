import type { z } from 'zod';
import type { SimContext } from './env';
import { ApiError, badRequest } from './errors';

/** The request's JSON body (an empty body reads as `{}`), validated by `schema`; failures answer `status`. */
export async function readBody<T extends z.ZodType>(
  c: SimContext,
  schema: T,
  status: 400 | 422 = 400,
): Promise<z.infer<T>> {
  const text = await c.req.text();
  let raw: unknown = {};
  if (text.trim() !== '') {
    try {
      raw = JSON.parse(text);
    } catch {
      throw badRequest('Invalid payload: the body must be JSON');
    }
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ApiError(status, status === 400 ? 'Bad Request' : 'Unprocessable Entity', `${where}${issue?.message}`);
}
