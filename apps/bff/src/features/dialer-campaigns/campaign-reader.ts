import {
  type DialerCampaign as AircallCampaign,
  type DialerPhoneNumber as AircallPhoneNumber,
  ResourceUnavailableError,
} from '@switchboard/aircall';
import type { DialerCampaign } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/errors';
import { secondsOf } from '../../time';

/**
 * How long a campaign read from Aircall stands for "as last seen" in the list. Aircall offers no listing of
 * campaigns: the list costs one request per user (two with a campaign), so it must not be repeated on every visit.
 */
export const campaignFreshForMs = 5 * 60_000;

export const noActiveCampaign = (userId: number) =>
  new HttpError(404, 'not_found', `User ${userId} has no active dialer campaign.`);

/** Aircall answers 404 both for a user without a campaign and for an unknown user: either way, no campaign. */
export const isMissing = (error: unknown) => error instanceof ResourceUnavailableError && error.status === 404;

export function toCampaign(
  user: { id: number; name: string },
  campaign: AircallCampaign,
  numbers: AircallPhoneNumber[],
): DialerCampaign {
  // The reference types number_id as a String; the console works with numeric ids.
  const numberId = campaign.number_id === null ? null : Number(campaign.number_id);
  return {
    id: campaign.id,
    user,
    numberId: numberId !== null && Number.isInteger(numberId) && numberId > 0 ? numberId : null,
    createdAt: secondsOf(campaign.created_at),
    total: numbers.length,
    called: numbers.filter((number) => number.called).length,
  };
}

interface Sighting {
  campaign: DialerCampaign | null;
  seenAt: number;
}

/**
 * Reads users' campaigns from Aircall (interactive lane) and remembers what it saw, so the list of active campaigns
 * spends budget only on users not seen for a while. Every change made through the BFF updates or forgets the
 * sighting at once. The memory is this process's: the store has no campaigns table to share it between instances.
 */
export function campaignReader(context: AppContext) {
  const { aircall, clock, store } = context;
  const sightings = new Map<number, Sighting>();

  const remember = (userId: number, campaign: DialerCampaign | null) => {
    sightings.set(userId, { campaign, seenAt: clock.now() });
    return campaign;
  };

  async function userRef(userId: number) {
    const record = await store.users.get(userId);
    return { id: userId, name: record?.user.name ?? `User ${userId}` };
  }

  /** The user's campaign as Aircall has it now, or null when they have none. */
  async function read(userId: number, signal?: AbortSignal): Promise<DialerCampaign | null> {
    const options = { lane: 'interactive' as const, signal };
    try {
      const campaign = await aircall.users.dialerCampaign.get(userId, options);
      const numbers = await aircall.users.dialerCampaign.listNumbers(userId, options);
      return remember(userId, toCampaign(await userRef(userId), campaign, numbers));
    } catch (error) {
      if (isMissing(error)) return remember(userId, null);
      throw error;
    }
  }

  /** What was seen within `campaignFreshForMs`, or undefined: time to ask Aircall again. */
  function recent(userId: number): Sighting | undefined {
    const sighting = sightings.get(userId);
    return sighting && clock.now() - sighting.seenAt < campaignFreshForMs ? sighting : undefined;
  }

  return {
    read,

    async require(userId: number, signal?: AbortSignal): Promise<DialerCampaign> {
      const campaign = await read(userId, signal);
      if (!campaign) throw noActiveCampaign(userId);
      return campaign;
    },

    recent,

    /** Recently seen, else read: what the list shows. */
    async lastSeen(userId: number, signal?: AbortSignal): Promise<DialerCampaign | null> {
      const sighting = recent(userId);
      return sighting ? sighting.campaign : read(userId, signal);
    },

    noneNow: (userId: number) => remember(userId, null),
    forget: (userId: number) => sightings.delete(userId),
  };
}

export type CampaignReader = ReturnType<typeof campaignReader>;
