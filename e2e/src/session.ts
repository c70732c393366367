import type { Browser, Page } from 'playwright-core';
import { accounts, type Role } from './stack';

/** Signs `page` in through the login form, as a person would, starting from `path`. */
export async function signIn(page: Page, baseUrl: string, role: Role, path = '/calls'): Promise<Page> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel('Email').fill(accounts[role].email);
  await page.getByLabel('Password').fill(accounts[role].password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

/** A new browser page signed in through the login form. */
export async function signedInPage(browser: Browser, baseUrl: string, role: Role, path = '/calls'): Promise<Page> {
  return signIn(await browser.newPage(), baseUrl, role, path);
}
