import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';

/**
 * What the browser reported that a person would see as a fault in the devtools: console errors and warnings, and
 * uncaught page errors. Collected from every page of every browser `watchConsole` was given, until taken.
 */
const problems: string[] = [];

function onConsole(message: ConsoleMessage): void {
  const type = message.type();
  if (type !== 'error' && type !== 'warning') return;
  const { url, lineNumber } = message.location();
  problems.push(`console.${type}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
}

function watchContext(context: BrowserContext): BrowserContext {
  context.on('console', onConsole);
  context.on('weberror', (webError) => problems.push(`page error: ${webError.error().stack ?? webError.error()}`));
  return context;
}

/** Makes every context and page the browser opens from now on report its console problems here. */
export function watchConsole(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  browser.newPage = async (...args): Promise<Page> => {
    const page = await newPage(...args);
    watchContext(page.context());
    return page;
  };
  return browser;
}

/** The console problems reported since the last call, which starts a new collection. */
export function takeConsoleProblems(): string[] {
  return problems.splice(0);
}
