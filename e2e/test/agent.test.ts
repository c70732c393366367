import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../src/browser';
import { waitForMirroredCalls } from '../src/mirror';
import { signIn } from '../src/session';
import { placeAnsweredCall, type SimLiveCall } from '../src/simulator';
import { type Stack, startStack } from '../src/stack';
import { waitUntil } from '../src/wait';

type Tag = { id: number; name: string };
type SeededCall = { id: number; started_at: number; archived: boolean; tags: Tag[]; comments: unknown[] };
type CallPage = { calls: SeededCall[]; meta: { total: number; next_page_link: string | null } };

/** An agent's day in the console, against the simulator through the BFF, as a person clicks through it. */
describe('an agent works through calls', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;

  /** Every call the simulator holds since `from` (UNIX seconds), newest first. */
  async function seededCallsSince(from: number): Promise<SeededCall[]> {
    const calls: SeededCall[] = [];
    for (let pageNumber = 1; ; pageNumber++) {
      const batch = await stack.aircall<CallPage>(`/v1/calls?order=desc&per_page=50&from=${from}&page=${pageNumber}`);
      calls.push(...batch.calls);
      if (!batch.meta.next_page_link) return calls;
    }
  }
  const simCall = async (callId: number) => (await stack.aircall<{ call: SeededCall }>(`/v1/calls/${callId}`)).call;
  const liveState = (callId: number) => stack.simControl<SimLiveCall>('GET', `/calls/${callId}`);
  const toast = (text: string | RegExp) => page.locator('[data-sonner-toast]').filter({ hasText: text });

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launchChromium()]);
    const { meta } = await stack.aircall<CallPage>('/v1/calls?per_page=1');
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, stack.bffUrl, 'agent');
    await waitForMirroredCalls(page, meta.total);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), stack?.stop()]);
  });

  // Shared by the steps below, which follow one another as the agent's session does.
  let tag: Tag;
  let call: SeededCall;

  it('filters the calls by tag and date range', async () => {
    await page.goto(`${stack.bffUrl}/calls`);
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Started' }).selectOption({ label: 'Last 7 days' });
    await page.waitForURL((url) => url.searchParams.has('from'));
    const from = Number(new URL(page.url()).searchParams.get('from'));

    const recent = await seededCallsSince(from);
    // The call to work on: the newest tagged call that is not archived, with room for a comment and a tag it lacks.
    call = recent.find(
      (seeded) => !seeded.archived && seeded.tags.length > 0 && seeded.comments.length < 5 && seeded.tags.length < 3,
    ) as SeededCall;
    expect(call).toBeDefined();
    tag = call.tags[0] as Tag;
    const tagged = recent.filter((seeded) => seeded.tags.some(({ id }) => id === tag.id));
    await filters.getByRole('checkbox', { name: tag.name, exact: true }).click();

    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect.poll(() => chips.textContent()).toContain(`Tags: ${tag.name}`);
    expect(await chips.textContent()).toContain('Started: Last 7 days');
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect.poll(() => pagination.textContent()).toContain(`of ${tagged.length} calls`);
    const rows = page.getByRole('table', { name: 'Calls' }).getByRole('row');
    for (const row of (await rows.all()).slice(1)) expect(await row.textContent()).toContain(tag.name);
  });

  it('opens the call from the list', async () => {
    await page.locator(`a[href*="call=${call.id}"]`).click();
    const summary = page
      .getByRole('complementary')
      .filter({ has: page.getByRole('button', { name: 'Close call summary' }) });
    await summary.getByRole('link', { name: 'Open call' }).click();
    await page.waitForURL(`**/calls/${call.id}`);
    await page.getByRole('region', { name: 'Comments' }).getByText(`${call.comments.length} of 5 comments`).waitFor();
  });

  it('comments on the call', async () => {
    const comments = page.getByRole('region', { name: 'Comments' });
    await comments.getByRole('textbox', { name: 'New comment' }).fill('Customer asked for a callback on Monday');
    await comments.getByRole('button', { name: 'Post comment' }).click();
    await comments.getByText(`${call.comments.length + 1} of 5 comments`).waitFor();
    await comments.getByText('Customer asked for a callback on Monday').waitFor();
    const saved = await simCall(call.id);
    expect(saved.comments).toHaveLength(call.comments.length + 1);
  });

  it('tags the call from the company’s tag list', async () => {
    const { tags } = await stack.aircall<{ tags: Tag[] }>('/v1/tags?per_page=50');
    const added = tags.find(({ id }) => !call.tags.some((onCall) => onCall.id === id)) as Tag;
    const section = page.getByRole('region', { name: 'Tags' });
    await section.getByRole('button', { name: 'Add tag' }).click();
    const picker = page.getByRole('region', { name: 'Add tags' });
    await picker.getByRole('checkbox', { name: added.name, exact: true }).check();
    await picker.getByRole('button', { name: 'Add tags (1)' }).click();
    await section.getByRole('button', { name: `Remove tag ${added.name}` }).waitFor();
    expect((await simCall(call.id)).tags.map(({ id }) => id)).toContain(added.id);
  });

  it('archives, undoes before anything is sent, then archives for good', async () => {
    const actions = page.getByRole('main');
    await actions.getByRole('button', { name: 'Archive', exact: true }).click();
    await actions.getByRole('button', { name: 'Unarchive' }).waitFor();
    await toast('Call archived').getByRole('button', { name: 'Undo' }).click();
    await actions.getByRole('button', { name: 'Archive', exact: true }).waitFor();

    await actions.getByRole('button', { name: 'Archive', exact: true }).click();
    await waitUntil(
      'the call archived in Aircall',
      () => simCall(call.id),
      (saved) => saved.archived,
      {
        timeoutMs: 20_000,
      },
    );
    // Had the undone archive reached Aircall, its request (sent 5 s after the click) would show as a first event.
    const { events } = await stack.simControl<{ events: { event: string; data: { id?: number } }[] }>('GET', '/events');
    const archived = events.filter(({ event, data }) => event === 'call.archived' && data.id === call.id);
    expect(archived).toHaveLength(1);
  });

  describe('on a live call', () => {
    let live: SimLiveCall;
    beforeAll(async () => {
      live = await placeAnsweredCall(stack);
    });
    const liveItem = () => page.getByRole('listitem', { name: /^Ongoing call with/ });

    it('pushes an insight card and sees Aircall accept it', async () => {
      await page.goto(`${stack.bffUrl}/live`);
      await liveItem().getByRole('button', { name: 'Insight card' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send an insight card' });
      await expect
        .poll(() => dialog.getByRole('figure', { name: 'Preview' }).textContent())
        .toContain(live.call.raw_digits);
      await dialog.getByRole('button', { name: 'Send to the call' }).click();
      await toast(/Insight card sent/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      expect((await liveState(live.call.id)).live?.insight_cards).toHaveLength(1);
    });

    it('transfers the call to a team', async () => {
      await liveItem().getByRole('button', { name: 'Transfer' }).click();
      const dialog = page.getByRole('dialog', { name: 'Transfer call' });
      await dialog.getByRole('tab', { name: 'Team' }).click();
      const team = dialog.getByRole('radio').and(page.locator(':not(:disabled)')).first();
      await team.check();
      await dialog.getByRole('button', { name: 'Transfer call' }).click();
      await toast(/Transfer sent/).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const { live: state } = await liveState(live.call.id);
      expect(state?.transfer?.to_user_ids.length).toBeGreaterThan(0);
    });
  });
});
