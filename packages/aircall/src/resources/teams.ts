import { z } from 'zod';
import type { Executor, RequestOptions } from '../http/execute';
import { parseInput } from '../http/validation';
import { type IterateOptions, paginate } from '../pagination';
import { envelopeSchema, listWindowSchema, paginationSchema } from '../schemas/common';
import { type Team, teamSchema } from '../schemas/team';
import { listingOf } from './listing';

export const teamListParamsSchema = listWindowSchema.pick({ order: true }).extend(paginationSchema.shape);
export type TeamListParams = z.input<typeof teamListParamsSchema>;

const createTeamSchema = z.strictObject({ name: z.string().min(1).max(64) });
const teamEnvelopeSchema = envelopeSchema('team', teamSchema);

export function createTeamsResource(executor: Executor) {
  const teams = listingOf(executor, '/v1/teams', 'teams', teamSchema);
  const params = (input: TeamListParams) =>
    parseInput(teamListParamsSchema, input, { method: 'GET', path: teams.route });
  const unwrap = async (pending: Promise<{ team: Team }>) => (await pending).team;
  const membership = (method: 'POST' | 'DELETE', teamId: number, userId: number, options?: RequestOptions) =>
    unwrap(
      executor.execute(
        {
          method,
          route: '/v1/teams/:team_id/users/:user_id',
          pathParams: { team_id: teamId, user_id: userId },
          response: teamEnvelopeSchema,
        },
        options,
      ),
    );

  return {
    async list(input: TeamListParams = {}, options?: RequestOptions) {
      return teams.page(params(input), options);
    },
    listAll(input: TeamListParams = {}, options: IterateOptions = {}) {
      return paginate(teams.fetchPage, teams.route, params(input), options);
    },
    get(id: number, options?: RequestOptions) {
      return unwrap(
        executor.execute(
          { method: 'GET', route: '/v1/teams/:id', pathParams: { id }, response: teamEnvelopeSchema },
          options,
        ),
      );
    },
    async create(input: z.input<typeof createTeamSchema>, options?: RequestOptions) {
      const body = parseInput(createTeamSchema, input, { method: 'POST', path: teams.route });
      return unwrap(
        executor.execute({ method: 'POST', route: teams.route, body, response: teamEnvelopeSchema }, options),
      );
    },
    /** Removes the team from numbers' call distribution; users and calls stay. */
    delete(id: number, options?: RequestOptions): Promise<void> {
      return executor.execute(
        { method: 'DELETE', route: '/v1/teams/:id', pathParams: { id }, response: null },
        options,
      );
    },
    /** Resolves with the team as it now is. */
    addUser(teamId: number, userId: number, options?: RequestOptions) {
      return membership('POST', teamId, userId, options);
    },
    removeUser(teamId: number, userId: number, options?: RequestOptions) {
      return membership('DELETE', teamId, userId, options);
    },
  };
}
