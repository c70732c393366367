import { z } from 'zod';
import { e164Schema, idParams, idSchema, limits, namedRefSchema, unixSecondsSchema } from './common';
import { defineEndpoint, everyone, supervisors } from './endpoint';
import { jobResponseSchema } from './jobs';

/** Power-dialer numbers: E.164, no repeats. The UI normalises a pasted list and shows what it left out. */
export const dialerPhoneNumbersSchema = z
  .array(e164Schema, { error: 'must be a list of phone numbers' })
  .min(1, 'must include at least one phone number')
  .max(limits.phoneNumbersPerRequest, `must hold at most ${limits.phoneNumbersPerRequest} phone numbers`)
  .refine((numbers) => new Set(numbers).size === numbers.length, 'must not repeat a phone number');

export const dialerCampaignSchema = z.object({
  id: idSchema,
  user: namedRefSchema,
  /** The number calls go out from, when the campaign is tied to one. */
  numberId: idSchema.nullable(),
  createdAt: unixSecondsSchema,
  total: z.number().int().nonnegative(),
  called: z.number().int().nonnegative(),
});
export type DialerCampaign = z.infer<typeof dialerCampaignSchema>;

export const dialerPhoneNumberSchema = z.object({
  id: idSchema,
  number: z.string(),
  called: z.boolean(),
  createdAt: unixSecondsSchema,
});
export type DialerPhoneNumber = z.infer<typeof dialerPhoneNumberSchema>;

export const dialerCampaignBodySchema = z.strictObject({ phoneNumbers: dialerPhoneNumbersSchema });
export type DialerCampaignBody = z.infer<typeof dialerCampaignBodySchema>;

/** Splits one list evenly across the team's members: a campaign each, created or extended. */
export const dialerTeamImportBodySchema = z.strictObject({ teamId: idSchema, phoneNumbers: dialerPhoneNumbersSchema });
export type DialerTeamImportBody = z.infer<typeof dialerTeamImportBodySchema>;

export const dialerCampaignListResponseSchema = z.object({ campaigns: z.array(dialerCampaignSchema) });
export const dialerCampaignResponseSchema = z.object({ campaign: dialerCampaignSchema });
export const dialerPhoneNumberListResponseSchema = z.object({ phoneNumbers: z.array(dialerPhoneNumberSchema) });

const userParams = idParams('userId');
/** An agent may manage their own campaign; supervisors anyone's (DESIGN.md, roles). */
const ownCampaign = { roles: everyone, ownUserOnly: ['agent'] } as const;

export const dialerCampaignEndpoints = [
  defineEndpoint({
    id: 'dialerCampaigns.list',
    method: 'GET',
    path: '/api/dialer-campaigns',
    response: dialerCampaignListResponseSchema,
    status: 200,
    roles: supervisors,
    audit: false,
    lane: null,
    summary: 'Agents with an active campaign and its progress (called / total), as last seen.',
  }),
  defineEndpoint({
    ...ownCampaign,
    id: 'dialerCampaigns.get',
    method: 'GET',
    path: '/api/users/:userId/dialer-campaign',
    params: userParams,
    response: dialerCampaignResponseSchema,
    status: 200,
    audit: false,
    lane: 'interactive',
    summary: 'The user’s active campaign (404 when there is none).',
  }),
  defineEndpoint({
    ...ownCampaign,
    id: 'dialerCampaigns.create',
    method: 'POST',
    path: '/api/users/:userId/dialer-campaign',
    params: userParams,
    body: dialerCampaignBodySchema,
    response: dialerCampaignResponseSchema,
    status: 201,
    audit: true,
    lane: 'interactive',
    summary: 'Create the user’s campaign (a user has at most one: 409 when one exists).',
  }),
  defineEndpoint({
    ...ownCampaign,
    id: 'dialerCampaigns.delete',
    method: 'DELETE',
    path: '/api/users/:userId/dialer-campaign',
    params: userParams,
    response: null,
    status: 204,
    audit: true,
    lane: 'interactive',
    summary: 'Delete the user’s campaign and its numbers.',
  }),
  defineEndpoint({
    ...ownCampaign,
    id: 'dialerCampaigns.phoneNumbers.list',
    method: 'GET',
    path: '/api/users/:userId/dialer-campaign/phone-numbers',
    params: userParams,
    response: dialerPhoneNumberListResponseSchema,
    status: 200,
    audit: false,
    lane: 'interactive',
    summary: 'The campaign’s numbers and whether each was called.',
  }),
  defineEndpoint({
    ...ownCampaign,
    id: 'dialerCampaigns.phoneNumbers.add',
    method: 'POST',
    path: '/api/users/:userId/dialer-campaign/phone-numbers',
    params: userParams,
    body: dialerCampaignBodySchema,
    response: dialerCampaignResponseSchema,
    status: 200,
    audit: true,
    lane: 'interactive',
    summary: 'Append numbers to the active campaign.',
  }),
  defineEndpoint({
    ...ownCampaign,
    id: 'dialerCampaigns.phoneNumbers.delete',
    method: 'DELETE',
    path: '/api/users/:userId/dialer-campaign/phone-numbers/:phoneNumberId',
    params: idParams('userId', 'phoneNumberId'),
    response: null,
    status: 204,
    audit: true,
    lane: 'interactive',
    summary: 'Remove one number from the campaign.',
  }),
  defineEndpoint({
    id: 'dialerCampaigns.teamImport',
    method: 'POST',
    path: '/api/dialer-campaigns/team-imports',
    body: dialerTeamImportBodySchema,
    response: jobResponseSchema,
    status: 202,
    roles: supervisors,
    audit: true,
    lane: 'interactive',
    summary: 'Split one list of numbers evenly across a team’s members, as a job with progress.',
  }),
] as const;
