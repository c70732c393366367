import { notFound } from '@tanstack/react-router';

/** A resource id from the URL (`/teams/12`); anything else is a page that does not exist. */
export function parseIdParam(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}
