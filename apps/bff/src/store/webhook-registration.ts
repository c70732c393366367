import { eq } from 'drizzle-orm';
import type { Database } from './db';
import { webhookRegistrations } from './schema';
import { excludedColumns } from './sql-helpers';
import type { StoreClock } from './time';

export type WebhookRegistration = Omit<typeof webhookRegistrations.$inferSelect, 'name'>;

const defaultName = 'aircall';

/** The webhook we registered on Aircall, and its token, kept server-side only. */
export function createWebhookRegistrationRepository(db: Database, clock: StoreClock) {
  return {
    async get(name = defaultName): Promise<WebhookRegistration | undefined> {
      const [row] = await db.select().from(webhookRegistrations).where(eq(webhookRegistrations.name, name));
      if (!row) return undefined;
      const { name: _name, ...registration } = row;
      return registration;
    },

    async save(registration: Omit<WebhookRegistration, 'updatedAt'>, name = defaultName): Promise<void> {
      await db
        .insert(webhookRegistrations)
        .values({ ...registration, name, updatedAt: clock.date() })
        .onConflictDoUpdate({
          target: webhookRegistrations.name,
          set: excludedColumns(webhookRegistrations, webhookRegistrations.name),
        });
    },

    async clear(name = defaultName): Promise<void> {
      await db.delete(webhookRegistrations).where(eq(webhookRegistrations.name, name));
    },
  };
}

export type WebhookRegistrationRepository = ReturnType<typeof createWebhookRegistrationRepository>;
