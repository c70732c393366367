import { readinessResponseSchema } from '@switchboard/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createStore, testScryptCost } from '../../src/store';
import { appOnSimulator } from '../helpers';

describe('health for load balancers', () => {
  it('readiness: 200 with the store answering, 503 once it is gone, while liveness stays 200', async () => {
    const store = await createStore({ passwordCost: testScryptCost });
    const { app } = await appOnSimulator({ store });
    const ready = await request(app).get('/api/health/ready').expect(200);
    expect(readinessResponseSchema.parse(ready.body)).toEqual({ status: 'ready', store: 'ok', aircall: 'unknown' });

    await store.syncCheckpoints.save('users', { lastRunAt: new Date(), error: 'Aircall cannot be reached right now.' });
    expect((await request(app).get('/api/health/ready').expect(200)).body.aircall).toBe('failing');

    await store.close();
    const gone = await request(app).get('/api/health/ready').expect(503);
    expect(gone.body.error.code).toBe('upstream_unavailable');
    await request(app).get('/api/health').expect(200);
  });
});
