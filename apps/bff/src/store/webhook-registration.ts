import { eq } from 'drizzle-orm';
import type { CacheVersions } from './cache-versions';
import type { Database } from './db';
import { webhookRegistrations } from './schema';
import { excludedColumns } from './sql-helpers';
import type { StoreClock } from './time';

export type WebhookRegistration = Omit<typeof webhookRegistrations.$inferSelect, 'name'>;

const defaultName = 'aircall';

/**
 * The webhook we registered on Aircall, and its token, kept server-side only. Every delivery checks the token, so
 * the registrations are cached (see cache-versions.ts): no query per delivery, a new token honoured at once here
 * and within a NOTIFY on the other instances.
 */
export function createWebhookRegistrationRepository(db: Database, clock: StoreClock, versions: CacheVersions) {
  const all = versions.cached('webhook_registration', async () => {
    const rows = await db.select().from(webhookRegistrations);
    return new Map(rows.map(({ name, ...registration }) => [name, registration as WebhookRegistration]));
  });
  return {
    async get(name = defaultName): Promise<WebhookRegistration | undefined> {
      const registration = (await all.get()).get(name);
      return registration && { ...registration };
    },

    async save(registration: Omit<WebhookRegistration, 'updatedAt'>, name = defaultName): Promise<void> {
      try {
        await db
          .insert(webhookRegistrations)
          .values({ ...registration, name, updatedAt: clock.date() })
          .onConflictDoUpdate({
            target: webhookRegistrations.name,
            set: excludedColumns(webhookRegistrations, webhookRegistrations.name),
          });
      } finally {
        versions.invalidate('webhook_registration');
      }
    },

    async clear(name = defaultName): Promise<void> {
      try {
        await db.delete(webhookRegistrations).where(eq(webhookRegistrations.name, name));
      } finally {
        versions.invalidate('webhook_registration');
      }
    },
  };
}

export type WebhookRegistrationRepository = ReturnType<typeof createWebhookRegistrationRepository>;
