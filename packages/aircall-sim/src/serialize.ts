import type { AssetSigner } from './assets';
import { MEDIA_URL_TTL_MS, SHORT_URL_TTL_MS } from './assets';
import type {
  A2pAssociationRecord,
  Availability,
  CallRecord,
  ContactDetail,
  ContactRecord,
  NumberRecord,
  TagRecord,
  TeamRecord,
  UserRecord,
  WebhookRecord,
} from './store/records';
import type { Store } from './store/store';

// Wire shapes follow the reference's examples: ISO strings for users, numbers, teams and webhooks; UNIX seconds for
// calls, comments, call tags and contacts.

const iso = (ms: number) => new Date(ms).toISOString();
const unix = (ms: number) => Math.floor(ms / 1000);
const unixOrNull = (ms: number | null) => (ms === null ? null : unix(ms));

/** The Phone's opening state that V2 reports beside the chosen availability status. */
const phoneStates = { available: 'always_opened', unavailable: 'always_closed', custom: 'custom' } as const;

export function availabilityOf(user: UserRecord): Availability {
  if (user.activity) return user.activity;
  return user.availabilityStatus === 'unavailable' ? 'do_not_disturb' : user.presence;
}

/** Renders records as Aircall does, with absolute links on the origin the client used. */
export class Views {
  constructor(
    private readonly store: Store,
    readonly origin: string,
    private readonly now: number,
    private readonly assets: AssetSigner,
  ) {}

  link(path: string): string {
    return `${this.origin}/v1/${path}`;
  }

  /** The user as listed, and as embedded in calls and comments. */
  user(user: UserRecord) {
    return {
      id: user.id,
      direct_link: this.link(`users/${user.id}`),
      name: `${user.firstName} ${user.lastName}`,
      email: user.email,
      available: availabilityOf(user) === 'available',
      availability_status: user.availabilityStatus,
      created_at: iso(user.createdAt),
      time_zone: user.timeZone,
      language: user.language,
      wrap_up_time: user.wrapUpTime,
    };
  }

  /** Retrieve, create and update answer with the user's numbers too. */
  userDetail(user: UserRecord) {
    return {
      ...this.user(user),
      default_number_id: user.numberIds[0] ?? null,
      numbers: this.present(user.numberIds, this.store.numbers).map((n) => this.number(n)),
    };
  }

  /**
   * A Users V2 user: no `numbers` (see `GET /v2/users/:id/numbers`), with the Phone's opening `state`, the live
   * `substatus` and the internal `extension`.
   */
  userV2(user: UserRecord) {
    const { direct_link: _v1Link, ...common } = this.user(user);
    return {
      ...common,
      direct_link: `${this.origin}/v2/users/${user.id}`,
      state: phoneStates[user.availabilityStatus],
      substatus: availabilityOf(user),
      // Extensions follow ids, so they are unique and stable across resets.
      extension: String(user.id - 900),
      default_number_id: user.numberIds[0] ?? null,
    };
  }

  /** A number as `GET /v2/users/:id/numbers` lists it. */
  numberOfUserV2(number: NumberRecord) {
    return { ...this.number(number), flow_editor_enabled: number.isIvr };
  }

  /** Teams and numbers embed a lighter user (no availability on teams: changelog 1.23.0). */
  teamMember(user: UserRecord) {
    return {
      id: user.id,
      direct_link: this.link(`users/${user.id}`),
      name: `${user.firstName} ${user.lastName}`,
      email: user.email,
      created_at: iso(user.createdAt),
      time_zone: user.timeZone,
    };
  }

  numberMember(user: UserRecord) {
    return {
      ...this.teamMember(user),
      available: availabilityOf(user) === 'available',
      availability_status: user.availabilityStatus,
    };
  }

  number(number: NumberRecord) {
    return {
      id: number.id,
      direct_link: this.link(`numbers/${number.id}`),
      name: number.name,
      digits: number.digits,
      created_at: iso(number.createdAt),
      country: number.country,
      time_zone: number.timeZone,
      open: number.open,
      availability_status: number.availabilityStatus,
      is_ivr: number.isIvr,
      live_recording_activated: number.liveRecordingActivated,
      priority: number.priority,
      messages: { ...number.messages },
    };
  }

  numberDetail(number: NumberRecord) {
    const users = [...this.store.users.values()].filter((u) => u.numberIds.includes(number.id));
    return { ...this.number(number), users: users.map((u) => this.numberMember(u)) };
  }

  /** A team as embedded in calls: without its users. */
  teamSummary(team: TeamRecord) {
    return {
      id: team.id,
      name: team.name,
      direct_link: this.link(`teams/${team.id}`),
      created_at: iso(team.createdAt),
    };
  }

