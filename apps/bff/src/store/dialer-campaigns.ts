import type { DialerCampaign, DialerPhoneNumber } from '@switchboard/aircall';
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from './db';
import { dialerCampaigns } from './schema';
import { excludedColumns } from './sql-helpers';

/** A user's campaign as mirrored; `campaign` null: the user has none. */
export interface CampaignRecord {
  userId: number;
  campaign: DialerCampaign | null;
  numbers: DialerPhoneNumber[];
}

/** Users' Power Dialer campaigns, as the sync last read them or the BFF last changed them. */
export function createDialerCampaignsRepository(db: Database) {
  const record = {
    userId: dialerCampaigns.userId,
    campaign: dialerCampaigns.campaign,
    numbers: dialerCampaigns.numbers,
  };
  return {
    /** Keeps the newest state (`sourceUpdatedAt`, epoch ms); answers whether it was written. */
    async save(state: CampaignRecord, sourceUpdatedAt: number): Promise<boolean> {
      const written = await db
        .insert(dialerCampaigns)
        .values({ ...state, sourceUpdatedAt })
        .onConflictDoUpdate({
          target: dialerCampaigns.userId,
          set: excludedColumns(dialerCampaigns, dialerCampaigns.userId),
          setWhere: sql`excluded.source_updated_at >= ${dialerCampaigns.sourceUpdatedAt}`,
        })
        .returning({ userId: dialerCampaigns.userId });
      return written.length > 0;
    },
    /** Undefined: the mirror has not seen this user's campaign yet. */
    async get(userId: number): Promise<CampaignRecord | undefined> {
      const [row] = await db.select(record).from(dialerCampaigns).where(eq(dialerCampaigns.userId, userId));
      return row;
    },
    /** Active campaigns only. */
    listActive: (): Promise<CampaignRecord[]> =>
      db
        .select(record)
        .from(dialerCampaigns)
        .where(isNotNull(dialerCampaigns.campaign))
        .orderBy(asc(dialerCampaigns.userId)),
    async userIds(): Promise<number[]> {
      return (await db.select({ userId: dialerCampaigns.userId }).from(dialerCampaigns)).map((row) => row.userId);
    },
    async delete(userId: number): Promise<void> {
      await db.delete(dialerCampaigns).where(eq(dialerCampaigns.userId, userId));
    },
  };
}

export type DialerCampaignsRepository = ReturnType<typeof createDialerCampaignsRepository>;
