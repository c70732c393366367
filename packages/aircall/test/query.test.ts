import { describe, expect, it } from 'vitest';
import { encodeQuery, InvalidInputError } from '../src';
import { resolvePath } from '../src/http/query';

describe('query parameters', () => {
  it('encodes booleans as true/false, recursively, and arrays and objects the Rails way', () => {
    const query = encodeQuery({
      fetch_contact: true,
      archived: false,
      tags: [545, 546],
      filter: { missed: true, reasons: ['short_abandoned'] },
      skipped: undefined,
      empty: null,
    });
    expect(decodeURIComponent(query)).toBe(
      '?fetch_contact=true&archived=false&tags[]=545&tags[]=546&filter[missed]=true&filter[reasons][]=short_abandoned',
    );
  });

  it('URL-encodes values, the + of phone numbers included', () => {
    expect(encodeQuery({ phone_number: '+33 6 12&x=1', email: 'a+b@example.com' })).toBe(
      '?phone_number=%2B33+6+12%26x%3D1&email=a%2Bb%40example.com',
    );
    expect(encodeQuery({})).toBe('');
  });
});

describe('path ids', () => {
  it('fills placeholders with checked ids', () => {
    expect(resolvePath('/v1/teams/:team_id/users/:user_id', { team_id: 1, user_id: 22 }, 'POST')).toBe(
      '/v1/teams/1/users/22',
    );
    expect(resolvePath('/v1/webhooks/:id', { id: 'c2501111-8a69-4342-bb34-bcd6cfe564ab' }, 'GET')).toBe(
      '/v1/webhooks/c2501111-8a69-4342-bb34-bcd6cfe564ab',
    );
  });

  it.each([0, -3, 1.5, Number.NaN, 2 ** 60, '../users', '1?x=1', '1/2', '', '%2e%2e'])('refuses %s', (id) => {
    expect(() => resolvePath('/v1/calls/:id', { id }, 'GET')).toThrow(InvalidInputError);
  });

  it('refuses a missing id', () => {
    expect(() => resolvePath('/v1/calls/:id', {}, 'GET')).toThrow(InvalidInputError);
  });
});
