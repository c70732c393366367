import { z } from 'zod';
import { idParams, idSchema, limits, plainText, unixSecondsSchema } from './common';
import { defineEndpoint, everyone, supervisors } from './endpoint';
import { availabilitySchema } from './users';

export const teamSchema = z.object({
  id: idSchema,
  name: z.string(),
  memberCount: z.number().int().nonnegative(),
  /** Members available right now (the transfer dialog shows it). */
  availableCount: z.number().int().nonnegative(),
  createdAt: unixSecondsSchema,
});
export type Team = z.infer<typeof teamSchema>;

export const teamMemberSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  availability: availabilitySchema,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamDetailSchema = teamSchema.extend({ members: z.array(teamMemberSchema) });
export type TeamDetail = z.infer<typeof teamDetailSchema>;

/** Aircall: names are unique in the company (checked upstream: 409) and at most 64 characters. */
export const teamCreateBodySchema = z.strictObject({ name: plainText(limits.teamNameLength) });
export type TeamCreateBody = z.infer<typeof teamCreateBodySchema>;

export const teamListResponseSchema = z.object({ teams: z.array(teamSchema) });
export const teamResponseSchema = z.object({ team: teamDetailSchema });

const teamParams = idParams('teamId');
const memberParams = idParams('teamId', 'userId');

export const teamEndpoints = [
  defineEndpoint({
    id: 'teams.list',
    method: 'GET',
    path: '/api/teams',
    response: teamListResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'Every team with member counts (transfer dialog, filters, /teams).',
  }),
  defineEndpoint({
    id: 'teams.get',
    method: 'GET',
    path: '/api/teams/:teamId',
    params: teamParams,
    response: teamResponseSchema,
    status: 200,
    roles: everyone,
    audit: false,
    lane: null,
    summary: 'One team with its members and their availability.',
  }),
  defineEndpoint({
    id: 'teams.create',
    method: 'POST',
    path: '/api/teams',
    body: teamCreateBodySchema,
    response: teamResponseSchema,
    status: 201,
    roles: supervisors,
    audit: true,
    lane: 'interactive',
    summary: 'Create a team (unique name, at most 64 characters).',
  }),
  defineEndpoint({
    id: 'teams.delete',
    method: 'DELETE',
    path: '/api/teams/:teamId',
    params: teamParams,
    response: null,
    status: 204,
    roles: supervisors,
    audit: true,
    lane: 'interactive',
    summary: 'Delete a team: it leaves the numbers’ call distribution; users and calls are kept.',
  }),
  defineEndpoint({
    id: 'teams.addMember',
    method: 'POST',
    path: '/api/teams/:teamId/members/:userId',
    params: memberParams,
    response: teamResponseSchema,
    status: 200,
    roles: supervisors,
    audit: true,
    lane: 'interactive',
    summary: 'Add a user to a team.',
  }),
  defineEndpoint({
    id: 'teams.removeMember',
    method: 'DELETE',
    path: '/api/teams/:teamId/members/:userId',
    params: memberParams,
    response: teamResponseSchema,
    status: 200,
    roles: supervisors,
    audit: true,
    lane: 'interactive',
    summary: 'Remove a user from a team (their calls are kept).',
  }),
] as const;
