import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';

export type Theme = 'light' | 'dark';

/** One page of the console to review: where it is, when it is ready, and what it only shows on demand. */
export interface ConsolePage {
  name: string;
  path: () => string;
  /** What shows once the page has its data. */
  ready: (page: Page) => Locator;
  /** Opens what the page only shows on demand (a dialog). */
  open?: (page: Page) => Promise<void>;
}

/** With E2E_SCREENSHOTS=<dir>, the reviews also photograph every page there, for a person to look at. */
export const screenshotDir = process.env.E2E_SCREENSHOTS;

const screenshotWidths = [1280, 700] as const;
/** The height of the tallest scrolling content in the main area (a string: it runs in the page, not in Node). */
const tallestScrollHeight = 'Math.max(...Array.from(document.querySelectorAll("main, main *"), (e) => e.scrollHeight))';

/**
 * axe's serious and critical WCAG 2 A/AA violations on the page as it is; with `screenshotDir`, also photographs it
 * at each width, tall enough for the whole scrolling content (the shell scrolls inside its main area, so a
 * full-page screenshot alone would cut it).
 */
export async function checkPage(page: Page, name: string, theme: Theme): Promise<string[]> {
  const violations = await seriousViolations(page);
  if (screenshotDir) {
    for (const width of screenshotWidths) {
      await page.setViewportSize({ width, height: 800 });
      const contentHeight = await page.evaluate<number>(tallestScrollHeight);
      await page.setViewportSize({ width, height: Math.min(Math.max(800, contentHeight + 80), 4000) });
      await page.waitForTimeout(200); // let tables and dialogs lay out at the new size
      await page.screenshot({ path: path.join(screenshotDir, `${name}-${theme}-${width}.png`) });
    }
    await page.setViewportSize({ width: screenshotWidths[0], height: 800 });
  }
  return violations;
}
