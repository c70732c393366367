import { InvalidInputError } from '../errors';

export type QueryValue = string | number | boolean | null | undefined | readonly QueryValue[] | QueryObject;
export interface QueryObject {
  readonly [key: string]: QueryValue;
}

/**
 * Encodes query parameters the way Aircall's Rails backend reads them: booleans as 'true'/'false', arrays as
 * `key[]=a&key[]=b` (e.g. `tags[]=1&tags[]=2` for calls/search), nested objects as `key[sub]=v`, recursively.
 * `undefined` and `null` are left out. URLSearchParams does the percent-encoding.
 */
export function encodeQuery(params: QueryObject | URLSearchParams | undefined): string {
  const search = new URLSearchParams(params instanceof URLSearchParams ? params : undefined);
  if (params && !(params instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(params)) append(search, key, value);
  }
  const encoded = search.toString();
  return encoded ? `?${encoded}` : '';
}

function append(search: URLSearchParams, key: string, value: QueryValue): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) append(search, `${key}[]`, item);
  } else if (typeof value === 'object') {
    for (const [sub, item] of Object.entries(value)) append(search, `${key}[${sub}]`, item);
  } else {
    search.append(key, String(value));
  }
}

export type PathParams = Readonly<Record<string, number | string>>;

/**
 * Fills `:name` placeholders of a route such as `/v1/calls/:id/comments`, checking each id first so that `../` or `?`
 * can never reshape the URL. Aircall ids are positive integers, except webhook ids which are UUID-like strings.
 */
export function resolvePath(route: string, params: PathParams | undefined, method: string): string {
  return route.replace(/:([a-z_]+)/g, (_placeholder, name: string) => {
    const id = params?.[name];
    const valid =
      typeof id === 'number'
        ? Number.isSafeInteger(id) && id > 0
        : typeof id === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(id);
    if (!valid) throw new InvalidInputError(`Invalid path parameter "${name}"`, { method, path: route });
    return String(id);
  });
}
