// Internal records: plain data, timestamps in ms since the epoch. The wire shapes live in ../serialize.ts.

export type UserAvailabilityStatus = 'available' | 'custom' | 'unavailable';
/** The detailed availability of `GET /v1/users/:id/availability`. */
export type Availability = 'available' | 'offline' | 'do_not_disturb' | 'in_call' | 'after_call_work';
export type Role = 'owner' | 'supervisor' | 'admin' | 'agent';

export interface UserRecord {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  createdAt: number;
  availabilityStatus: UserAvailabilityStatus;
  /** What the agent chose when not busy with calls: available, offline or do_not_disturb. */
  presence: 'available' | 'offline' | 'do_not_disturb';
  /** Set by the call engine while the agent is on a call or wrapping up. */
  activity: 'in_call' | 'after_call_work' | null;
  timeZone: string;
  language: string;
  wrapUpTime: number;
  roleIds: Role[];
  numberIds: number[];
  dialerCampaign: DialerCampaignRecord | null;
}

export interface DialerCampaignRecord {
  id: number;
  numberId: number | null;
  createdAt: number;
  phoneNumbers: { id: number; number: string; called: boolean; createdAt: number }[];
}

export interface TeamRecord {
  id: number;
  name: string;
  createdAt: number;
  userIds: number[];
}

export const messageKeys = [
  'welcome',
  'waiting',
  'ivr',
  'voicemail',
  'closed',
  'callback_later',
  'unanswered_call',
  'after_hours',
  'ringing_tone',
] as const;
export type MessageKey = (typeof messageKeys)[number];

export interface NumberRecord {
  id: number;
  name: string;
  digits: string;
  createdAt: number;
  country: string;
  timeZone: string;
  open: boolean;
  availabilityStatus: 'open' | 'custom' | 'closed';
  isIvr: boolean;
  liveRecordingActivated: boolean;
  priority: 0 | 1 | null;
  messages: Record<MessageKey, string>;
}

export interface TagRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface ContactDetail {
  id: number;
  label: string;
  value: string;
}

export interface ContactRecord {
  id: number;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  information: string | null;
  createdAt: number;
  updatedAt: number;
  phoneNumbers: ContactDetail[];
  emails: ContactDetail[];
}

export type MissedCallReason =
  | 'out_of_opening_hours'
  | 'short_abandoned'
  | 'abandoned_in_ivr'
  | 'abandoned_in_classic'
  | 'no_available_agent'
  | 'agents_did_not_answer';

export interface CommentRecord {
  id: number;
  content: string;
  postedAt: number;
  postedById: number | null;
}

export interface CallTagRecord {
  tagId: number;
  createdAt: number;
  taggedById: number | null;
}

export interface CallRecord {
  id: number;
  direction: 'inbound' | 'outbound';
  status: 'initial' | 'answered' | 'done';
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  /** Seconds; null between hang-up and the `call.ended` processing ~30 s later. */
  duration: number | null;
  missedCallReason: MissedCallReason | null;
  rawDigits: string;
  numberId: number;
  userId: number | null;
  contactId: number | null;
  assignedToId: number | null;
  transferredById: number | null;
  transferredToId: number | null;
  teamIds: number[];
  archived: boolean;
  cost: string;
  comments: CommentRecord[];
  tags: CallTagRecord[];
  /** Conference participants, only ever set by the live engine. */
  participants: { id: number; type: 'user' | 'contact' | 'external'; name?: string; phone_number?: string }[];
  hasRecording: boolean;
  hasVoicemail: boolean;
  recordingPaused: boolean;
}

export interface WebhookRecord {
  id: number;
  webhookId: string;
  customName: string;
  url: string;
  active: boolean;
  token: string;
  events: string[];
  createdAt: number;
  consecutiveFailures: number;
}

export interface A2pAssociationRecord {
  id: number;
  externalId: string;
  updateStatus: 'pending' | 'done' | 'failed';
  updateMessage: string | null;
  createdAt: number;
  updatedAt: number;
  numbers: string[];
}
