import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../src/axe';
import { launchChromium } from '../src/browser';
import { waitForMirroredCalls } from '../src/mirror';
import { screenshotDir } from '../src/page-review';
import { signedInPage, signIn } from '../src/session';
import { type Stack, startStack } from '../src/stack';

/** The BFF mirrors Aircall and hears webhooks in the background: a figure may take a moment to change. */
const liveWait = { timeout: 20_000 };

/** The number a board tile shows, by the tile's label. */
async function tileValue(page: Page, label: string): Promise<string> {
  const tile = page.getByRole('region', { name: 'Whole floor' }).locator('[data-tone]').filter({ hasText: label });
  return (await tile.locator('dd').first().textContent()) ?? '';
}

describe('the live board and the wallboard, through every layer', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  it('a caller waiting shows on the board by webhook, and the wait ticks without a request', async () => {
    const page = await signedInPage(browser, stack.bffUrl, 'supervisor', '/board');
    await waitForMirroredCalls(page, 600);
    await page.getByRole('region', { name: 'Whole floor' }).waitFor();
    const floor = page.getByRole('region', { name: 'Whole floor' });
    for (const label of ['Service level', 'Average speed of answer', 'Average handle time', 'Abandon rate']) {
      await floor.getByText(label, { exact: true }).waitFor();
    }
    const waitingBefore = Number(await tileValue(page, 'Calls waiting'));

    await stack.simControl('POST', '/calls', { direction: 'inbound', autopilot: false });
    await expect.poll(async () => Number(await tileValue(page, 'Calls waiting')), liveWait).toBe(waitingBefore + 1);
    const first = await tileValue(page, 'Longest wait');
    await expect.poll(() => tileValue(page, 'Longest wait'), { timeout: 5_000 }).not.toBe(first);

    await page.getByRole('tab', { name: 'Agents' }).click();
    await page.getByRole('table', { name: 'Agents' }).getByRole('row').nth(1).waitFor();
    if (screenshotDir)
      await page.screenshot({ path: path.join(screenshotDir, 'board-agents-1280.png'), fullPage: true });
    await page.locator('label').filter({ hasText: 'Last 15 minutes' }).click();
    await page.waitForURL(/span=15m/);
    await page.getByText('Last 15 minutes, in').waitFor();
  });

  it('an admin’s new time zone reaches an open board at once', async () => {
    const board = await signedInPage(browser, stack.bffUrl, 'supervisor', '/board');
    await board.getByText(/^Today, in /).waitFor();
    const admin = await signedInPage(browser, stack.bffUrl, 'admin', '/admin/settings');
    await admin.getByRole('combobox', { name: 'Time zone' }).selectOption('Pacific/Auckland');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('Company settings saved.').waitFor();
    await board.getByText('Today, in Pacific/Auckland.').waitFor(liveWait);
    await admin.close();
    await board.close();
  });

  it.each(['light', 'dark'] as const)(
    'the wallboard fills a 1920×1080 screen in the %s theme, says it is live, cycles through teams and passes axe',
    async (theme) => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1920, height: 1080 } });
      const page = await signIn(await context.newPage(), stack.bffUrl, 'supervisor', '/wallboard');
      await page.getByRole('heading', { level: 1, name: 'Whole floor' }).waitFor();
      await page.getByText('Live', { exact: true }).waitFor(liveWait);
      expect(await page.getByRole('navigation').count()).toBe(0);
      // Type readable across a room: the figures stand at least 100 px tall at 1080 p.
      const figure = page.locator('dd.tabular-nums').first();
      expect((await figure.boundingBox())?.height).toBeGreaterThanOrEqual(100);
      expect(await seriousViolations(page)).toEqual([]);
      if (screenshotDir) await page.screenshot({ path: path.join(screenshotDir, `wallboard-${theme}-1920.png`) });

      // The next screen is a team's.
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
        .not.toBe('Whole floor');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
