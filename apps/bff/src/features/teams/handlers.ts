import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { teamService } from './service';

type TeamEndpoint = Extract<keyof HandlerMap, `teams.${string}`>;

export function teamHandlers(context: AppContext): Pick<HandlerMap, TeamEndpoint> {
  const teams = teamService(context);

  return {
    'teams.list': async () => ({ teams: await teams.list() }),

    'teams.get': async ({ params }) => ({ team: await teams.detail(params.teamId) }),

    'teams.create': async ({ body, audit, signal, res }) => {
      audit.details = { name: body.name };
      return { team: await teams.create({ endpoint: 'teams.create', signal, res }, body.name) };
    },

    'teams.delete': async ({ params, audit, signal, res }) => {
      audit.details = { teamId: params.teamId };
      await teams.remove({ endpoint: 'teams.delete', signal, res }, params.teamId);
      return undefined;
    },

    'teams.addMember': async ({ params, audit, signal, res }) => {
      audit.details = { teamId: params.teamId, userId: params.userId };
      const request = { endpoint: 'teams.addMember', signal, res } as const;
      return { team: await teams.setMember(request, params.teamId, params.userId, true) };
    },

    'teams.removeMember': async ({ params, audit, signal, res }) => {
      audit.details = { teamId: params.teamId, userId: params.userId };
      const request = { endpoint: 'teams.removeMember', signal, res } as const;
      return { team: await teams.setMember(request, params.teamId, params.userId, false) };
    },
  };
}
