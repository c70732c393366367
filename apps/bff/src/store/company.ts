import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { companySettings, numbers } from './schema';
import type { StoreClock } from './time';

export interface StoredCompanySettings {
  /** As the BFF validated it when an admin saved it (the contracts' CompanySettings). */
  settings: Record<string, unknown>;
  updatedAt: Date;
}

/** The company's own settings (one row) and what their defaults are derived from. */
export function createCompanyRepository(db: Database, clock: StoreClock) {
  return {
    async get(): Promise<StoredCompanySettings | undefined> {
      const [row] = await db
        .select({ settings: companySettings.settings, updatedAt: companySettings.updatedAt })
        .from(companySettings)
        .where(eq(companySettings.id, 1));
      return row;
    },

    async save(settings: Record<string, unknown>): Promise<StoredCompanySettings> {
      const updatedAt = clock.date();
      await db
        .insert(companySettings)
        .values({ id: 1, settings, updatedAt })
        .onConflictDoUpdate({ target: companySettings.id, set: { settings, updatedAt } });
      return { settings, updatedAt };
    },

    /** The time zone most mirrored numbers are set to (ties: alphabetical), null without numbers. */
    async commonNumberTimeZone(): Promise<string | null> {
      const zone = sql<string>`${numbers.data}->>'time_zone'`;
      const [row] = await db
        .select({ zone })
        .from(numbers)
        .where(sql`${zone} IS NOT NULL`)
        .groupBy(zone)
        .orderBy(desc(sql`count(*)`), zone)
        .limit(1);
      return row?.zone ?? null;
    },
  };
}

export type CompanyRepository = ReturnType<typeof createCompanyRepository>;
