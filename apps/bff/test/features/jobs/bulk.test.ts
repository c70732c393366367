import { type Job, jobResponseSchema } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentsByRole, type CallsTestApp, callsTestApp, changing } from '../calls/support';

let app: CallsTestApp;
let agents: Awaited<ReturnType<typeof agentsByRole>>;
beforeAll(async () => {
  app = await callsTestApp();
  agents = await agentsByRole(app);
});

/** Polls jobs.get until the background work is over (it runs on the in-process simulator: no real waiting). */
async function finished(agent: typeof agents.agent, jobId: string): Promise<Job> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { job } = jobResponseSchema.parse((await agent.get(`/api/jobs/${jobId}`).expect(200)).body);
    if (job.state === 'succeeded' || job.state === 'failed') return job;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('job did not finish');
}

describe('bulk jobs', () => {
  it('archives calls as a job: 202 at once, then progress to completion, listing the call that failed', async () => {
    const callIds = app.calls
      .filter((call) => !call.archived)
      .slice(0, 5)
      .map((call) => call.id);
    const res = await changing(agents.agent.post('/api/calls/bulk/archive')).send({ callIds: [...callIds, 999_999] });
    expect(res.status).toBe(202);
    const { job } = jobResponseSchema.parse(res.body);
    expect(job).toMatchObject({ kind: 'calls.bulkArchive', total: 6, finishedAt: null });
    const done = await finished(agents.agent, job.id);
    expect(done).toMatchObject({
      state: 'succeeded',
      done: 5,
      failed: 1,
      failures: [{ itemId: 999_999, code: 'not_found' }],
    });
    for (const id of callIds) expect((await app.store.calls.get(id))?.archived).toBe(true);
    const progress = (await app.store.events.since(0)).filter((event) => event.type === 'job.progress');
    expect(progress.length).toBeGreaterThanOrEqual(7);
  });

  it('tags calls as a job and writes the tags through to the mirror', async () => {
    const [tag] = await app.store.tags.list();
    const callIds = app.calls
      .filter((call) => call.tags.every((t) => t.id !== tag?.id))
      .slice(0, 3)
      .map((c) => c.id);
    const res = await changing(agents.supervisor.post('/api/calls/bulk/tag')).send({ callIds, tagIds: [tag?.id] });
    const done = await finished(agents.supervisor, jobResponseSchema.parse(res.body).job.id);
    expect(done).toMatchObject({ state: 'succeeded', done: 3, failed: 0 });
    for (const id of callIds) expect((await app.store.calls.get(id))?.tags.map((t) => t.id)).toContain(tag?.id);
  });

  it('shows a job to whoever started it and to supervisors, not to other agents', async () => {
    const res = await changing(agents.agent.post('/api/calls/bulk/archive')).send({ callIds: [app.calls[0]?.id] });
    const { job } = jobResponseSchema.parse(res.body);
    await finished(agents.agent, job.id);
    const otherAgent = await app.signIn('agent');
    await otherAgent.get(`/api/jobs/${job.id}`).expect(404);
    await agents.admin.get(`/api/jobs/${job.id}`).expect(200);
    await agents.agent.get('/api/jobs/not-a-uuid').expect(400);
  });

  it('refuses bad input before creating a job', async () => {
    await changing(agents.agent.post('/api/calls/bulk/archive'))
      .send({ callIds: [1, 1] })
      .expect(400);
    await changing(agents.agent.post('/api/calls/bulk/tag'))
      .send({ callIds: [1], tagIds: [999_999] })
      .expect(422);
  });
});
