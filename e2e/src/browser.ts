import { type Browser, chromium } from 'playwright-core';
import { watchConsole } from './console';

/**
 * Debian's Chromium, headless, with the background chatter a closed network would refuse turned off. Every page it
 * opens reports its console errors and warnings, which fail the test they happen in (`setup.ts`).
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  return watchConsole(browser);
}
