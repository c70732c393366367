import type { ApiEndpointId, DialerCampaign } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/errors';
import { isMissing, isUnprocessable, readCampaign, toCampaign } from '../../mirror/campaign-view';
import { type ChangeRequest, createWriteThrough, resourceChanged, upstreamOptions } from '../../mirror/write-through';
import type { CampaignRecord } from '../../store';

export const noActiveCampaign = (userId: number) =>
  new HttpError(404, 'not_found', `User ${userId} has no active dialer campaign.`);

const alreadyHasCampaign = (userId: number) =>
  new HttpError(409, 'conflict', `User ${userId} already has an active dialer campaign: add numbers to it instead.`);

type ActiveRecord = CampaignRecord & { campaign: NonNullable<CampaignRecord['campaign']> };

/**
 * Dialer campaigns from their mirror (`dialer_campaigns`, filled by the sync user by user and by every change made
 * here): the campaigns page costs Aircall nothing. Aircall answers a change without the campaign's new state, so a
 * change made for one user reads that user's campaign back; a team import leaves the reading to the sync.
 */
export function dialerCampaignService(context: AppContext) {
  const { aircall, store, clock } = context;
  const dialer = aircall.users.dialerCampaign;
  const change = createWriteThrough(context);

  const saved = {
    apply: async (record: CampaignRecord) => {
      await store.dialerCampaigns.save(record, clock.now());
      return resourceChanged(clock, 'dialerCampaigns', record.userId);
    },
    repair: (record: CampaignRecord) => ({ resource: 'dialerCampaigns', id: record.userId }),
  };

  /** From the mirror; a user it has not seen yet is read from Aircall once (in the endpoint's lane) and kept. */
  async function known(userId: number, endpoint: ApiEndpointId, signal?: AbortSignal): Promise<CampaignRecord> {
    const mirrored = await store.dialerCampaigns.get(userId);
    if (mirrored) return mirrored;
    const read = await readCampaign(aircall, userId, upstreamOptions(endpoint, signal));
    await store.dialerCampaigns.save(read, clock.now());
    return read;
  }

  async function active(userId: number, endpoint: ApiEndpointId, signal?: AbortSignal): Promise<ActiveRecord> {
    const record = await known(userId, endpoint, signal);
    if (!record.campaign) throw noActiveCampaign(userId);
    return record as ActiveRecord;
  }

  async function view(record: CampaignRecord): Promise<DialerCampaign> {
    if (!record.campaign) throw noActiveCampaign(record.userId);
    const user = await store.users.get(record.userId);
    return toCampaign({ id: record.userId, name: user?.user.name ?? `User ${record.userId}` }, record as ActiveRecord);
  }

  /**
   * Sends a change to an existing campaign; Aircall's 404 means the campaign is gone: the mirror learns it and the
   * answer says what is missing.
   */
  async function onCampaign<T>(userId: number, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!isMissing(error)) throw error;
      await store.dialerCampaigns.save({ userId, campaign: null, numbers: [] }, clock.now());
      throw noActiveCampaign(userId);
    }
  }

  return {
    /** Agents with an active campaign, as last seen by the sync or changed here. */
    async list(): Promise<DialerCampaign[]> {
      const [records, users] = await Promise.all([store.dialerCampaigns.listActive(), store.users.list()]);
      const names = new Map(users.map(({ user }) => [user.id, user.name]));
      return records.map((record) =>
        toCampaign(
          { id: record.userId, name: names.get(record.userId) ?? `User ${record.userId}` },
          record as ActiveRecord,
        ),
      );
    },

    get: async (userId: number, signal?: AbortSignal) => view(await active(userId, 'dialerCampaigns.get', signal)),

    numbers: async (userId: number, signal?: AbortSignal) =>
      (await active(userId, 'dialerCampaigns.phoneNumbers.list', signal)).numbers,

    async create(request: ChangeRequest, userId: number, phoneNumbers: string[]): Promise<DialerCampaign> {
      const record = await change(request, {
        validate: async () => {
          if ((await store.dialerCampaigns.get(userId))?.campaign) throw alreadyHasCampaign(userId);
        },
        send: async (options) => {
          try {
            await dialer.create(userId, { phone_numbers: phoneNumbers }, options);
          } catch (error) {
            if (!isUnprocessable(error)) throw error;
            const existing = await readCampaign(aircall, userId, options);
            await store.dialerCampaigns.save(existing, clock.now());
            if (existing.campaign) throw alreadyHasCampaign(userId);
            throw error;
          }
          return readCampaign(aircall, userId, options);
        },
        ...saved,
      });
      return view(record);
    },

    async addNumbers(request: ChangeRequest, userId: number, phoneNumbers: string[]): Promise<DialerCampaign> {
      const record = await change(request, {
        validate: () => active(userId, request.endpoint, request.signal).then(() => undefined),
        send: async (options) => {
          await onCampaign(userId, () => dialer.addNumbers(userId, { phone_numbers: phoneNumbers }, options));
          return readCampaign(aircall, userId, options);
        },
        ...saved,
      });
      return view(record);
    },

    async remove(request: ChangeRequest, userId: number): Promise<void> {
      await change(request, {
        validate: () => active(userId, request.endpoint, request.signal).then(() => undefined),
        send: async (options) => {
          await onCampaign(userId, () => dialer.delete(userId, options));
          return { userId, campaign: null, numbers: [] };
        },
        ...saved,
      });
    },

    async removeNumber(request: ChangeRequest, userId: number, phoneNumberId: number): Promise<void> {
      let before: ActiveRecord | undefined;
      await change(request, {
        validate: async () => {
          before = await active(userId, request.endpoint, request.signal);
          if (!before.numbers.some((number) => number.id === phoneNumberId)) {
            throw new HttpError(404, 'not_found', `The campaign of user ${userId} has no number ${phoneNumberId}.`);
          }
        },
        send: async (options) => {
          await onCampaign(userId, () => dialer.deleteNumber(userId, phoneNumberId, options));
          const numbers = (before as ActiveRecord).numbers.filter((number) => number.id !== phoneNumberId);
          return { ...(before as ActiveRecord), numbers };
        },
        ...saved,
      });
    },

    /**
     * One member's share of a team import: a campaign, or more numbers in the one the mirror knows. Aircall answers
     * without the campaign, so reading it back is left to the sync (background lane): the import costs one request
     * per member, never a read per user.
     */
    async importShare(userId: number, phoneNumbers: string[]): Promise<void> {
      const mirrored = await store.dialerCampaigns.get(userId);
      await change(
        { endpoint: 'dialerCampaigns.teamImport' },
        {
          send: async (options) => {
            const body = { phone_numbers: phoneNumbers };
            if (mirrored?.campaign) return dialer.addNumbers(userId, body, options);
            try {
              await dialer.create(userId, body, options);
            } catch (error) {
              if (!isUnprocessable(error)) throw error;
              await dialer.addNumbers(userId, body, options);
            }
          },
          apply: async () => {
            await store.mirrorRepairs.record({
              resource: 'dialerCampaigns',
              id: userId,
              endpoint: 'dialerCampaigns.teamImport',
            });
            return [];
          },
          repair: () => ({ resource: 'dialerCampaigns', id: userId }),
        },
      );
    },
  };
}
