import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { toDialerPhoneNumber } from '../../mirror/campaign-view';
import { startJob } from '../jobs/runner';
import { teamNotFound } from '../teams/service';
import { dialerCampaignService } from './service';
import { splitEvenly } from './split';

type DialerEndpoint = Extract<keyof HandlerMap, `dialerCampaigns.${string}`>;

export function dialerCampaignHandlers(context: AppContext): Pick<HandlerMap, DialerEndpoint> {
  const campaigns = dialerCampaignService(context);

  return {
    'dialerCampaigns.list': async () => ({ campaigns: await campaigns.list() }),

    'dialerCampaigns.get': async ({ params, signal }) => ({ campaign: await campaigns.get(params.userId, signal) }),

    'dialerCampaigns.create': async ({ params, body, audit, signal, res }) => {
      audit.details = { userId: params.userId, phoneNumbers: body.phoneNumbers.length };
      const request = { endpoint: 'dialerCampaigns.create', signal, res } as const;
      return { campaign: await campaigns.create(request, params.userId, body.phoneNumbers) };
    },

    'dialerCampaigns.delete': async ({ params, audit, signal, res }) => {
      audit.details = { userId: params.userId };
      await campaigns.remove({ endpoint: 'dialerCampaigns.delete', signal, res }, params.userId);
      return undefined;
    },

    'dialerCampaigns.phoneNumbers.list': async ({ params, signal }) => ({
      phoneNumbers: (await campaigns.numbers(params.userId, signal)).map(toDialerPhoneNumber),
    }),

    'dialerCampaigns.phoneNumbers.add': async ({ params, body, audit, signal, res }) => {
      audit.details = { userId: params.userId, phoneNumbers: body.phoneNumbers.length };
      const request = { endpoint: 'dialerCampaigns.phoneNumbers.add', signal, res } as const;
      return { campaign: await campaigns.addNumbers(request, params.userId, body.phoneNumbers) };
    },

    'dialerCampaigns.phoneNumbers.delete': async ({ params, audit, signal, res }) => {
      const { userId, phoneNumberId } = params;
      audit.details = { userId, phoneNumberId };
      const request = { endpoint: 'dialerCampaigns.phoneNumbers.delete', signal, res } as const;
      await campaigns.removeNumber(request, userId, phoneNumberId);
      return undefined;
    },

    'dialerCampaigns.teamImport': async ({ body, actor, audit }) => {
      audit.details = { teamId: body.teamId, phoneNumbers: body.phoneNumbers.length };
      const team = await context.store.teams.get(body.teamId);
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
        (userId) => campaigns.importShare(userId, shares.get(userId) ?? []),
      );
      return { job };
    },
  };
}
