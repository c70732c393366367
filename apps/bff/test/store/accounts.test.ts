import { expect, it } from 'vitest';
import { DuplicateEmailError } from '../../src/store';
import { describeOnEachDriver } from './harness';

describeOnEachDriver('accounts', (ctx) => {
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
});
