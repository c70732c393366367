import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { signedInPage } from '../src/session';
import { type Stack, startStack } from '../src/stack';

type SeededCall = { id: number; raw_digits: string | null; user: { name: string } | null; number: { name: string } };

describe('the call list, through every layer', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  it('shows the calls the simulator seeded, newest first', async () => {
    const { calls } = await stack.aircall<{ calls: SeededCall[] }>('/v1/calls?order=desc&per_page=3');
    expect(calls.length).toBe(3);

    const page = await signedInPage(browser, stack.bffUrl, 'agent');
    const rows = page.getByRole('table').getByRole('row');
    await rows.nth(3).waitFor();

    for (const [index, call] of calls.entries()) {
      const row = rows.nth(index + 1); // row 0 is the header
      await expect.poll(() => row.textContent()).toContain(call.number.name);
      if (call.user) expect(await row.textContent()).toContain(call.user.name);
    }
    await page.close();
  });

  it('serves the SPA for a deep link and reports health over real HTTP', async () => {
    const health = await fetch(`${stack.bffUrl}/api/health`);
    expect(health.status).toBe(200);
    const deepLink = await fetch(`${stack.bffUrl}/calls?page=2`);
    expect(deepLink.headers.get('content-type')).toContain('text/html');
  });
});
