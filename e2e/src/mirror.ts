import type { Page } from 'playwright-core';
import { waitUntil } from './wait';

/**
 * The BFF mirrors Aircall in the background after it starts (newest calls first): waits, through the signed-in
 * page's session, until the mirror holds `total` calls, so filters and counts see the whole company.
 */
export async function waitForMirroredCalls(page: Page, total: number): Promise<void> {
  const origin = new URL(page.url()).origin;
  await waitUntil(
    'calls in the mirror',
    async () => {
      const res = await page.request.get(`${origin}/api/calls?perPage=1`);
      if (!res.ok()) return `${res.status()} ${await res.text()}`;
      return ((await res.json()) as { meta: { total: number } }).meta.total;
    },
    (mirrored) => typeof mirrored === 'number' && mirrored >= total,
  );
}
