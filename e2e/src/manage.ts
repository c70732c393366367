import path from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { type Stack, simCredentials } from './stack';

/** An Aircall user as the simulator seeded it (the fields the management journeys need). */
export interface SeededUser {
  id: number;
  name: string;
  email: string;
}

/** The simulator's users, in Aircall's order: the agents a supervisor manages. */
export async function seededUsers(stack: Stack): Promise<SeededUser[]> {
  const { users } = await stack.aircall<{ users: SeededUser[] }>('/v1/users?per_page=50');
  return users;
}

/** The newest seeded call: one every role may open. */
export async function newestCallId(stack: Stack): Promise<number> {
  const { calls } = await stack.aircall<{ calls: { id: number }[] }>('/v1/calls?order=desc&per_page=1');
  const call = calls[0];
  if (!call) throw new Error('the simulator seeded no call');
  return call.id;
}

/** Gives `userId` a power-dialer campaign straight in the simulator, as another Aircall client would. */
export async function seedDialerCampaign(stack: Stack, userId: number, phoneNumbers: string[]): Promise<void> {
  const authorization = `Basic ${Buffer.from(`${simCredentials.apiId}:${simCredentials.apiToken}`).toString('base64')}`;
  const res = await fetch(`${stack.simUrl}/v1/users/${userId}/dialer_campaign`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ phone_numbers: phoneNumbers }),
  });
  if (!res.ok) throw new Error(`simulator answered ${res.status} to a dialer campaign for user ${userId}`);
}

export type Theme = 'light' | 'dark';

/**
 * axe's serious and critical WCAG 2 A/AA violations on the page as it is; with `screenshotDir`, also photographs it
 * at each width, tall enough for the whole scrolling content (the shell scrolls inside its main area, so a
 * full-page screenshot alone would cut it).
 */
export async function checkPage(
  page: Page,
  name: string,
  theme: Theme,
  screenshotDir: string | undefined,
): Promise<string[]> {
  const violations = await seriousViolations(page);
  if (screenshotDir) {
    for (const width of screenshotWidths) {
      await page.setViewportSize({ width, height: 800 });
      const contentHeight = await page.evaluate<number>(tallestScrollHeight);
      await page.setViewportSize({ width, height: Math.min(Math.max(800, contentHeight + 80), 4000) });
      await page.waitForTimeout(200); // let charts and tables lay out at the new size
      await page.screenshot({ path: path.join(screenshotDir, `${name}-${theme}-${width}.png`) });
    }
    await page.setViewportSize({ width: screenshotWidths[0], height: 800 });
  }
  return violations;
}

const screenshotWidths = [1280, 700] as const;
/** The height of the tallest scrolling content in the main area (a string: it runs in the page, not in Node). */
const tallestScrollHeight = 'Math.max(...Array.from(document.querySelectorAll("main, main *"), (e) => e.scrollHeight))';
