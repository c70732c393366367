import { createManualClock } from '@switchboard/aircall-sim';
import { type CompanySettings, defaultCompanySettings, type Role } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { appOnSimulator } from '../../helpers';
import { accountsByRole, itChecksRoles, type SignedIn, send } from '../users/support';

const now = Date.UTC(2026, 0, 15, 12);
let app: Awaited<ReturnType<typeof appOnSimulator>>;
let accounts: Record<Role, SignedIn>;

beforeAll(async () => {
  const clock = createManualClock(now);
  app = await appOnSimulator({ sim: { clock, rateLimit: false }, clock });
  accounts = await accountsByRole(app);
});

const settings: CompanySettings = { ...defaultCompanySettings, timeZone: 'America/New_York', serviceLevelSeconds: 30 };

describe('company settings', () => {
  it('starts with the defaults, in UTC without numbers', async () => {
    const { body } = await send(accounts.agent, 'GET', '/api/company').expect(200);
    expect(body.company).toEqual({ ...defaultCompanySettings, timeZone: 'UTC', updatedAt: null });
  });

  it('an admin replaces them: stored, audited, and every console told', async () => {
    const before = (await app.store.events.since(0, 10_000)).at(-1)?.id ?? 0;
    const { body } = await send(accounts.admin, 'PUT', '/api/company', settings).expect(200);
    expect(body.company).toEqual({ ...settings, updatedAt: now / 1000 });
    expect((await send(accounts.supervisor, 'GET', '/api/company').expect(200)).body.company).toEqual(body.company);
    const { entries } = await app.store.audit.list({ action: 'company.update', limit: 1 });
    expect(entries[0]).toMatchObject({
      result: 'success',
      inputSummary: { timeZone: 'America/New_York', serviceLevelSeconds: 30, excludeShortAbandons: true },
    });
    const events = await app.store.events.since(before);
    expect(events.map((event) => event.data)).toContainEqual(
      expect.objectContaining({ type: 'resource.changed', resource: 'company', id: null }),
    );
  });

  it.each([
    [{ ...settings, timeZone: 'Mars/Olympus' }, 'body.timeZone', 'IANA time zone'],
    [{ ...settings, serviceLevelSeconds: 0 }, 'body.serviceLevelSeconds', 'at least 1 second'],
    [
      { ...settings, thresholds: { ...settings.thresholds, serviceLevel: { warn: 0.6, alert: 0.8 } } },
      'body.thresholds.serviceLevel.alert',
      'at most warn',
    ],
    [
      { ...settings, thresholds: { ...settings.thresholds, asa: { warn: 60, alert: 30 } } },
      'body.thresholds.asa.alert',
      'at least warn',
    ],
    [
      { ...settings, thresholds: { ...settings.thresholds, abandonRate: { warn: 5, alert: 10 } } },
      'body.thresholds.abandonRate.warn',
      'share between 0 and 1',
    ],
    [{ ...settings, colour: 'red' }, 'body', 'colour'],
  ])('refuses %j naming %s, and keeps what was saved', async (body, field, rule) => {
    const { body: answer } = await send(accounts.admin, 'PUT', '/api/company', body).expect(400);
    expect(answer.error.message).toContain(field);
    expect(answer.error.message).toContain(rule);
    expect((await send(accounts.agent, 'GET', '/api/company').expect(200)).body.company.timeZone).toBe(
      'America/New_York',
    );
  });

  describe('roles: read', () => itChecksRoles('company.get', () => ({ app, accounts })));
  describe('roles: change', () => itChecksRoles('company.update', () => ({ app, accounts, body: settings })));
});
