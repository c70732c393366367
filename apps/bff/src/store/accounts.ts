import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from './db';
import { createPasswordChecker, hashPassword, type PasswordCheckLimits, type ScryptCost } from './passwords';
import { accounts, sessions } from './schema';
import type { StoreClock } from './time';

export type AccountRole = (typeof accounts.$inferSelect)['role'];

/** An account as the rest of the app sees it: never with its password hash. */
export interface Account {
  id: number;
  email: string;
  role: AccountRole;
  disabled: boolean;
  aircallUserId: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export type CredentialsCheck =
  | { ok: true; account: Account }
  | { ok: false; reason: 'unknown_email' | 'wrong_password' | 'disabled' };

export class DuplicateEmailError extends Error {
  constructor() {
    super('An account with this email already exists');
    this.name = 'DuplicateEmailError';
  }
}

export const accountColumns = {
  id: accounts.id,
  email: accounts.email,
  role: accounts.role,
  disabled: accounts.disabled,
  aircallUserId: accounts.aircallUserId,
  createdAt: accounts.createdAt,
  updatedAt: accounts.updatedAt,
};

const byEmail = (email: string) => eq(sql`lower(${accounts.email})`, email.trim().toLowerCase());

export function createAccountsRepository(
  db: Database,
  clock: StoreClock,
  passwordCost?: ScryptCost,
  passwordChecks?: PasswordCheckLimits,
) {
  const passwords = createPasswordChecker(passwordCost, passwordChecks);

  async function update(
    id: number,
    changes: Partial<typeof accounts.$inferInsert>,
    executor: Database = db,
  ): Promise<Account | undefined> {
    const [row] = await executor
      .update(accounts)
      .set({ ...changes, updatedAt: clock.date() })
      .where(eq(accounts.id, id))
      .returning(accountColumns);
    return row;
  }

  return {
    async create(input: {
      email: string;
      password: string;
      role: AccountRole;
      aircallUserId?: number | null;
    }): Promise<Account> {
      const now = clock.date();
      const passwordHash = await hashPassword(input.password, passwordCost);
      const [row] = await db
        .insert(accounts)
        .values({
          email: input.email.trim(),
          passwordHash,
          role: input.role,
          aircallUserId: input.aircallUserId ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning(accountColumns);
      if (!row) throw new DuplicateEmailError();
      return row;
    },

    async get(id: number): Promise<Account | undefined> {
      const [row] = await db.select(accountColumns).from(accounts).where(eq(accounts.id, id));
      return row;
    },

    async findByEmail(email: string): Promise<Account | undefined> {
      const [row] = await db.select(accountColumns).from(accounts).where(byEmail(email));
      return row;
    },

    async list(): Promise<Account[]> {
      return db.select(accountColumns).from(accounts).orderBy(asc(accounts.id));
    },

    /**
     * Checks a login; an unknown email costs as much time as a wrong password. Throws PasswordChecksBusyError when
     * too many checks are under way.
     */
    async verifyCredentials(email: string, password: string): Promise<CredentialsCheck> {
      const [row] = await db
        .select({ ...accountColumns, passwordHash: accounts.passwordHash })
        .from(accounts)
        .where(byEmail(email));
      if (!row) return { ok: false, reason: (await passwords.decoy(password)) || 'unknown_email' };
      const { passwordHash, ...account } = row;
      if (!(await passwords.verify(password, passwordHash))) return { ok: false, reason: 'wrong_password' };
      if (account.disabled) return { ok: false, reason: 'disabled' };
      return { ok: true, account };
    },

    setRole: (id: number, role: AccountRole) => update(id, { role }),
    /** Disabling also ends every session of the account, on every instance (they all read the same table). */
    async setDisabled(id: number, disabled: boolean): Promise<Account | undefined> {
      return db.transaction(async (tx) => {
        if (disabled) await tx.delete(sessions).where(eq(sessions.accountId, id));
        return update(id, { disabled }, tx);
      });
    },
    linkAircallUser: (id: number, aircallUserId: number | null) => update(id, { aircallUserId }),
    async setPassword(id: number, password: string): Promise<Account | undefined> {
      return update(id, { passwordHash: await hashPassword(password, passwordCost) });
    },

    async delete(id: number): Promise<boolean> {
      const deleted = await db.delete(accounts).where(eq(accounts.id, id)).returning({ id: accounts.id });
      return deleted.length > 0;
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
