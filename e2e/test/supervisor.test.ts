import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { newestCallId, type SeededUser, seededUsers } from '../src/manage';
import { signedInPage } from '../src/session';
import { type Stack, startStack } from '../src/stack';

/** The BFF mirrors Aircall in the background after it starts: what a page lists may take a moment to arrive. */
const mirrorWait = { timeout: 20_000 };

describe('the supervisor and admin console, through every layer', () => {
  let stack: Stack;
  let browser: Browser;
  let agents: SeededUser[];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    agents = await seededUsers(stack);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  async function addMember(page: Page, agent: SeededUser): Promise<void> {
    await page.getByRole('searchbox', { name: 'Search users to add' }).fill(agent.name);
    await page
      .getByRole('list', { name: 'Users found' })
      .getByRole('button', { name: `Add ${agent.name}`, exact: true })
      .click(mirrorWait);
    await page
      .getByRole('table', { name: 'Members' })
      .getByRole('link', { name: agent.name, exact: true })
      .waitFor(mirrorWait);
  }

  it('a supervisor creates a team, adds two agents, and gives one a dialer campaign from a pasted list', async () => {
    const [first, second] = agents;
    if (!first || !second) throw new Error('the simulator seeded fewer than two users');
    const page = await signedInPage(browser, stack.bffUrl, 'supervisor', '/teams');
    const teamName = 'Weekend escalations'; // the simulator seeds other names

    await page.getByRole('button', { name: 'New team' }).click();
    const createTeam = page.getByRole('dialog', { name: 'Create a team' });
    await createTeam.getByRole('textbox', { name: 'Team name' }).fill(teamName);
    await createTeam.getByRole('button', { name: 'Create team' }).click();
    await page.waitForURL(/\/teams\/\d+$/);
    await page.getByRole('heading', { level: 1, name: teamName }).waitFor();

    await addMember(page, first);
    await addMember(page, second);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: teamName }).waitFor();
    expect(await page.getByRole('table', { name: 'Members' }).getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining([first.name, second.name]),
    );
    const teamId = new URL(page.url()).pathname.split('/').at(-1);
    const { team } = await stack.aircall<{ team: { users: { id: number }[] } }>(`/v1/teams/${teamId}`);
    expect(team.users.map((user) => user.id).sort()).toEqual([first.id, second.id].sort());

    await page.goto(`${stack.bffUrl}/campaigns`);
    await page.getByRole('button', { name: 'New campaign' }).click();
    const createCampaign = page.getByRole('dialog', { name: 'Create a dialer campaign' });
    await createCampaign.getByRole('combobox', { name: 'Agent' }).selectOption({ label: first.name });
    await createCampaign
      .getByRole('textbox', { name: 'Phone numbers' })
      .fill('name,phone\nAda,+1 415 555 0123\nBob,+44 20 7946 0958\nCyd,12345\nAda again,+14155550123');
    const summary = createCampaign.getByRole('status').filter({ hasText: 'valid numbers' });
    expect(await summary.textContent()).toMatch(/^2 valid numbers · 1 duplicate removed · 1 invalid, left out/);
    expect(await createCampaign.getByRole('list', { name: 'Invalid numbers' }).textContent()).toBe('12345');
    await createCampaign.getByRole('button', { name: 'Create campaign' }).click();

    await page.waitForURL(`${stack.bffUrl}/campaigns/${first.id}`);
    const progress = page.getByRole('progressbar', { name: 'Campaign progress' });
    expect(await progress.getAttribute('aria-valuetext')).toBe('0 of 2');
    await page.getByText('+14155550123').waitFor();
    await page.getByText('+442079460958').waitFor();
    const dialed = await stack.aircall<{ numbers: { number: string }[] }>(
      `/v1/users/${first.id}/dialer_campaign/phone_numbers`,
    );
    expect(dialed.numbers.map((entry) => entry.number)).toEqual(['+14155550123', '+442079460958']);

    await page.getByRole('link', { name: 'All campaigns' }).click();
    expect(
      await page.getByRole('progressbar', { name: `${first.name}’s progress` }).getAttribute('aria-valuetext'),
    ).toBe('0 of 2');
    await page.close();
  });

  it('an admin creates a tag, and an agent then finds it in the tag picker of a call', async () => {
    const admin = await signedInPage(browser, stack.bffUrl, 'admin', '/tags');
    await admin.getByRole('button', { name: 'New tag' }).click();
    const createTag = admin.getByRole('dialog', { name: 'Create a tag' });
    await createTag.getByRole('textbox', { name: 'Tag name' }).fill('Escalated to billing');
    await createTag.getByRole('textbox', { name: 'Hex colour' }).fill('#B91C1C');
    await createTag.getByRole('button', { name: 'Create tag' }).click();
    await admin
      .getByRole('table')
      .getByRole('row', { name: /Escalated to billing/ })
      .waitFor();
    await admin.close();

    const agent = await signedInPage(browser, stack.bffUrl, 'agent', `/calls/${await newestCallId(stack)}`);
    await agent.getByRole('button', { name: 'Add tag' }).click(mirrorWait);
    await agent
      .getByRole('region', { name: 'Add tags' })
      .getByRole('checkbox', { name: 'Escalated to billing' })
      .waitFor();
    await agent.close();
  });

  it('an agent opening /teams gets the 403 page, and no management page in the navigation', async () => {
    const page = await signedInPage(browser, stack.bffUrl, 'agent', '/teams');
    await page.getByRole('heading', { name: 'You don’t have access to this page' }).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Main' });
    expect(await navigation.getByRole('link').allTextContents()).not.toContain('Teams');
    expect(await navigation.getByRole('link', { name: 'Calls' }).count()).toBe(1);
    await page.close();
  });
});
