import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { envelopeSchema, listWindowSchema, paginationSchema } from '../schemas/common';
import { teamSchema } from '../schemas/team';
import { crudOf } from './crud';

export const teamListParamsSchema = listWindowSchema.pick({ order: true }).extend(paginationSchema.shape);
export type TeamListParams = z.input<typeof teamListParamsSchema>;

const createTeamSchema = z.strictObject({ name: z.string().min(1).max(64) });
const teamEnvelopeSchema = envelopeSchema('team', teamSchema);

export function createTeamsResource(executor: Executor) {
  const teams = crudOf(executor, {
    route: '/v1/teams',
    listKey: 'teams',
    itemKey: 'team',
    item: teamSchema,
    listParams: teamListParamsSchema,
  });
  /** Resolves with the team as it now is. */
  const membership =
    (method: 'POST' | 'DELETE') => async (teamId: number, userId: number, options?: RequestOptions) => {
      const pathParams = { team_id: teamId, user_id: userId };
      const route = '/v1/teams/:team_id/users/:user_id';
      return (await executor.execute({ method, route, pathParams, response: teamEnvelopeSchema }, options)).team;
    };
  return {
    list: teams.list,
    listAll: teams.listAll,
    get: teams.get,
    create: teams.creator(createTeamSchema),
    /** Removes the team from numbers' call distribution; users and calls stay. */
    delete: teams.delete,
    addUser: membership('POST'),
    removeUser: membership('DELETE'),
  };
}
