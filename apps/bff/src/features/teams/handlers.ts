import type { Team as AircallTeam } from '@switchboard/aircall';
import type { Team, TeamDetail } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { fieldError, HttpError } from '../../http/errors';
import { announceChange } from '../../live/publish';
import { upstreamOptions } from '../../mirror/write-through';
import { secondsOf } from '../../time';
import { type Directory, loadDirectory, type TeamRecord } from '../users/directory-view';

export const teamNotFound = (teamId: number) =>
  new HttpError(404, 'not_found', `Team ${teamId} is not in the mirror (not synced yet, or deleted in Aircall).`);

function toTeam(record: TeamRecord, directory: Directory): Team {
  const { team } = record;
  const members = record.memberIds.map(directory.toMember);
  return {
    id: team.id,
    name: team.name,
    memberCount: members.length,
    availableCount: members.filter((member) => member.availability === 'available').length,
    createdAt: secondsOf(team.created_at),
  };
}

type TeamHandlers = Pick<
  HandlerMap,
  'teams.list' | 'teams.get' | 'teams.create' | 'teams.delete' | 'teams.addMember' | 'teams.removeMember'
>;

export function teamHandlers(context: AppContext): TeamHandlers {
  const { store, aircall, clock } = context;

  async function detail(teamId: number): Promise<TeamDetail> {
    const [record, directory] = await Promise.all([store.teams.get(teamId), loadDirectory(store)]);
    if (!record) throw teamNotFound(teamId);
    return { ...toTeam(record, directory), members: record.memberIds.map(directory.toMember) };
  }

  /** Aircall answers every team change with the team and all its members: the mirror takes it whole. */
  async function save(team: AircallTeam): Promise<TeamDetail> {
    await store.teams.upsertMany([team], clock.now());
    await announceChange(context, 'teams', team.id);
    return detail(team.id);
  }

  /** Aircall refuses a second team of the same name, whatever its case (reference: Team, `name`). */
  async function assertNameFree(name: string): Promise<void> {
    const wanted = name.toLowerCase();
    const taken = (await store.teams.list()).some((record) => record.team.name.toLowerCase() === wanted);
    if (taken) {
      const rule = 'is already the name of a team (names are unique, whatever their case)';
      throw fieldError(409, 'conflict', 'body.name', rule, `A team named “${name}” already exists.`);
    }
  }

  return {
    'teams.list': async () => {
      const directory = await loadDirectory(store);
      return { teams: directory.teams.map((record) => toTeam(record, directory)) };
    },

    'teams.get': async ({ params }) => ({ team: await detail(params.teamId) }),

    'teams.create': async ({ body, audit, signal }) => {
      audit.details = { name: body.name };
      await assertNameFree(body.name);
      return {
        team: await save(await aircall.teams.create({ name: body.name }, upstreamOptions('teams.create', signal))),
      };
    },

    'teams.delete': async ({ params, audit, signal }) => {
      audit.details = { teamId: params.teamId };
      await aircall.teams.delete(params.teamId, upstreamOptions('teams.delete', signal));
      // Users and calls stay (reference: Delete a Team); calls keep the team they were routed to.
      await store.teams.delete(params.teamId, clock.now());
      await announceChange(context, 'teams', params.teamId);
      return undefined;
    },

    'teams.addMember': async ({ params, audit, signal }) => {
      audit.details = { teamId: params.teamId, userId: params.userId };
      const team = await aircall.teams.addUser(
        params.teamId,
        params.userId,
        upstreamOptions('teams.addMember', signal),
      );
      return { team: await save(team) };
    },

    'teams.removeMember': async ({ params, audit, signal }) => {
      audit.details = { teamId: params.teamId, userId: params.userId };
      const team = await aircall.teams.removeUser(
        params.teamId,
        params.userId,
        upstreamOptions('teams.removeMember', signal),
      );
      return { team: await save(team) };
    },
  };
}
