import { csrfHeaderName, meResponseSchema, sessionResponseSchema } from '@switchboard/contracts';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { appOnSimulator, testPassword } from './helpers';

describe('accounts linked to Aircall users', () => {
  it('links an account to the mirrored Aircall user with its email at sign-in, and shows it in me', async () => {
    const { app, store, aircall } = await appOnSimulator();
    const { users } = await aircall.users.list({ per_page: 2 });
    const aircallUser = users[1]!;
    await store.users.upsertMany(users, Date.now());
    await store.accounts.create({ email: aircallUser.email.toUpperCase(), password: testPassword, role: 'agent' });

    const agent = request.agent(app);
    const login = await agent
      .post('/api/auth/login')
      .set(csrfHeaderName, '1')
      .send({ email: aircallUser.email, password: testPassword })
      .expect(200);
    expect(meResponseSchema.parse(login.body).account.aircallUser).toEqual({
      id: aircallUser.id,
      name: aircallUser.name,
    });
    const me = meResponseSchema.parse((await agent.get('/api/auth/me').expect(200)).body);
    expect(me.account).toMatchObject({ role: 'agent', aircallUser: { id: aircallUser.id } });
  });

  it('leaves an account with no Aircall user of its email unlinked', async () => {
    const { signIn } = await appOnSimulator();
    const me = meResponseSchema.parse((await (await signIn('supervisor')).get('/api/auth/me').expect(200)).body);
    expect(me.account.aircallUser).toBeNull();
  });

  it('lets an admin create an account linked by email, and refuses a taken email naming the field', async () => {
    const { signIn, store, aircall } = await appOnSimulator();
    const { users } = await aircall.users.list({ per_page: 1 });
    await store.users.upsertMany(users, Date.now());
    const admin = await signIn('admin');
    const created = await admin
      .post('/api/accounts')
      .set(csrfHeaderName, '1')
      .send({ email: users[0]!.email, role: 'agent', password: testPassword })
      .expect(201);
    expect(created.body.account).toMatchObject({ role: 'agent', aircallUserId: users[0]!.id, disabled: false });
    const taken = await admin
      .post('/api/accounts')
      .set(csrfHeaderName, '1')
      .send({ email: users[0]!.email, role: 'admin', password: testPassword })
      .expect(409);
    expect(taken.body.error.details.fields[0].field).toBe('body.email');
    const list = await admin.get('/api/accounts').expect(200);
    expect(list.body.accounts.map((account: { email: string }) => account.email)).toContain(users[0]!.email);
  });

  it('refuses an admin disabling themself', async () => {
    const { signIn } = await appOnSimulator();
    const admin = await signIn('admin');
    const me = meResponseSchema.parse((await admin.get('/api/auth/me')).body);
    await admin.patch(`/api/accounts/${me.account.id}`).set(csrfHeaderName, '1').send({ disabled: true }).expect(409);
  });
});

describe('GET /api/auth/session', () => {
  it('answers null without a session (no 401 for a signed-out browser), the account with one, null after sign-out', async () => {
    const { app, signIn } = await appOnSimulator();
    expect((await request(app).get('/api/auth/session').expect(200)).body).toEqual({ account: null });
    const agent = await signIn('agent');
    const session = sessionResponseSchema.parse((await agent.get('/api/auth/session').expect(200)).body);
    expect(session.account).toMatchObject({ role: 'agent' });
    await agent.post('/api/auth/logout').set(csrfHeaderName, '1').expect(204);
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({ account: null });
  });
});
