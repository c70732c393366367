import { companyNumberDigits, randomPhone } from './phones';
import { Random } from './random';
import type {
  CallRecord,
  ContactRecord,
  MessageKey,
  MissedCallReason,
  NumberRecord,
  UserRecord,
} from './store/records';
import { messageKeys } from './store/records';
import { Store } from './store/store';

export interface SeedSizes {
  users: number;
  teams: number;
  numbers: number;
  tags: number;
  contacts: number;
  calls: number;
}

export const defaultSizes: SeedSizes = { users: 40, teams: 8, numbers: 6, tags: 20, contacts: 1000, calls: 20_000 };

const DAY = 86_400_000;
/** Seeded calls cover the 3 months of history the API serves, ending a few minutes before "now". */
export const CALL_HISTORY_MS = 90 * DAY;
/** Every seeded call ended at least this long before "now" (longer than Aircall takes to process and analyse one). */
const HISTORY_SETTLED_MS = 60_000;

const firstNames = [
  'John',
  'Amy',
  'Vera',
  'Jeffrey',
  'Lucia',
  'Omar',
  'Priya',
  'Chen',
  'Fatima',
  'Lars',
  'Sofia',
  'Mateo',
  'Aiko',
  'Noah',
  'Chloe',
  'Ivan',
  'Zara',
  'Hugo',
  'Maya',
  'Kofi',
  'Elena',
  'Tom',
  'Nadia',
  'Pablo',
];
const lastNames = [
  'Doe',
  'Rudd',
  'Martin',
  'Curtis',
  'Garcia',
  'Haddad',
  'Sharma',
  'Wei',
  'Khan',
  'Berg',
  'Rossi',
  'Lopez',
  'Tanaka',
  'Smith',
  'Dubois',
  'Petrov',
  'Ali',
  'Moreau',
  'Cohen',
  'Mensah',
  'Novak',
  'Baker',
  'Silva',
  'Weber',
];
const companies = ['TeleWorm', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', null];
const timeZones = ['Etc/UTC', 'Europe/Paris', 'Europe/London', 'America/New_York', 'America/Los_Angeles'];
const languages = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES'];
const numberTemplates = [
  // `prefix` in E.164, `length` its number of digits, country code included.
  { name: 'French Office', country: 'FR', timeZone: 'Europe/Paris', prefix: '+33176', length: 11 },
  { name: 'UK Office', country: 'GB', timeZone: 'Europe/London', prefix: '+44203', length: 12 },
  { name: 'US Sales', country: 'US', timeZone: 'America/New_York', prefix: '+1212555', length: 11 },
  { name: 'US Support', country: 'US', timeZone: 'America/Los_Angeles', prefix: '+1415555', length: 11 },
  { name: 'Germany Office', country: 'DE', timeZone: 'Europe/Berlin', prefix: '+4930', length: 12 },
  { name: 'Spain Office', country: 'ES', timeZone: 'Europe/Madrid', prefix: '+3491', length: 11 },
];
const teamNames = [
  'Everyone',
  'Global Sales',
  'Support EU',
  'Support US',
  'Billing',
  'Onboarding',
  'VIP',
  'Night Shift',
];
const tagNames = [
  'General Inquiries',
  'Feedback',
  'Spam Call',
  'VIP Customer',
  'Billing',
  'Bug Report',
  'Churn Risk',
  'Upsell',
  'Onboarding',
  'Follow Up',
  'Complaint',
  'Refund',
  'Partnership',
  'Press',
  'Recruiting',
  'Wrong Number',
  'Callback Requested',
  'Demo',
  'Renewal',
  'Escalated',
];
const tagColors = ['#0662B5', '#008f6c', '#FCBB26', '#00B388', '#E0464E', '#8E44AD', '#2C3E50', '#F39C12'];
const commentTexts = [
  'Please call back this customer!',
  'Customer asked for a quote.',
  'Escalated to tier 2.',
  'Left a voicemail, will retry tomorrow.',
  'Resolved on the call.',
];
const missedReasons: MissedCallReason[] = [
  'out_of_opening_hours',
  'short_abandoned',
  'abandoned_in_classic',
  'no_available_agent',
  'agents_did_not_answer',
];

export function messagesFor(numberId: number): Record<MessageKey, string> {
  return Object.fromEntries(
    messageKeys.map((key) => [key, `https://assets.sim.aircall.io/numbers/${numberId}/${key}.mp3`]),
  ) as Record<MessageKey, string>;
}

/**
 * Builds a deterministic company: same seed, sizes and `now` give the same data. Generation is a single pass per
 * resource (no sorting of the 20,000 calls: their start times are laid out in order).
 */
export function seedStore(seed: number, sizes: SeedSizes, now: number): Store {
  const random = new Random(seed);
  const store = new Store();
  const numbers = seedNumbers(store, random, sizes.numbers, now);
  const users = seedUsers(store, random, sizes.users, numbers, now);
  seedTeams(store, random, sizes.teams, users, now);
  seedTags(store, random, sizes.tags);
  const contacts = seedContacts(store, random, sizes.contacts, now);
  seedCalls(store, random, sizes.calls, { users, numbers, contacts }, now);
  return store;
}

function seedNumbers(store: Store, random: Random, count: number, now: number): NumberRecord[] {
  const numbers: NumberRecord[] = [];
  for (let i = 0; i < count; i++) {
    const template = numberTemplates[i % numberTemplates.length]!;
    const round = Math.floor(i / numberTemplates.length);
    const id = store.nextId('number');
    const number: NumberRecord = {
      id,
      name: round === 0 ? template.name : `${template.name} ${round + 1}`,
      digits: companyNumberDigits(random, template.prefix, template.length),
      createdAt: now - random.int(400, 900) * DAY,
      country: template.country,
      timeZone: template.timeZone,
      open: true,
      availabilityStatus: random.pick(['open', 'custom', 'custom'] as const),
      isIvr: i % 3 === 0,
      // The second number never records, so "recording disabled on the number" has seeded calls to act on.
      liveRecordingActivated: i !== 1,
      priority: null,
      messages: messagesFor(id),
    };
    store.numbers.set(id, number);
    numbers.push(number);
  }
  return numbers;
}

function seedUsers(store: Store, random: Random, count: number, numbers: NumberRecord[], now: number): UserRecord[] {
  const users: UserRecord[] = [];
  const emails = new Set<string>();
  // Users are listed by creation date: hand out ids in that order, as a real company would have.
  const creationDates = Array.from({ length: count }, () => now - random.int(100, 700) * DAY - random.int(0, DAY));
  creationDates.sort((a, b) => a - b);
  for (const [i, createdAt] of creationDates.entries()) {
    const firstName = firstNames[i % firstNames.length]!;
    const lastName = lastNames[(i * 7 + Math.floor(i / lastNames.length)) % lastNames.length]!;
    let email = `${firstName}.${lastName}@acme.example`.toLowerCase();
    for (let n = 2; emails.has(email); n++) email = `${firstName}.${lastName}${n}@acme.example`.toLowerCase();
    emails.add(email);
    const availabilityStatus = random.pick(['available', 'available', 'custom', 'unavailable'] as const);
    const user: UserRecord = {
      id: store.nextId('user'),
      firstName,
      lastName,
      email,
      createdAt,
      availabilityStatus,
      // Most agents who chose "available" have their Phone open, so a click-to-call finds one at once.
      presence: availabilityStatus === 'unavailable' ? 'do_not_disturb' : random.chance(0.85) ? 'available' : 'offline',
      activity: null,
      timeZone: random.pick(timeZones),
      language: random.pick(languages),
      wrapUpTime: random.pick([0, 0, 15, 30, 60]),
      roleIds: i === 0 ? ['owner', 'admin'] : i < 4 ? ['supervisor', 'agent'] : ['agent'],
      numberIds: numbers.length ? random.sample(numbers, random.int(1, 3)).map((n) => n.id) : [],
      dialerCampaign: null,
    };
    store.users.set(user.id, user);
    users.push(user);
  }
  return users;
}

function seedTeams(store: Store, random: Random, count: number, users: UserRecord[], now: number): void {
  for (let i = 0; i < count; i++) {
    const id = store.nextId('team');
    const members = i === 0 ? users : random.sample(users, random.int(2, Math.min(12, users.length)));
    store.teams.set(id, {
      id,
      name: teamNames[i] ?? `Team ${i + 1}`,
      createdAt: now - (count - i) * 20 * DAY,
      userIds: members.map((u) => u.id).sort((a, b) => a - b),
    });
  }
}

function seedTags(store: Store, random: Random, count: number): void {
  for (let i = 0; i < count; i++) {
    const id = store.nextId('tag');
    const name = tagNames[i] ?? `Tag ${i + 1}`;
    store.tags.set(id, { id, name, color: random.pick(tagColors), description: null });
  }
}

function seedContacts(store: Store, random: Random, count: number, now: number): ContactRecord[] {
  const contacts: ContactRecord[] = [];
  const span = 700 * DAY;
  for (let i = 0; i < count; i++) {
    const firstName = random.pick(firstNames);
    const lastName = random.pick(lastNames);
    const company = random.pick(companies);
    const createdAt = now - span + Math.floor(((i + random.next()) * span) / Math.max(count, 1));
    const contact: ContactRecord = {
      id: store.nextId('contact'),
      firstName,
      lastName,
      companyName: company,
      information: random.chance(0.2) ? `external_custom_id:${random.int(10_000, 99_999)}` : null,
      createdAt,
      updatedAt: Math.min(now, createdAt + random.int(0, 60) * DAY),
      phoneNumbers: Array.from({ length: random.int(1, 2) }, (_, n) => ({
        id: store.nextId('detail'),
        label: n === 0 ? 'Mobile' : 'Work',
        value: randomPhone(random),
      })),
      emails: random.chance(0.6)
        ? [
            {
              id: store.nextId('detail'),
              label: 'Work',
              value: `${firstName}.${lastName}${i}@${(company ?? 'mail').toLowerCase()}.example`.toLowerCase(),
            },
          ]
        : [],
    };
    store.contacts.set(contact.id, contact);
    contacts.push(contact);
  }
  return contacts;
}

interface CallPeople {
  users: UserRecord[];
  numbers: NumberRecord[];
  contacts: ContactRecord[];
}

function seedCalls(store: Store, random: Random, count: number, people: CallPeople, now: number): void {
  if (people.numbers.length === 0) return;
  const first = now - CALL_HISTORY_MS + 3_600_000;
  const span = now - 5 * 60_000 - first;
  const tagIds = [...store.tags.keys()];
  const teams = [...store.teams.values()];
  for (let i = 0; i < count; i++) {
    const startedAt = first + Math.floor(((i + random.next()) * span) / count);
    const number = random.pick(people.numbers);
    const agents = people.users.filter((u) => u.numberIds.includes(number.id));
    const direction = random.chance(0.6) ? 'inbound' : 'outbound';
    const contact = random.chance(0.4) && people.contacts.length ? random.pick(people.contacts) : null;
    const answered = random.chance(direction === 'inbound' ? 0.72 : 0.65) && agents.length > 0;
    const ringSeconds = random.int(3, 25);
    // History has ended, recordings processed and analysed: the latest calls are cut to end a minute before now.
    const secondsLeftToTalk = Math.floor((now - HISTORY_SETTLED_MS - startedAt) / 1000) - ringSeconds;
    const talkSeconds = answered ? Math.max(1, Math.min(random.int(20, 900), secondsLeftToTalk)) : 0;
    const user = answered || direction === 'outbound' ? (agents.length ? random.pick(agents) : null) : null;
    const missedCallReason = direction === 'inbound' && !answered ? random.pick(missedReasons) : null;
    const duration = ringSeconds + talkSeconds;
    const old = now - startedAt > 7 * DAY;
    const call: CallRecord = {
      id: store.nextId('call'),
      direction,
      status: 'done',
      startedAt,
      answeredAt: answered ? startedAt + ringSeconds * 1000 : null,
      endedAt: startedAt + duration * 1000,
      duration,
      missedCallReason,
      rawDigits: contact?.phoneNumbers[0]?.value ?? randomPhone(random),
      numberId: number.id,
      userId: user?.id ?? null,
      contactId: contact?.id ?? null,
      assignedToId: missedCallReason && random.chance(0.2) && agents.length ? random.pick(agents).id : null,
      transferredById: null,
      transferredToId: null,
      teamIds:
        direction === 'inbound' && teams.length
          ? [random.pick(teams)].filter((t) => !user || t.userIds.includes(user.id)).map((t) => t.id)
          : [],
      archived: old ? random.chance(0.9) : random.chance(0.3),
      cost: direction === 'outbound' && answered ? (talkSeconds * 0.039).toFixed(2) : '0',
      comments: [],
      tags: [],
      participants: [],
      hasRecording: answered && number.liveRecordingActivated,
      hasVoicemail: missedCallReason !== null && missedCallReason !== 'short_abandoned' && random.chance(0.35),
      recordingPaused: false,
    };
    if (tagIds.length && random.chance(0.3)) {
      for (const tagId of random.sample(tagIds, random.int(1, 2))) {
        call.tags.push({ tagId, createdAt: call.endedAt! + 60_000, taggedById: call.userId });
      }
    }
    if (random.chance(0.1)) {
      call.comments.push({
        id: store.nextId('detail'),
        content: random.pick(commentTexts),
        postedAt: call.endedAt! + 120_000,
        postedById: call.userId,
      });
    }
    store.addCall(call);
  }
}
