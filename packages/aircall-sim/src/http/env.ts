import type { Context } from 'hono';
import type { Views } from '../serialize';

export type SimEnv = { Variables: { views: Views; url: URL } };
export type SimContext = Context<SimEnv>;

/** A numeric path param, or a 404 naming the resource when it is not an id at all. */
export function idParam(c: SimContext, name = 'id'): number {
  const value = Number(c.req.param(name));
  return Number.isInteger(value) && value > 0 ? value : -1;
}

export function flag(c: SimContext, name: string): boolean {
  return c.req.query(name) === 'true';
}
