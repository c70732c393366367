import type { Job } from '@switchboard/contracts';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { bulkJob } from './support/agent-fixtures';
import { callPage, callRow } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const first = callRow({ rawDigits: '+1 800-000-0001' });
const second = callRow({ rawDigits: '+1 800-000-0002' });

/** Serves the list and `jobs.get` (polled every 2 s while a job runs) with whatever the job is now; counts list reads. */
function serveListAndJob(initialJob: Job) {
  const served = { listReads: 0, job: initialJob };
  server.use(
    http.get('/api/calls', () => {
      served.listReads++;
      return HttpResponse.json(callPage([first, second]));
    }),
    http.get('/api/jobs/:jobId', () => HttpResponse.json({ job: served.job })),
  );
  return served;
}

/** The job's progress as the toolbar shows it (query updates reach the screen on the next tick). */
async function expectProgress(text: string) {
  const progressText = () =>
    screen.queryByRole('toolbar', { name: 'Bulk actions' })?.querySelector('[role=status]')?.textContent;
  // The 10 s room covers one jobs.get poll, which the app schedules every 2 s of real time.
  await expect.poll(progressText, { timeout: 10_000 }).toBe(text);
}

async function selectBothCalls(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(await screen.findByRole('checkbox', { name: 'Select call with +1 800-000-0001' }));
  await user.click(screen.getByRole('checkbox', { name: 'Select call with +1 800-000-0002' }));
  return screen.getByRole('toolbar', { name: 'Bulk actions' });
}

describe('bulk actions on the call list', () => {
  it('tags the selected calls as a job and follows its progress from job.progress events', async () => {
    const served = serveListAndJob(bulkJob());
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/calls/bulk/tag', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ job: bulkJob() }, { status: 202 });
      }),
    );
    const { user, events } = renderRoute('/calls');

    const toolbar = await selectBothCalls(user);
    expect(toolbar).toHaveTextContent('2 selected');
    await user.click(await within(toolbar).findByRole('button', { name: 'Tag' }));
    const picker = await screen.findByRole('dialog', { name: 'Tag selected calls' });
    await user.click(within(picker).getByRole('checkbox', { name: 'Billing' }));
    await user.click(within(picker).getByRole('button', { name: 'Tag selected calls (1)' }));

    await expectProgress('Tagging 0 of 2 calls');
    expect(bodies).toEqual([{ callIds: [first.id, second.id], tagIds: [11] }]);
    expect(screen.getByRole('checkbox', { name: 'Select call with +1 800-000-0001' })).not.toBeChecked();

    served.job = bulkJob({ state: 'running', done: 1 });
    events.emit({ type: 'job.progress', at: 1, job: served.job });
    await expectProgress('Tagging 1 of 2 calls');

    const readsBefore = served.listReads;
    served.job = bulkJob({ state: 'succeeded', done: 2, finishedAt: 1_760_000_005 });
    events.emit({ type: 'job.progress', at: 2, job: served.job });
    await expectProgress('Tagged 2 of 2 calls');
    expect(await screen.findByText('Done: 2 calls')).toBeInTheDocument();
    await expect.poll(() => served.listReads).toBeGreaterThan(readsBefore);

    await user.click(screen.getByRole('button', { name: 'Dismiss progress' }));
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('archives after the undo delay, then polls the job and reports the calls Aircall refused', async () => {
    const started = bulkJob({ kind: 'calls.bulkArchive', state: 'running' });
    const served = serveListAndJob(started);
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/calls/bulk/archive', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ job: started }, { status: 202 });
      }),
    );
    const clock = createManualClock();
    const { user } = renderRoute('/calls', { clock });

    const toolbar = await selectBothCalls(user);
    await user.click(within(toolbar).getByRole('button', { name: 'Archive' }));
    expect(within(screen.getByRole('table', { name: 'Calls' })).getAllByLabelText('Archived')).toHaveLength(2);
    expect(await screen.findByText('2 calls archived')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    served.job = bulkJob({
      kind: 'calls.bulkArchive',
      state: 'succeeded',
      done: 2,
      failed: 1,
      failures: [{ itemId: second.id, code: 'not_found', message: 'Aircall no longer has this call' }],
      finishedAt: 1_760_000_005,
    });
    clock.advance(5_000);
    await expect.poll(() => bodies).toEqual([{ callIds: [first.id, second.id], archived: true }]);

    // No event this time: the toolbar learns the end from jobs.get, which it polls while the job runs.
    await expectProgress('Archived 1 of 2 calls · 1 failed');
    expect(
      await screen.findByText('1 of 2 calls could not be changed: Aircall no longer has this call'),
    ).toBeInTheDocument();
  });

  it('sends nothing and shows the calls unarchived again when the agent undoes', async () => {
    serveListAndJob(bulkJob());
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/calls/bulk/archive', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ job: bulkJob({ kind: 'calls.bulkArchive' }) }, { status: 202 });
      }),
    );
    const clock = createManualClock();
    const { user } = renderRoute('/calls', { clock });

    const toolbar = await selectBothCalls(user);
    await user.click(within(toolbar).getByRole('button', { name: 'Archive' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    clock.advance(10_000);

    expect(within(screen.getByRole('table', { name: 'Calls' })).queryByLabelText('Archived')).not.toBeInTheDocument();
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).not.toBeInTheDocument();
    expect(bodies).toEqual([]);
  });
});
