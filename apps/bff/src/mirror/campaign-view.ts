import {
  type DialerCampaign as AircallCampaign,
  type AircallClient,
  type RequestOptions,
  ResourceUnavailableError,
} from '@switchboard/aircall';
import type { DialerCampaign, DialerPhoneNumber } from '@switchboard/contracts';
import type { CampaignRecord } from '../store';
import { secondsOf } from '../time';

/** Aircall answers 404 both for a user without a campaign and for an unknown user: either way, no campaign. */
export const isMissing = (error: unknown) => error instanceof ResourceUnavailableError && error.status === 404;

/** 422 is also Aircall's answer to a second campaign for the same user (the reference allows only one). */
export const isUnprocessable = (error: unknown) => error instanceof ResourceUnavailableError && error.status === 422;

/** A user's campaign and its numbers as Aircall has them now (`campaign` null: none); two requests with one. */
export async function readCampaign(
  aircall: AircallClient,
  userId: number,
  options: RequestOptions,
): Promise<CampaignRecord> {
  let campaign: AircallCampaign;
  try {
    campaign = await aircall.users.dialerCampaign.get(userId, options);
  } catch (error) {
    if (isMissing(error)) return { userId, campaign: null, numbers: [] };
    throw error;
  }
  return { userId, campaign, numbers: await aircall.users.dialerCampaign.listNumbers(userId, options) };
}

export function toCampaign(
  user: { id: number; name: string },
  record: CampaignRecord & { campaign: AircallCampaign },
): DialerCampaign {
  const { campaign, numbers } = record;
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

export const toDialerPhoneNumber = (number: CampaignRecord['numbers'][number]): DialerPhoneNumber => ({
  id: number.id,
  number: number.number,
  called: number.called,
  createdAt: secondsOf(number.created_at),
});
