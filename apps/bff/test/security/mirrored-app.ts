import { createAircallClient } from '@switchboard/aircall';
import type { SimulatorOptions } from '@switchboard/aircall-sim';
import { type ApiEndpoint, buildPath, pathParamNames } from '@switchboard/contracts';
import { createMirrorSync } from '../../src/sync/mirror-sync';
import { reconcileWebhook } from '../../src/sync/webhook-registration';
import { collect } from '../features/calls/support';
import { appOnSimulator, simOrigin, testPassword } from '../helpers';

/** What Aircall would post, captured instead of sent: tests hand the deliveries to the app themselves. */
export interface CapturedDelivery {
  url: string;
  body: string;
}

/**
 * The app on a simulator without a rate limit, after a first sync (directory and calls mirrored) and the webhook
 * registration, as a running instance has them; `idFor(name)` answers a real id for each path param of the registry.
 */
export async function mirroredApp(sim: SimulatorOptions = {}) {
  const deliveries: CapturedDelivery[] = [];
  const testApp = await appOnSimulator({
    sim: {
      rateLimit: false,
      sizes: { calls: 120, users: 6, numbers: 2, teams: 2, tags: 4, contacts: 20 },
      webhooks: {
        fetch: async (url, init) => {
          deliveries.push({ url: String(url), body: String(init?.body) });
          return new Response(null, { status: 200 });
        },
      },
      ...sim,
    },
  });
  const { store, aircall, log } = testApp;
  const context = { store, aircall, logger: log.logger, clock: { now: Date.now } };
  await createMirrorSync(context).runDue(new AbortController().signal);
  await reconcileWebhook(context, 'http://127.0.0.1');

  // Contacts are mirrored as they are touched; read one list the way the contact search would.
  const directAircall = createAircallClient({
    ...testApp.simulator.credentials,
    baseUrl: simOrigin,
    fetch: testApp.simulator.fetch,
    budget: false,
  });
  const [contacts, calls, users, teams, numbers, tags] = await Promise.all([
    collect(directAircall.contacts.listAll()),
    store.calls.list({ perPage: 1, withTotal: false }),
    store.users.list(),
    collect(directAircall.teams.listAll()),
    store.numbers.list(),
    store.tags.list(),
  ]);
  await store.contacts.upsertMany(contacts, Date.now());
  const contact = contacts[0];
  // Administration aims at an account of its own, not at whoever is signed in.
  const target = await store.accounts.create({
    email: 'target@switchboard.test',
    password: testPassword,
    role: 'agent',
  });
  const ids: Record<string, string | number | undefined> = {
    callId: calls.calls[0]?.id,
    userId: users[0]?.user.id,
    teamId: teams[0]?.id,
    numberId: numbers[0]?.id,
    tagId: tags[0]?.id,
    contactId: contact?.id,
    phoneNumberId: contact?.phone_numbers[0]?.id,
    emailId: contact?.emails[0]?.id ?? 1,
    accountId: target.id,
    jobId: 1,
    kind: 'recording',
  };

  function idFor(name: string): string | number {
    const id = ids[name];
    if (id === undefined) throw new Error(`no id for :${name}`);
    return id;
  }

  /** The endpoint's path with a real id for each param. */
  const pathOf = (endpoint: ApiEndpoint): string =>
    buildPath(
      endpoint.path as string,
      Object.fromEntries(pathParamNames(endpoint.path).map((name) => [name, idFor(name)])) as Record<never, never>,
    );

  return { ...testApp, deliveries, idFor, pathOf };
}
