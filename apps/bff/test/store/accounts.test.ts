import { expect, it } from 'vitest';
import { DuplicateEmailError } from '../../src/store';
import { describeOnEachDriver } from './harness';

const minute = 60_000;
const policy = { idleTimeoutMs: 30 * minute, absoluteTimeoutMs: 8 * 60 * minute };

describeOnEachDriver('accounts and sessions', (ctx) => {
  let emails = 0;
  const newAccount = (role: 'agent' | 'admin' = 'agent') =>
    ctx.store.accounts.create({ email: `user${++emails}@example.com`, password: 'pa55word', role });

  it('creates an account whose email is unique whatever its case', async () => {
    const account = await ctx.store.accounts.create({
      email: 'Ada@Example.com',
      password: 'correct horse',
      role: 'agent',
    });
    expect(account).toMatchObject({ email: 'Ada@Example.com', role: 'agent', disabled: false, aircallUserId: null });
    expect(account).not.toHaveProperty('passwordHash');
    await expect(
      ctx.store.accounts.create({ email: 'ada@example.COM', password: 'x', role: 'admin' }),
    ).rejects.toBeInstanceOf(DuplicateEmailError);
    expect((await ctx.store.accounts.findByEmail(' ADA@example.com '))?.id).toBe(account.id);
  });

  it('tells a right password from a wrong one and from an unknown email', async () => {
    const account = await newAccount();
    expect(await ctx.store.accounts.verifyCredentials(account.email.toUpperCase(), 'pa55word')).toEqual({
      ok: true,
      account,
    });
    expect(await ctx.store.accounts.verifyCredentials(account.email, 'wrong')).toEqual({
      ok: false,
      reason: 'wrong_password',
    });
    expect(await ctx.store.accounts.verifyCredentials('nobody@example.com', 'pa55word')).toEqual({
      ok: false,
      reason: 'unknown_email',
    });
  });

  it('edits role, password and Aircall link, lists and deletes accounts', async () => {
    const account = await newAccount();
    ctx.clock.advance(1_000);
    expect(await ctx.store.accounts.setRole(account.id, 'supervisor')).toMatchObject({
      role: 'supervisor',
      updatedAt: new Date(ctx.clock.now()),
    });
    expect(await ctx.store.accounts.linkAircallUser(account.id, 42)).toMatchObject({ aircallUserId: 42 });
    await ctx.store.accounts.setPassword(account.id, 'n3w password');
    expect((await ctx.store.accounts.verifyCredentials(account.email, 'n3w password')).ok).toBe(true);
    expect((await ctx.store.accounts.verifyCredentials(account.email, 'pa55word')).ok).toBe(false);
    expect((await ctx.store.accounts.list()).map((listed) => listed.id)).toContain(account.id);
    expect(await ctx.store.accounts.delete(account.id)).toBe(true);
    expect(await ctx.store.accounts.get(account.id)).toBeUndefined();
    expect(await ctx.store.accounts.setRole(account.id, 'admin')).toBeUndefined();
  });

  it('stores only a hash of a 256-bit token and validates it with its account', async () => {
    const account = await newAccount('admin');
    const { token } = await ctx.store.sessions.create(account.id, policy);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const valid = await ctx.store.sessions.validate(token);
    expect(valid?.account).toEqual(account);
    expect(valid?.session.accountId).toBe(account.id);
    expect(await ctx.store.sessions.validate(`${token}x`)).toBeUndefined();
  });

  it('ends a session after the idle timeout, and slides it while used', async () => {
    const account = await newAccount();
    const { token } = await ctx.store.sessions.create(account.id, policy);
    ctx.clock.advance(25 * minute);
    expect(await ctx.store.sessions.validate(token)).toBeDefined();
    ctx.clock.advance(25 * minute);
    expect(await ctx.store.sessions.validate(token)).toBeDefined();
    ctx.clock.advance(30 * minute);
    expect(await ctx.store.sessions.validate(token)).toBeUndefined();
  });

  it('ends a session at the absolute timeout however busy it is', async () => {
    const account = await newAccount();
    const { token } = await ctx.store.sessions.create(account.id, policy);
    for (let elapsed = 0; elapsed < 8 * 60 - 20; elapsed += 20) {
      ctx.clock.advance(20 * minute);
      expect(await ctx.store.sessions.validate(token)).toBeDefined();
    }
    ctx.clock.advance(20 * minute);
    expect(await ctx.store.sessions.validate(token)).toBeUndefined();
  });

  it('revokes one session at logout and all of them when the account is disabled', async () => {
    const account = await newAccount();
    const first = await ctx.store.sessions.create(account.id, policy);
    const second = await ctx.store.sessions.create(account.id, policy);
    const third = await ctx.store.sessions.create(account.id, policy);
    expect(await ctx.store.sessions.revoke(first.token)).toBe(true);
    expect(await ctx.store.sessions.validate(first.token)).toBeUndefined();
    expect(await ctx.store.sessions.validate(second.token)).toBeDefined();

    await ctx.store.accounts.setDisabled(account.id, true);
    expect(await ctx.store.sessions.countForAccount(account.id)).toBe(0);
    expect(await ctx.store.sessions.validate(third.token)).toBeUndefined();
    expect(await ctx.store.accounts.verifyCredentials(account.email, 'pa55word')).toEqual({
      ok: false,
      reason: 'disabled',
    });
  });

  it('revokes every session of an account on demand and prunes expired ones', async () => {
    const account = await newAccount();
    await ctx.store.sessions.create(account.id, policy);
    await ctx.store.sessions.create(account.id, policy);
    expect(await ctx.store.sessions.revokeAllForAccount(account.id)).toBe(2);

    const stale = await ctx.store.sessions.create(account.id, { idleTimeoutMs: minute, absoluteTimeoutMs: 2 * minute });
    const fresh = await ctx.store.sessions.create(account.id, policy);
    ctx.clock.advance(2 * minute);
    expect(await ctx.store.sessions.pruneExpired()).toBeGreaterThanOrEqual(1);
    expect(await ctx.store.sessions.validate(stale.token)).toBeUndefined();
    expect(await ctx.store.sessions.validate(fresh.token)).toBeDefined();
  });

  it('counts sign-in attempts before they are checked: of many at once, only the free ones get through', async () => {
    const policy = { freeAttempts: 5, firstDelayMs: 1_000, maxDelayMs: 60_000, forgetAfterMs: 60 * minute };
    const peer = await ctx.peer();
    const attempts = Array.from({ length: 40 }, (_, index) =>
      (index % 2 ? peer : ctx.store).loginThrottle.reserve([
        { key: 'account:target@example.com', policy },
        { key: `client:10.0.0.${index % 3}`, policy: { ...policy, freeAttempts: 100 } },
      ]),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(5);
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual(
      Array.from({ length: 35 }, () => ({ ok: false, retryAfterMs: 1_000 })),
    );

    // The delay doubles with each further attempt; a released attempt gives its step back; clearing forgets all.
    ctx.clock.advance(1_000);
    expect(await ctx.store.loginThrottle.reserve([{ key: 'account:target@example.com', policy }])).toEqual({
      ok: true,
    });
    expect(await ctx.store.loginThrottle.reserve([{ key: 'account:target@example.com', policy }])).toEqual({
      ok: false,
      retryAfterMs: 2_000,
    });
    await ctx.store.loginThrottle.release(['account:target@example.com']);
    expect(await ctx.store.loginThrottle.reserve([{ key: 'account:target@example.com', policy }])).toEqual({
      ok: false,
      retryAfterMs: 1_000,
    });
    await ctx.store.loginThrottle.clear('account:target@example.com');
    expect(await ctx.store.loginThrottle.reserve([{ key: 'account:target@example.com', policy }])).toEqual({
      ok: true,
    });

    ctx.clock.advance(2 * 60 * minute);
    expect(await ctx.store.loginThrottle.prune(60 * minute)).toBeGreaterThanOrEqual(4);
  });
});
