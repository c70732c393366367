import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { deliverInsights } from '../src/insights';
import { seededUsers } from '../src/manage';
import { waitForMirroredCalls } from '../src/mirror';
import { signedInPage } from '../src/session';
import { type Stack, startStack } from '../src/stack';

type SeededCall = { id: number; recording: string | null; duration: number; answered_at: number | null };

/**
 * Journeys through what an agent and a supervisor found broken or missing in a real browser, from a fresh start:
 * the import's progress, a custom date range after a preset, finding a call by what was said and playing it from a
 * line of its transcript, and numbers added twice to a campaign.
 */
describe('journeys from a fresh start', () => {
  let stack: Stack;
  let browser: Browser;
  let agent: Page;
  let totalCalls: number;

  beforeAll(async () => {
    // A budget of 4 requests a second makes the first import last long enough to be seen.
    [stack, browser] = await Promise.all([startStack({ aircallRateLimitPerMinute: 240 }), launchChromium()]);
    totalCalls = (await stack.aircall<{ meta: { total: number } }>('/v1/calls?per_page=1')).meta.total;
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  it('shows the call history importing, then every call once it is done', async () => {
    agent = await signedInPage(browser, stack.bffUrl, 'agent');
    const banner = agent.getByRole('status').filter({ hasText: 'Importing call history' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Importing call history: [\d,]+/);
    await banner.waitFor({ state: 'hidden', timeout: 90_000 });
    const pagination = agent.getByRole('navigation', { name: 'Pagination' });
    await expect.poll(() => pagination.textContent(), { timeout: 20_000 }).toContain(`of ${totalCalls} calls`);
  }, 120_000);

  it('picks a custom range after a preset, starting from the preset', async () => {
    await waitForMirroredCalls(agent, totalCalls);
    await agent.goto(`${stack.bffUrl}/calls`);
    const filters = agent.getByRole('complementary', { name: 'Filters' });
    const started = filters.getByRole('combobox', { name: 'Started' });
    await started.selectOption({ label: 'Last 7 days' });
    await agent.waitForURL((url) => url.searchParams.has('from'));
    const presetFrom = Number(new URL(agent.url()).searchParams.get('from'));
    const chips = agent.getByRole('list', { name: 'Active filters' });
    await chips.getByText('Started: Last 7 days').waitFor();

    await started.selectOption({ label: 'Custom range…' });
    expect(await started.inputValue()).toBe('custom');
    const from = filters.getByLabel('From', { exact: true });
    expect(new Date(await from.inputValue()).getTime() / 1000).toBe(presetFrom);
    const to = new Date((presetFrom + 3 * 24 * 3600) * 1000);
    const local = new Date(to.getTime() - to.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await filters.getByLabel('To', { exact: true }).fill(local);
    await agent.waitForURL((url) => url.searchParams.has('to'));
    expect(Number(new URL(agent.url()).searchParams.get('from'))).toBe(presetFrom);
    expect(await started.inputValue()).toBe('custom');
    await expect.poll(() => chips.textContent()).toMatch(/Started: .+ – .+/);
  });

  it('finds a call by what was said, reads its summary and plays the recording from a line', async () => {
    const { calls } = await stack.aircall<{ calls: SeededCall[] }>('/v1/calls?order=desc&per_page=50');
    const recorded = calls.find((call) => call.recording !== null && call.duration >= 30);
    if (!recorded) throw new Error('the simulator seeded no recorded call of 30 s or more');
    await deliverInsights(stack, recorded.id, {
      lines: [
        { participant_type: 'internal', timestamp: 0, duration_ms: 3_000, text: 'Thanks for calling, how can I help?' },
        { participant_type: 'external', timestamp: 4_000, duration_ms: 5_000, text: 'I was charged twice.' },
        { participant_type: 'internal', timestamp: 12_000, duration_ms: 4_000, text: 'I have sent the refund now.' },
      ],
      summary: 'The customer was charged twice; the agent refunded the second payment.',
      sentiment: [
        { participant_type: 'external', value: 'NEGATIVE' },
        { participant_type: 'internal', value: 'POSITIVE' },
      ],
      topics: ['Refund', 'Billing'],
    });

    await agent.goto(`${stack.bffUrl}/calls`);
    const filters = agent.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('searchbox', { name: 'Search calls' }).fill('refund');
    await filters.getByRole('button', { name: 'Search: Search calls' }).click();
    const result = agent.locator(`a[href*="call=${recorded.id}"]`);
    await result.waitFor();
    await agent.goto(`${stack.bffUrl}/calls/${recorded.id}`);
    await agent.getByText('The customer was charged twice; the agent refunded the second payment.').waitFor();

    await agent.getByRole('button', { name: /^Play from 0:12: .*I have sent the refund now\.$/ }).click();
    const player = agent.getByLabel('Call recording');
    await player.waitFor();
    await expect
      .poll(() => player.evaluate((audio) => (audio as unknown as { currentTime: number }).currentTime))
      .toBeGreaterThanOrEqual(12);
  });

  it('adds numbers a campaign already holds only once', async () => {
    const [user] = await seededUsers(stack);
    if (!user) throw new Error('the simulator seeded no user');
    // Created through the console, as a supervisor would, so the BFF's mirror holds it at once.
    const supervisor = await signedInPage(browser, stack.bffUrl, 'supervisor', '/campaigns');
    await supervisor.getByRole('button', { name: 'New campaign' }).click();
    const create = supervisor.getByRole('dialog', { name: 'Create a dialer campaign' });
    await create.getByRole('combobox', { name: 'Agent' }).selectOption({ label: user.name });
    await create.getByRole('textbox', { name: 'Phone numbers' }).fill('+1 415 555 0123');
    await create.getByRole('button', { name: 'Create campaign' }).click();
    await supervisor.waitForURL(`${stack.bffUrl}/campaigns/${user.id}`);
    const form = supervisor.getByRole('form', { name: 'Add numbers' });
    await form.getByRole('textbox', { name: 'Phone numbers' }).fill('+1 415 555 0123\n+44 20 7946 0958');
    await form.getByRole('button', { name: 'Add 2 numbers' }).click();
    await supervisor
      .locator('[data-sonner-toast]')
      .filter({ hasText: '1 number added. 1 number was already in the campaign.' })
      .waitFor();
    const dialed = await stack.aircall<{ numbers: { number: string }[] }>(
      `/v1/users/${user.id}/dialer_campaign/phone_numbers`,
    );
    expect(dialed.numbers.map((entry) => entry.number)).toEqual(['+14155550123', '+442079460958']);
    await supervisor.getByText('+442079460958').waitFor();
    expect(await supervisor.getByText('+14155550123', { exact: true }).count()).toBe(1);
    await supervisor.close();
  });
});
