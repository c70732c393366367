import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError, errorTextLength } from '../../src/privacy';
import { createMirrorSync } from '../../src/sync/mirror-sync';
import { appOnSimulator } from '../helpers';

const phone = '+33 6 12 34 56 78';

/** A real database error as Drizzle raises it: the statement and its parameters (a phone number) in its message. */
async function databaseError(): Promise<Error> {
  const client = new PGlite();
  try {
    await drizzle({ client }).execute(sql`SELECT ${phone}::int AS digits, ${'x'.repeat(50_000)} AS filler`);
  } catch (error) {
    return error as Error;
  } finally {
    await client.close();
  }
  throw new Error('the statement should have failed');
}

/** What a log line, stored error or answer must never hold: SQL, parameters, a whole phone number, a novel. */
function expectSafe(text: string) {
  expect(text).not.toMatch(/Failed query|SELECT|params:/);
  expect(text).not.toMatch(/12[ .-]?34[ .-]?56[ .-]?78/);
}

describe('errors in logs and answers', () => {
  let error: Error;
  beforeAll(async () => {
    error = await databaseError();
    expect(error.message).toContain(phone);
  });

  it('a database error is logged with its code and a short message, never its query or parameters', async () => {
    const testApp = await appOnSimulator();
    testApp.store.calls.list = async () => {
      throw error;
    };
    const agent = await testApp.signIn('agent');
    await agent.get('/api/calls').expect(500);
    const failure = testApp.log.lines.map((line) => JSON.parse(line)).find((line) => line.msg === 'request failed');
    expect(failure?.err).toMatchObject({ code: '22P02', message: expect.stringContaining('invalid input syntax') });
    for (const line of testApp.log.lines) {
      expectSafe(line);
      expect(line.length).toBeLessThan(4_000);
    }
  });

  it('GET /api/sync/status says what failed in at most 200 masked characters', async () => {
    const testApp = await appOnSimulator();
    testApp.store.users.upsertMany = async () => {
      throw error;
    };
    const { store, aircall, log } = testApp;
    await createMirrorSync({ store, aircall, logger: log.logger, clock: { now: Date.now } }).runDue(
      new AbortController().signal,
    );
    // And a checkpoint written before errors were kept short, as an older version left it.
    await store.syncCheckpoints.save('tags', { lastRunAt: new Date(), error: error.message });

    const { body } = await (await testApp.signIn('admin')).get('/api/sync/status').expect(200);
    const failed = body.resources.filter((resource: { lastError: string | null }) => resource.lastError !== null);
    expect(failed.map((resource: { resource: string }) => resource.resource)).toEqual(
      expect.arrayContaining(['users', 'tags']),
    );
    for (const { lastError } of failed) {
      expect(lastError.length).toBeLessThanOrEqual(200);
      expectSafe(lastError);
    }
    for (const line of log.lines) expectSafe(line);
  });

  it('any error text, with phone numbers and queries anywhere in it, is described short and masked', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(
        phone,
        '+14155550123',
        '0612345678',
        '\nFailed query: select * from calls',
        'params: +33612345678',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const { message } = describeError(new Error(pieces.join(' ')));
        expect(message.length).toBeLessThanOrEqual(errorTextLength);
        expect(message).not.toMatch(/Failed query/);
        expect(message).not.toMatch(/\d{6,}/);
      }),
      { numRuns: 300 },
    );
  });
});
