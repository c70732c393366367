import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { signedInPage } from '../src/session';
import { type Stack, startStack } from '../src/stack';

type SeededCall = {
  id: number;
  raw_digits: string;
  user: { name: string } | null;
  number: { name: string };
  contact: { first_name: string | null; last_name: string | null } | null;
};

/** Who the list names as the other party: a known contact by name, anyone else by number. */
const caller = (call: SeededCall) =>
  call.contact ? [call.contact.first_name, call.contact.last_name].filter(Boolean).join(' ') : call.raw_digits;

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
    const { calls } = await stack.aircall<{ calls: SeededCall[] }>(
      '/v1/calls?order=desc&per_page=3&fetch_contact=true',
    );
    expect(calls.length).toBe(3);

    const page = await signedInPage(browser, stack.bffUrl, 'agent');
    const rows = page.getByRole('table').getByRole('row');
    // The BFF mirrors Aircall in the background after it starts: reload until the newest call has arrived.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('heading', { name: 'Calls' }).waitFor();
          return (
            (await rows
              .nth(1)
              .textContent({ timeout: 2_000 })
              .catch(() => '')) ?? ''
          );
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toContain(caller(calls[0]!));

    for (const [index, call] of calls.entries()) {
      const row = rows.nth(index + 1); // row 0 is the header
      const text = await row.textContent();
      expect(text).toContain(caller(call));
      expect(text).toContain(call.number.name);
      if (call.user) expect(text).toContain(call.user.name);
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
