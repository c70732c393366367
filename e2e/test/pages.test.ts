import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { waitForMirroredCalls } from '../src/mirror';
import { type ConsolePage, checkPage, screenshotDir, type Theme } from '../src/page-review';
import { signIn } from '../src/session';
import { placeAnsweredCall } from '../src/simulator';
import { type Stack, startStack } from '../src/stack';

/**
 * Every page of the agent's console, in the light and the dark theme: axe finds no serious or critical WCAG 2 A/AA
 * violation. With E2E_SCREENSHOTS=<dir>, each page is also photographed at 1280 and 700 px wide, for a person to
 * look at.
 */

type SeededCall = {
  id: number;
  contact: { id: number } | null;
  recording: string | null;
  tags: unknown[];
  comments: unknown[];
};

describe('every page of the agent console', () => {
  let stack: Stack;
  let browser: Browser;
  /** A call with a contact, a recording and tags: the richest call page. */
  let richCall: SeededCall;

  const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name });
  const openLiveDialog = (button: string) => async (page: Page) => {
    await page
      .getByRole('listitem', { name: /call with/ })
      .first()
      .getByRole('button', { name: button })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /transfer call|send to the call/i })
      .waitFor();
  };
  const pages: ConsolePage[] = [
    { name: 'calls', path: () => '/calls', ready: (page) => page.getByRole('table').getByRole('row').nth(1) },
    {
      name: 'calls-no-match',
      path: () => '/calls?phoneNumber=999999999',
      ready: (page) => page.getByRole('heading', { name: 'No calls match these filters' }),
    },
    {
      name: 'calls-summary',
      path: () => `/calls?call=${richCall.id}`,
      ready: (page) => page.getByRole('button', { name: 'Close call summary' }),
    },
    { name: 'call', path: () => `/calls/${richCall.id}`, ready: (page) => page.getByText(/of 5 comments/) },
    { name: 'live', path: () => '/live', ready: heading('Live calls') },
    { name: 'live-transfer', path: () => '/live', ready: heading('Live calls'), open: openLiveDialog('Transfer') },
    {
      name: 'live-insight-card',
      path: () => '/live',
      ready: heading('Live calls'),
      open: openLiveDialog('Insight card'),
    },
    {
      name: 'contacts',
      path: () => '/contacts',
      ready: (page) => page.getByRole('list', { name: 'Contacts' }).getByRole('listitem').first(),
    },
    {
      name: 'contacts-no-match',
      path: () => '/contacts?q=zzzzzz',
      ready: (page) => page.getByRole('heading', { name: /No contact matches/ }),
    },
    {
      name: 'contact',
      path: () => `/contacts/${richCall.contact?.id}`,
      ready: (page) => page.getByRole('heading', { level: 1 }),
    },
    {
      name: 'forbidden',
      path: () => '/admin',
      ready: (page) => page.getByRole('heading', { name: /don’t have access/ }),
    },
    { name: 'not-found', path: () => '/no-such-page', ready: (page) => page.getByRole('heading').first() },
  ];

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    const { calls, meta } = await stack.aircall<{ calls: SeededCall[]; meta: { total: number } }>(
      '/v1/calls?order=desc&per_page=20&fetch_contact=true',
    );
    const richness = (call: SeededCall) =>
      Number(call.contact !== null) * 4 + Number(call.recording !== null) * 2 + Number(call.tags.length > 0);
    richCall = calls.reduce((best, call) => (richness(call) > richness(best) ? call : best));
    const page = await signIn(await browser.newPage(), stack.bffUrl, 'agent');
    await waitForMirroredCalls(page, meta.total);
    await page.close();
    // Placed once the mirror is complete: webhooks bring them to the console.
    await Promise.all([placeAnsweredCall(stack), placeAnsweredCall(stack)]);
    if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  describe.each<Theme>(['light', 'dark'])('%s theme', (theme) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 800 } });
      page = await context.newPage();
      await page.goto(`${stack.bffUrl}/login`);
      await page.getByRole('heading', { name: 'Sign in to Switchboard' }).waitFor();
      expect(await checkPage(page, 'login', theme), 'login').toEqual([]);
      await signIn(page, stack.bffUrl, 'agent');
    });
    afterAll(() => context?.close());

    it.each(pages)('$name', async ({ name, path: pathOf, ready, open }) => {
      await page.goto(`${stack.bffUrl}${pathOf()}`);
      await ready(page).waitFor();
      await open?.(page);
      expect(await checkPage(page, name, theme), `${name} in the ${theme} theme`).toEqual([]);
    });
  });
});
