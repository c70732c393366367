// Validation rules of the reference, shared by the routes.

const emoji = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D|\u20E3/gu;

export function hasEmoji(text: string): boolean {
  emoji.lastIndex = 0;
  return emoji.test(text);
}

/** Comments, contacts and tags silently lose their emojis (reference: "they will be removed"). */
export function stripEmojis(text: string): string {
  return text
    .replace(emoji, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

export const isE164 = (value: string) => /^\+[1-9]\d{6,14}$/.test(value);
export const isHexColor = (value: string) => /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value);
export const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
export const digitsOnly = (value: string) => value.replace(/\D/g, '');

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A company may register at most 100 webhooks. */
export const MAX_WEBHOOKS = 100;
/** Contacts hold at most 20 phone numbers and 20 emails. */
export const MAX_CONTACT_DETAILS = 20;
/** A call holds at most 5 comments. */
export const MAX_COMMENTS = 5;
/** Transferring a ringing call to a team is limited to teams of 25 users or less. */
export const MAX_TEAM_SIZE_FOR_RINGING_TRANSFER = 25;
export const MAX_TEAM_NAME_LENGTH = 64;

export const webhookEvents = [
  'user.created',
  'user.deleted',
  'user.connected',
  'user.disconnected',
  'user.opened',
  'user.closed',
  'user.wut_start',
  'user.wut_end',
  'call.created',
  'call.ringing_on_agent',
  'call.agent_declined',
  'call.answered',
  'call.transferred',
  'call.unsuccessful_transfer',
  'call.hungup',
  'call.ended',
  'call.voicemail_left',
  'call.commented',
  'call.tagged',
  'call.untagged',
  'call.assigned',
  'call.archived',
  'call.hold',
  'call.unhold',
  'call.ivr_option_selected',
  'call.comm_assets_generated',
  'number.created',
  'number.deleted',
  'number.opened',
  'number.closed',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'transcription.created',
  'summary.created',
  'sentiment.created',
  'topics.created',
  'action_item.created',
] as const;
export type WebhookEventName = (typeof webhookEvents)[number];
export const isWebhookEvent = (name: string): name is WebhookEventName =>
  (webhookEvents as readonly string[]).includes(name);
