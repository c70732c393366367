import fc from 'fast-check';
import { expect, it } from 'vitest';
import { applyContext, applyWebhookEvent } from '../../src/live/apply-event';
import type { Store } from '../../src/store';
import { aContact, aNumber, aUser } from '../store/fixtures';
import { describeOnEachDriver } from '../store/harness';

/** The resources Aircall deletes by webhook: how to write one with a name, and how to read its name back. */
const resources = {
  user: {
    make: (id: number, name: string) => aUser({ id, name }),
    nameIn: async (store: Store, id: number) => (await store.users.get(id))?.user.name,
  },
  contact: {
    make: (id: number, name: string) => aContact(id, { first_name: name }),
    nameIn: async (store: Store, id: number) => (await store.contacts.get(id))?.first_name,
  },
  number: {
    make: (id: number, name: string) => aNumber(id, name),
    nameIn: async (store: Store, id: number) => (await store.numbers.get(id))?.name,
  },
};

/** Updates and deletes of one object, each at its own time (UNIX seconds), in the order they happen to arrive. */
const arrivals = fc.uniqueArray(fc.record({ deleted: fc.boolean(), at: fc.integer({ min: 1, max: 10_000 }) }), {
  minLength: 1,
  maxLength: 6,
  selector: (event) => event.at,
});

describeOnEachDriver('deletes applied out of order', (ctx) => {
  let nextId = 1;

  it('whatever order updates and deletes arrive in, the mirror ends as the newest of them says', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('user', 'contact', 'number' as const), arrivals, async (resource, events) => {
        const id = nextId++;
        for (const { deleted, at } of events) {
          await applyWebhookEvent(applyContext(ctx.store), {
            resource,
            event: `${resource}.${deleted ? 'deleted' : 'updated'}`,
            timestamp: at,
            data: resources[resource].make(id, `as of ${at}`) as never,
          });
        }
        const newest = events.reduce((latest, event) => (event.at > latest.at ? event : latest));
        expect(await resources[resource].nameIn(ctx.store, id)).toBe(newest.deleted ? undefined : `as of ${newest.at}`);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a listing that no longer has a row removes it only as of the listing, not a state written since', async () => {
    await ctx.store.users.upsertMany([aUser({ id: 900, name: 'created while listing' })], 5_000);
    expect(await ctx.store.users.delete(900, 4_000)).toBe(false);
    expect(await resources.user.nameIn(ctx.store, 900)).toBe('created while listing');
  });
});