  team(team: TeamRecord) {
    return {
      ...this.teamSummary(team),
      users: this.present(team.userIds, this.store.users).map((u) => this.teamMember(u)),
    };
  }

  tag(tag: TagRecord) {
    return {
      id: tag.id,
      direct_link: this.link(`tags/${tag.id}`),
      name: tag.name,
      color: tag.color,
      description: tag.description,
    };
  }

  contact(contact: ContactRecord) {
    return {
      id: contact.id,
      direct_link: this.link(`contacts/${contact.id}`),
      first_name: contact.firstName,
      last_name: contact.lastName,
      company_name: contact.companyName,
      information: contact.information,
      is_shared: true,
      created_at: unix(contact.createdAt),
      updated_at: unix(contact.updatedAt),
      emails: contact.emails.map(detail),
      phone_numbers: contact.phoneNumbers.map(detail),
    };
  }

  call(call: CallRecord, options: { fetchContact?: boolean; forWebhook?: boolean } = {}) {
    const user = (id: number | null) => {
      const found = id === null ? undefined : this.store.users.get(id);
      return found ? this.user(found) : null;
    };
    const number = this.store.numbers.get(call.numberId);
    const contact = call.contactId === null ? undefined : this.store.contacts.get(call.contactId);
    const mediaExpiry = this.now + MEDIA_URL_TTL_MS;
    const recording = call.hasRecording ? this.assets.url(this.origin, 'recording', call.id, mediaExpiry) : null;
    const voicemail = call.hasVoicemail ? this.assets.url(this.origin, 'voicemail', call.id, mediaExpiry) : null;
    const assetKind = call.hasVoicemail ? 'voicemail' : call.hasRecording ? 'recording' : null;
    const view = {
      id: call.id,
      direct_link: this.link(`calls/${call.id}`),
      direction: call.direction,
      status: call.status,
      missed_call_reason: call.missedCallReason,
      started_at: unix(call.startedAt),
      answered_at: unixOrNull(call.answeredAt),
      ended_at: unixOrNull(call.endedAt),
      duration: call.duration,
      voicemail,
      recording,
      asset: assetKind ? `https://assets.aircall.io/${assetKind}/${call.id}` : null,
      raw_digits: call.rawDigits,
      user: user(call.userId),
      contact: options.fetchContact && contact ? this.contact(contact) : null,
      archived: call.archived,
      assigned_to: user(call.assignedToId),
      transferred_by: user(call.transferredById),
      transferred_to: user(call.transferredToId),
      cost: call.cost,
      number: number ? this.number(number) : null,
      comments: call.comments.map((comment) => ({
        id: comment.id,
        content: comment.content,
        posted_at: unix(comment.postedAt),
        posted_by: user(comment.postedById),
      })),
      tags: call.tags.flatMap((callTag) => {
        const tag = this.store.tags.get(callTag.tagId);
        if (!tag) return [];
        return [
          { id: tag.id, name: tag.name, created_at: unix(callTag.createdAt), tagged_by: user(callTag.taggedById) },
        ];
      }),
      teams: this.present(call.teamIds, this.store.teams).map((team) => this.teamSummary(team)),
      participants: call.participants,
    };
    if (!options.forWebhook) return view;
    // Short URLs are exclusive to webhook events (reference changelog 1.33.0).
    const shortExpiry = this.now + SHORT_URL_TTL_MS;
    return {
      ...view,
      recording_short_url: call.hasRecording
        ? this.assets.url(this.origin, 'recording', call.id, shortExpiry, true)
        : null,
      voicemail_short_url: call.hasVoicemail
        ? this.assets.url(this.origin, 'voicemail', call.id, shortExpiry, true)
        : null,
    };
  }

  webhook(webhook: WebhookRecord) {
    return {
      id: webhook.id,
      webhook_id: webhook.webhookId,
      direct_link: this.link(`webhooks/${webhook.id}`),
      created_at: iso(webhook.createdAt),
      custom_name: webhook.customName,
      url: webhook.url,
      active: webhook.active,
      events: [...webhook.events],
      token: webhook.token,
    };
  }

  a2pAssociation(association: A2pAssociationRecord, companyId: number) {
    return {
      id: association.id,
      company_id: companyId,
      external_id: association.externalId,
      update_status: association.updateStatus,
      update_message: association.updateMessage,
      created_at: iso(association.createdAt),
      updated_at: iso(association.updatedAt),
      numbers: association.numbers.map(Number),
    };
  }

  private present<T>(ids: readonly number[], records: ReadonlyMap<number, T>): T[] {
    return ids.flatMap((id) => {
      const record = records.get(id);
      return record ? [record] : [];
    });
  }
}

const detail = ({ id, label, value }: ContactDetail) => ({ id, label, value });

export { iso, unix };
