import type { Team as AircallTeam } from '@switchboard/aircall';
import type { Team, TeamDetail } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { fieldError, HttpError } from '../../http/errors';
import { type ChangeRequest, createWriteThrough, resourceChanged, savedWhole } from '../../mirror/write-through';
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

/** Teams read from the mirror; every change through the write-through. */
export function teamService(context: AppContext) {
  const { store, aircall, clock } = context;
  const change = createWriteThrough(context);

  /** Aircall answers every team change with the team and all its members: the mirror takes it whole. */
  const savedTeam = savedWhole(clock, 'teams', (team: AircallTeam) => store.teams.upsertMany([team], clock.now()));

  async function detail(teamId: number): Promise<TeamDetail> {
    const [record, directory] = await Promise.all([store.teams.get(teamId), loadDirectory(store)]);
    if (!record) throw teamNotFound(teamId);
    return { ...toTeam(record, directory), members: record.memberIds.map(directory.toMember) };
  }

  async function assertMirrored(teamId: number): Promise<void> {
    if (!(await store.teams.get(teamId))) throw teamNotFound(teamId);
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
    async list(): Promise<Team[]> {
      const directory = await loadDirectory(store);
      return directory.teams.map((record) => toTeam(record, directory));
    },

    detail,

    async create(request: ChangeRequest, name: string): Promise<TeamDetail> {
      const team = await change(request, {
        validate: () => assertNameFree(name),
        send: (options) => aircall.teams.create({ name }, options),
        ...savedTeam,
      });
      return detail(team.id);
    },

    async remove(request: ChangeRequest, teamId: number): Promise<void> {
      await change(request, {
        validate: () => assertMirrored(teamId),
        send: (options) => aircall.teams.delete(teamId, options),
        // Users and calls stay (reference: Delete a Team); calls keep the team they were routed to.
        apply: async () => {
          await store.teams.delete(teamId, clock.now());
          return resourceChanged(clock, 'teams', teamId);
        },
        repair: () => ({ resource: 'teams', id: teamId }),
      });
    },

    async setMember(request: ChangeRequest, teamId: number, userId: number, member: boolean): Promise<TeamDetail> {
      const team = await change(request, {
        validate: () => assertMirrored(teamId),
        send: (options) =>
          member ? aircall.teams.addUser(teamId, userId, options) : aircall.teams.removeUser(teamId, userId, options),
        ...savedTeam,
      });
      return detail(team.id);
    },
  };
}
