import { ResourceUnavailableError } from '@switchboard/aircall';
import type { DialerCampaign } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { announceChange } from '../../live/publish';
import { secondsOf } from '../../time';
import { startJob } from '../jobs/runner';
import { teamNotFound } from '../teams/handlers';
import { campaignReader, isMissing, noActiveCampaign } from './campaign-reader';
import { splitEvenly } from './split';

/** Users whose campaign the list reads from Aircall at the same time. */
const listConcurrency = 4;

const alreadyHasCampaign = (userId: number) =>
  new HttpError(409, 'conflict', `User ${userId} already has an active dialer campaign: add numbers to it instead.`);

/** 422 is also Aircall's answer to a second campaign for the same user (the reference allows only one). */
const isUnprocessable = (error: unknown) => error instanceof ResourceUnavailableError && error.status === 422;

type DialerHandlers = Pick<
  HandlerMap,
  | 'dialerCampaigns.list'
  | 'dialerCampaigns.get'
  | 'dialerCampaigns.create'
  | 'dialerCampaigns.delete'
  | 'dialerCampaigns.phoneNumbers.list'
  | 'dialerCampaigns.phoneNumbers.add'
  | 'dialerCampaigns.phoneNumbers.delete'
  | 'dialerCampaigns.teamImport'
>;

export function dialerCampaignHandlers(context: AppContext): DialerHandlers {
  const { aircall, store } = context;
  const campaigns = campaignReader(context);
  const dialer = aircall.users.dialerCampaign;
  const lane = 'interactive' as const;

  /** Turns Aircall's 404 on an existing campaign's operations into a message that says what is missing. */
  async function onCampaign<T>(userId: number, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!isMissing(error)) throw error;
      campaigns.noneNow(userId);
      throw noActiveCampaign(userId);
    }
  }

  async function changed(userId: number): Promise<void> {
    await announceChange(context, 'dialerCampaigns', userId);
  }

  /** A team import gives each member a campaign, or more numbers in the one they already have. */
  async function createOrExtend(userId: number, phoneNumbers: string[]): Promise<void> {
    const body = { phone_numbers: phoneNumbers };
    if (campaigns.recent(userId)?.campaign) {
      await dialer.addNumbers(userId, body, { lane });
    } else {
      try {
        await dialer.create(userId, body, { lane });
      } catch (error) {
        if (!isUnprocessable(error)) throw error;
        await dialer.addNumbers(userId, body, { lane });
      }
    }
    campaigns.forget(userId);
    await changed(userId);
  }

  return {
    'dialerCampaigns.list': async ({ signal }) => {
      const users = await store.users.list();
      const active: DialerCampaign[] = [];
      for (let start = 0; start < users.length; start += listConcurrency) {
        const batch = users.slice(start, start + listConcurrency);
        const seen = await Promise.all(batch.map(({ user }) => campaigns.lastSeen(user.id, signal)));
        active.push(...seen.filter((campaign) => campaign !== null));
      }
      return { campaigns: active };
    },

    'dialerCampaigns.get': async ({ params, signal }) => ({
      campaign: await campaigns.require(params.userId, signal),
    }),

    'dialerCampaigns.create': async ({ params, body, audit, signal }) => {
      const { userId } = params;
      audit.details = { userId, phoneNumbers: body.phoneNumbers.length };
      if (campaigns.recent(userId)?.campaign) throw alreadyHasCampaign(userId);
      try {
        await dialer.create(userId, { phone_numbers: body.phoneNumbers }, { lane, signal });
      } catch (error) {
        if (isUnprocessable(error) && (await campaigns.read(userId, signal))) throw alreadyHasCampaign(userId);
        throw error;
      }
      await changed(userId);
      return { campaign: await campaigns.require(userId, signal) };
    },

    'dialerCampaigns.delete': async ({ params, audit, signal }) => {
      const { userId } = params;
      audit.details = { userId };
      await onCampaign(userId, () => dialer.delete(userId, { lane, signal }));
      campaigns.noneNow(userId);
      await changed(userId);
      return undefined;
    },

    'dialerCampaigns.phoneNumbers.list': async ({ params, signal }) => {
      const numbers = await onCampaign(params.userId, () => dialer.listNumbers(params.userId, { lane, signal }));
      return {
        phoneNumbers: numbers.map((number) => ({
          id: number.id,
          number: number.number,
          called: number.called,
          createdAt: secondsOf(number.created_at),
        })),
      };
    },

    'dialerCampaigns.phoneNumbers.add': async ({ params, body, audit, signal }) => {
      const { userId } = params;
      audit.details = { userId, phoneNumbers: body.phoneNumbers.length };
      await onCampaign(userId, () => dialer.addNumbers(userId, { phone_numbers: body.phoneNumbers }, { lane, signal }));
      await changed(userId);
      return { campaign: await campaigns.require(userId, signal) };
    },

    'dialerCampaigns.phoneNumbers.delete': async ({ params, audit, signal }) => {
      const { userId, phoneNumberId } = params;
      audit.details = { userId, phoneNumberId };
      await dialer.deleteNumber(userId, phoneNumberId, { lane, signal });
      campaigns.forget(userId);
      await changed(userId);
      return undefined;
    },

    'dialerCampaigns.teamImport': async ({ body, actor, audit }) => {
      audit.details = { teamId: body.teamId, phoneNumbers: body.phoneNumbers.length };
      const team = await store.teams.get(body.teamId);
      if (!team) throw teamNotFound(body.teamId);
      if (team.memberIds.length === 0) {
        throw new HttpError(409, 'conflict', `Team ${body.teamId} has no members to share the numbers between.`);
      }
      const shares = splitEvenly(body.phoneNumbers, team.memberIds);
      const job = await startJob(
        context,
        {
          kind: 'dialerCampaigns.teamImport',
          accountId: actor.accountId,
          itemIds: [...shares.keys()],
          input: { teamId: body.teamId, phoneNumbers: body.phoneNumbers.length },
        },
        (userId) => createOrExtend(userId, shares.get(userId) ?? []),
      );
      return { job };
    },
  };
}
