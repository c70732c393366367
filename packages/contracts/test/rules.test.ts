import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  accountCreateBodySchema,
  analyticsQueryStrictSchema,
  bulkArchiveBodySchema,
  bulkTagBodySchema,
  callCommentBodySchema,
  callTagBodySchema,
  callTransferBodySchema,
  contactCreateBodySchema,
  contactEmailBodySchema,
  contactPhoneBodySchema,
  contactUpdateBodySchema,
  dialerCampaignBodySchema,
  dialerTeamImportBodySchema,
  insightCardBodySchema,
  loginBodySchema,
  numberUpdateBodySchema,
  tagCreateBodySchema,
  tagUpdateBodySchema,
  teamCreateBodySchema,
  userDialBodySchema,
  userStartCallBodySchema,
  userUpdateBodySchema,
} from '../src';
import { expectAccepted, expectRejected } from './support';

interface Violation {
  rule: string;
  input: unknown;
  path: string;
  message: string;
}
interface RuleCase {
  schema: z.ZodType;
  valid: unknown;
  violations: Violation[];
}

const phone = { label: 'Work', value: '+14155550123' };
const manyOf = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

const cases: Record<string, RuleCase> = {
  'call comment': {
    schema: callCommentBodySchema,
    valid: { content: 'Call back tomorrow before 10.' },
    violations: [
      { rule: 'blank', input: { content: '   ' }, path: 'content', message: "can't be blank" },
      { rule: 'length', input: { content: 'x'.repeat(1001) }, path: 'content', message: 'at most 1000 characters' },
      { rule: 'emoji', input: { content: 'Great call 🎉' }, path: 'content', message: 'must not contain emojis' },
      { rule: 'unknown field', input: { content: 'ok', author: 'me' }, path: '', message: 'author' },
    ],
  },
  'call tags': {
    schema: callTagBodySchema,
    valid: { tagIds: [1, 2] },
    violations: [
      { rule: 'empty', input: { tagIds: [] }, path: 'tagIds', message: 'at least one tag id' },
      { rule: 'repeat', input: { tagIds: [3, 3] }, path: 'tagIds', message: 'must not repeat a tag id' },
      { rule: 'id', input: { tagIds: [0] }, path: 'tagIds.0', message: '' },
    ],
  },
  'transfer to a user': {
    schema: callTransferBodySchema,
    valid: { target: 'user', userId: 456 },
    violations: [
      {
        rule: 'strategy only for teams',
        input: { target: 'user', userId: 456, dispatchingStrategy: 'random' },
        path: 'dispatchingStrategy',
        message: 'dispatching strategy applies only to team transfers',
      },
      { rule: 'target', input: { target: 'queue', userId: 1 }, path: 'target', message: 'user, team, number' },
    ],
  },
  'transfer to a team': {
    schema: callTransferBodySchema,
    valid: { target: 'team', teamId: 7, dispatchingStrategy: 'longest_idle' },
    violations: [
      {
        rule: 'strategy',
        input: { target: 'team', teamId: 7, dispatchingStrategy: 'round_robin' },
        path: 'dispatchingStrategy',
        message: 'simultaneous, random, longest_idle',
      },
    ],
  },
  'transfer to a number': {
    schema: callTransferBodySchema,
    valid: { target: 'number', number: '+33176111111' },
    violations: [
      { rule: 'E.164', input: { target: 'number', number: '01 76 11 11 11' }, path: 'number', message: 'E.164' },
      {
        rule: 'strategy only for teams',
        input: { target: 'number', number: '+33176111111', dispatchingStrategy: 'simultaneous' },
        path: 'dispatchingStrategy',
        message: 'only to team transfers',
      },
    ],
  },
  'insight card': {
    schema: insightCardBodySchema,
    valid: {
      lines: [
        { type: 'title', text: 'My CRM 💼', link: 'https://crm.example.com' },
        { type: 'shortText', label: 'Account', text: '6789', link: 'https://crm.example.com/6789' },
        { type: 'shortText', text: 'Acme Inc.' },
        { type: 'user', label: 'Account owner', userId: 12345 },
      ],
    },
    violations: [
      { rule: 'at least one line', input: { lines: [] }, path: 'lines', message: 'at least one line' },
      {
        rule: 'at most 20 lines',
        input: { lines: manyOf(21, () => ({ type: 'shortText', text: 'x' })) },
        path: 'lines',
        message: 'at most 20 lines',
      },
      {
        rule: 'line type',
        input: { lines: [{ type: 'longText', text: 'x' }] },
        path: 'lines.0.type',
        message: 'title, shortText, user',
      },
      {
        rule: 'user line needs a label',
        input: { lines: [{ type: 'user', userId: 1 }] },
        path: 'lines.0.label',
        message: '',
      },
      {
        rule: 'title needs text',
        input: { lines: [{ type: 'title', text: ' ' }] },
        path: 'lines.0.text',
        message: "can't be blank",
      },
      {
        rule: 'link',
        input: { lines: [{ type: 'title', text: 'CRM', link: 'javascript:alert(1)' }] },
        path: 'lines.0.link',
        message: 'http(s) URL',
      },
      {
        rule: 'text length',
        input: { lines: [{ type: 'shortText', text: 'x'.repeat(256) }] },
        path: 'lines.0.text',
        message: 'at most 255 characters',
      },
      {
        rule: 'one title',
        input: {
          lines: [
            { type: 'title', text: 'A' },
            { type: 'title', text: 'B' },
          ],
        },
        path: 'lines',
        message: 'one title',
      },
    ],
  },
  'bulk tag': {
    schema: bulkTagBodySchema,
    valid: { callIds: [1, 2, 3], tagIds: [9] },
    violations: [
      {
        rule: 'job size',
        input: { callIds: manyOf(501, (i) => i + 1), tagIds: [9] },
        path: 'callIds',
        message: 'at most 500 call ids',
      },
      { rule: 'repeat', input: { callIds: [1, 1], tagIds: [9] }, path: 'callIds', message: 'must not repeat' },
    ],
  },
  'bulk archive': {
    schema: bulkArchiveBodySchema,
    valid: { callIds: [1], archived: false },
    violations: [{ rule: 'empty', input: { callIds: [] }, path: 'callIds', message: 'at least one call id' }],
  },
  'user update': {
    schema: userUpdateBodySchema,
    valid: { availabilityStatus: 'unavailable', wrapUpTime: 30 },
    violations: [
      {
        rule: 'status',
        input: { availabilityStatus: 'in_call' },
        path: 'availabilityStatus',
        message: 'available, custom, unavailable',
      },
      { rule: 'wrap-up negative', input: { wrapUpTime: -1 }, path: 'wrapUpTime', message: 'must not be negative' },
      { rule: 'wrap-up whole', input: { wrapUpTime: 1.5 }, path: 'wrapUpTime', message: 'whole seconds' },
      { rule: 'wrap-up max', input: { wrapUpTime: 3601 }, path: 'wrapUpTime', message: 'at most 3600 seconds' },
      { rule: 'something to change', input: {}, path: '', message: 'send availabilityStatus or wrapUpTime' },
    ],
  },
  'start a call': {
    schema: userStartCallBodySchema,
    valid: { numberId: 1234, to: '+18001231234' },
    violations: [
      { rule: 'E.164', input: { numberId: 1234, to: '+1 800-123-1234' }, path: 'to', message: 'E.164' },
      { rule: 'number', input: { to: '+18001231234' }, path: 'numberId', message: '' },
    ],
  },
  dial: {
    schema: userDialBodySchema,
    valid: { to: '+18001231234' },
    violations: [{ rule: 'E.164', input: { to: '18001231234' }, path: 'to', message: 'like +14155550123' }],
  },
  'team create': {
    schema: teamCreateBodySchema,
    valid: { name: 'Support USA' },
    violations: [
      { rule: 'length', input: { name: 'x'.repeat(65) }, path: 'name', message: 'at most 64 characters' },
      { rule: 'blank', input: { name: '' }, path: 'name', message: "can't be blank" },
    ],
  },
  'dialer campaign': {
    schema: dialerCampaignBodySchema,
    valid: { phoneNumbers: ['+19161112222', '+18001112222'] },
    violations: [
      { rule: 'at least one', input: { phoneNumbers: [] }, path: 'phoneNumbers', message: 'at least one phone number' },
      { rule: 'E.164', input: { phoneNumbers: ['+19161112222', '916'] }, path: 'phoneNumbers.1', message: 'E.164' },
      {
        rule: 'duplicates',
        input: { phoneNumbers: ['+19161112222', '+19161112222'] },
        path: 'phoneNumbers',
        message: 'must not repeat a phone number',
      },
    ],
  },
  'dialer team import': {
    schema: dialerTeamImportBodySchema,
    valid: { teamId: 3, phoneNumbers: ['+19161112222'] },
    violations: [{ rule: 'team', input: { phoneNumbers: ['+19161112222'] }, path: 'teamId', message: '' }],
  },
  'tag create': {
    schema: tagCreateBodySchema,
    valid: { name: 'VIP Customer', color: '#00B388' },
    violations: [
      {
        rule: 'hex',
        input: { name: 'VIP', color: 'green' },
        path: 'color',
        message: 'must be a hex colour like #1A2B3C',
      },
      { rule: 'hex digits', input: { name: 'VIP', color: '#00B38' }, path: 'color', message: 'hex colour' },
      { rule: 'emoji', input: { name: 'VIP ⭐', color: '#fff' }, path: 'name', message: 'emojis' },
    ],
  },
  'tag update': {
    schema: tagUpdateBodySchema,
    valid: { color: '#0662B5' },
    violations: [{ rule: 'something to change', input: {}, path: '', message: 'send a name or a color' }],
  },
  'contact create': {
    schema: contactCreateBodySchema,
    valid: { firstName: 'Gary', lastName: 'Jennings', phoneNumbers: [phone], emails: [{ value: 'gary@acme.com' }] },
    violations: [
      {
        rule: 'phone required',
        input: { firstName: 'Gary', phoneNumbers: [] },
        path: 'phoneNumbers',
        message: 'at least one phone number',
      },
      {
        rule: '20 phones',
        input: { phoneNumbers: manyOf(21, () => phone) },
        path: 'phoneNumbers',
        message: 'at most 20 phone numbers',
      },
      {
        rule: '20 emails',
        input: { phoneNumbers: [phone], emails: manyOf(21, (i) => ({ value: `a${i}@b.co` })) },
        path: 'emails',
        message: 'at most 20 emails',
      },
      {
        rule: 'name length',
        input: { firstName: 'x'.repeat(256), phoneNumbers: [phone] },
        path: 'firstName',
        message: 'at most 255 characters',
      },
      {
        rule: 'blank name',
        input: { lastName: ' ', phoneNumbers: [phone] },
        path: 'lastName',
        message: "can't be blank",
      },
      {
        rule: 'phone format',
        input: { phoneNumbers: [{ label: 'Home', value: '555-0123' }] },
        path: 'phoneNumbers.0.value',
        message: 'E.164',
      },
      {
        rule: 'email format',
        input: { phoneNumbers: [phone], emails: [{ value: 'not-an-email' }] },
        path: 'emails.0.value',
        message: 'email address',
      },
    ],
  },
  'contact update': {
    schema: contactUpdateBodySchema,
    valid: { companyName: 'Lerox Inc.' },
    violations: [
      { rule: 'something to change', input: {}, path: '', message: 'at least one field' },
      { rule: 'phones elsewhere', input: { phoneNumbers: [phone] }, path: '', message: 'phoneNumbers' },
    ],
  },
  'contact phone': {
    schema: contactPhoneBodySchema,
    valid: phone,
    violations: [{ rule: 'value required', input: { label: 'Work' }, path: 'value', message: '' }],
  },
  'contact email': {
    schema: contactEmailBodySchema,
    valid: { label: 'Office', value: 'gary@acme.com' },
    violations: [{ rule: 'format', input: { value: 'gary' }, path: 'value', message: 'email address' }],
  },
  'number update': {
    schema: numberUpdateBodySchema,
    valid: { name: 'French Office', availabilityStatus: 'closed', priority: null },
    violations: [
      {
        rule: 'status',
        input: { availabilityStatus: 'open_now' },
        path: 'availabilityStatus',
        message: 'open, custom, closed',
      },
      { rule: 'priority', input: { priority: 2 }, path: 'priority', message: 'must be 0, 1 or null' },
      { rule: 'something to change', input: {}, path: '', message: 'at least one field' },
    ],
  },
  login: {
    schema: loginBodySchema,
    valid: { email: 'agent@example.com', password: 'correct horse' },
    violations: [{ rule: 'email', input: { email: 'agent', password: 'x' }, path: 'email', message: 'email address' }],
  },
  'account create': {
    schema: accountCreateBodySchema,
    valid: { email: 'sup@example.com', role: 'supervisor', password: 'a long passphrase' },
    violations: [
      {
        rule: 'role',
        input: { email: 'a@b.co', role: 'owner', password: 'a long passphrase' },
        path: 'role',
        message: 'agent, supervisor, admin',
      },
      {
        rule: 'password',
        input: { email: 'a@b.co', role: 'agent', password: 'short' },
        path: 'password',
        message: 'at least 12',
      },
    ],
  },
  'analytics range': {
    schema: analyticsQueryStrictSchema,
    valid: { from: '1700000000', to: '1700604800', timeZone: 'Europe/Paris' },
    violations: [
      { rule: 'order', input: { from: '200', to: '100' }, path: 'from', message: 'from must not be after to' },
      {
        rule: '3 months',
        input: { from: '0', to: String(93 * 86_400) },
        path: 'from',
        message: 'at most 92 days (Aircall keeps 3 months)',
      },
      {
        rule: 'time zone',
        input: { from: '0', to: '1', timeZone: 'Mars/Olympus' },
        path: 'timeZone',
        message: 'IANA time zone',
      },
      { rule: 'range required', input: { from: '0' }, path: 'to', message: '' },
    ],
  },
};

describe.each(Object.entries(cases))('%s', (_name, { schema, valid, violations }) => {
  it('accepts a valid example', () => {
    expectAccepted(schema, valid);
  });

  it.each(violations)('rejects: $rule', ({ input, path, message }) => {
    expectRejected(schema, input, path, message);
  });
});

describe('defaults and normalisation', () => {
  it('rings a team simultaneously unless told otherwise', () => {
    expect(callTransferBodySchema.parse({ target: 'team', teamId: 7 })).toEqual({
      target: 'team',
      teamId: 7,
      dispatchingStrategy: 'simultaneous',
    });
  });

  it('trims text before checking it', () => {
    expect(callCommentBodySchema.parse({ content: '  call back  ' })).toEqual({ content: 'call back' });
  });

  it('archives unless asked to unarchive', () => {
    expect(bulkArchiveBodySchema.parse({ callIds: [1] })).toEqual({ callIds: [1], archived: true });
  });

  it('creates a contact without emails', () => {
    expect(contactCreateBodySchema.parse({ phoneNumbers: [phone] }).emails).toEqual([]);
  });
});
