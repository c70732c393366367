import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { seedDialerCampaign, seededUsers } from '../src/manage';
import { waitForMirroredCalls } from '../src/mirror';
import { type ConsolePage, checkPage, screenshotDir, type Theme } from '../src/page-review';
import { signedInPage, signIn } from '../src/session';
import { type Role, type Stack, startStack } from '../src/stack';

/**
 * Every page of the supervisor's and admin's console, in the light and the dark theme, against the real stack: axe
 * finds no serious or critical WCAG 2 A/AA violation. With E2E_SCREENSHOTS=<dir>, each page is also photographed at
 * 1280 and 700 px wide, charts included, for a person to look at.
 */

describe('every page of the supervisor and admin console', () => {
  let stack: Stack;
  let browser: Browser;
  let teamId: number;
  let userId: number;

  const table = (name: string) => (page: Page) => page.getByRole('table', { name }).getByRole('row').nth(1);
  const openDialog =
    (button: string, dialog: string, fill?: (dialog: Locator) => Promise<void>) => async (page: Page) => {
      await page.getByRole('button', { name: button }).click();
      await fill?.(page.getByRole('dialog', { name: dialog }));
    };
  const pages: ConsolePage[] = [
    { name: 'board', path: () => '/board', ready: table('Per team') },
    { name: 'teams', path: () => '/teams', ready: table('Teams') },
    {
      name: 'teams-create',
      path: () => '/teams',
      ready: table('Teams'),
      open: openDialog('New team', 'Create a team'),
    },
    {
      name: 'team',
      path: () => `/teams/${teamId}`,
      ready: table('Members'),
      open: async (page) => {
        await page.getByRole('searchbox', { name: 'Search users to add' }).fill('a');
        await page.getByRole('list', { name: 'Users found' }).getByRole('listitem').first().waitFor();
      },
    },
    { name: 'users', path: () => '/users', ready: table('Users') },
    { name: 'users-filtered', path: () => '/users?availability=available', ready: table('Users') },
    { name: 'user', path: () => `/users/${userId}`, ready: (page) => page.getByRole('table').getByRole('row').nth(1) },
    { name: 'campaigns', path: () => '/campaigns', ready: table('Campaigns') },
    {
      name: 'campaigns-create',
      path: () => '/campaigns',
      ready: table('Campaigns'),
      open: openDialog('New campaign', 'Create a dialer campaign', async (dialog) => {
        await dialog
          .getByRole('textbox', { name: 'Phone numbers' })
          .fill('+1 415 555 0123\n+44 20 7946 0958\n+1 (415) 555-0123\n12345');
        await dialog.getByRole('status').filter({ hasText: 'valid numbers' }).waitFor();
      }),
    },
    {
      name: 'campaign',
      path: () => `/campaigns/${userId}`,
      ready: (page) => page.getByRole('progressbar', { name: 'Campaign progress' }),
    },
    { name: 'tags', path: () => '/tags', ready: table('Tags') },
    {
      name: 'tags-create',
      path: () => '/tags',
      ready: table('Tags'),
      open: openDialog('New tag', 'Create a tag', (dialog) =>
        dialog.getByRole('textbox', { name: 'Tag name' }).fill('Escalated'),
      ),
    },
    // Five charts, each drawn once recharts has loaded.
    { name: 'analytics', path: () => '/analytics', ready: (page) => page.locator('.recharts-surface').nth(4) },
    { name: 'admin', path: () => '/admin', ready: table('Accounts') },
    {
      name: 'admin-create-account',
      path: () => '/admin',
      ready: table('Accounts'),
      open: openDialog('New account', 'Create an account'),
    },
    { name: 'admin-audit', path: () => '/admin/audit', ready: table('Audit log') },
    { name: 'admin-sync', path: () => '/admin/sync', ready: table('Sync per resource') },
    {
      name: 'forbidden',
      path: () => '/teams',
      ready: (page) => page.getByRole('heading', { name: 'You don’t have access to this page' }),
    },
  ];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    const [users, { teams }, { meta }] = await Promise.all([
      seededUsers(stack),
      stack.aircall<{ teams: { id: number; users: unknown[] }[] }>('/v1/teams'),
      stack.aircall<{ meta: { total: number } }>('/v1/calls?per_page=1'),
    ]);
    const [first, second] = users;
    // A small team, so searching for users to add finds some who are not members yet.
    const team = teams.find((candidate) => candidate.users.length > 1 && candidate.users.length < users.length / 2);
    if (!first || !second || !team) throw new Error('the simulator seeded too few users or teams');
    teamId = team.id;
    userId = first.id;
    await Promise.all([
      seedDialerCampaign(stack, first.id, ['+14155550123', '+442079460958', '+33176000001']),
      seedDialerCampaign(stack, second.id, ['+14155550124']),
    ]);
    const page = await signedInPage(browser, stack.bffUrl, 'admin');
    await waitForMirroredCalls(page, meta.total);
    await page.close();
    if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  describe.each<Theme>(['light', 'dark'])('%s theme', (theme) => {
    const contexts: BrowserContext[] = [];
    let admin: Page;
    let agent: Page;
    /** Each role in its own context: they share no cookies, and axe needs a page it can inject into. */
    const signedIn = async (role: Role) => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      return signIn(await context.newPage(), stack.bffUrl, role);
    };
    beforeAll(async () => {
      [admin, agent] = await Promise.all([signedIn('admin'), signedIn('agent')]);
    });
    afterAll(() => Promise.all(contexts.map((context) => context.close())));

    it.each(pages)('$name', async ({ name, path, ready, open }) => {
      const page = name === 'forbidden' ? agent : admin;
      await page.goto(`${stack.bffUrl}${path()}`);
      await ready(page).waitFor({ timeout: 15_000 });
      await open?.(page);
      expect(await checkPage(page, name, theme), `${name} in the ${theme} theme`).toEqual([]);
    });
  });
});
