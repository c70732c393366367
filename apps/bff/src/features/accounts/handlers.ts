import type { Account } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { announceSessionsEnded } from '../../live/event-stream';
import type { Account as AccountRow } from '../../store';
import { DuplicateEmailError } from '../../store';
import { unixSeconds } from '../../time';

function toAccount(row: AccountRow, lastSignIn?: Date): Account {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    disabled: row.disabled,
    aircallUserId: row.aircallUserId,
    createdAt: unixSeconds(row.createdAt),
    lastLoginAt: lastSignIn === undefined ? null : unixSeconds(lastSignIn),
  };
}

const notFound = (accountId: number) => new HttpError(404, 'not_found', `No dashboard account ${accountId}.`);

export function accountHandlers(context: AppContext): Partial<HandlerMap> {
  const { accounts, sessions } = context.store;
  return {
    'accounts.list': async ({ query }) => {
      const all = await accounts.list();
      const start = (query.page - 1) * query.perPage;
      const page = all.slice(start, start + query.perPage);
      // The audit log records every sign-in: the newest successful one is the account's last.
      const lastSignIns = await context.store.audit.lastSignIns(page.map((row) => row.id));
      return {
        accounts: page.map((row) => toAccount(row, lastSignIns.get(row.id))),
        meta: {
          page: query.page,
          perPage: query.perPage,
          total: all.length,
          hasNextPage: start + query.perPage < all.length,
        },
      };
    },

    'accounts.create': async ({ body, audit }) => {
      audit.details = { email: body.email, role: body.role };
      try {
        const aircallUserId = await context.aircallUsers.idByEmail(body.email);
        return { account: toAccount(await accounts.create({ ...body, aircallUserId })) };
      } catch (error) {
        if (error instanceof DuplicateEmailError) {
          throw new HttpError(409, 'conflict', 'An account with this email already exists.', {
            fields: [{ field: 'body.email', rule: 'is already taken' }],
          });
        }
        throw error;
      }
    },

    'accounts.update': async ({ params, body, actor, audit }) => {
      audit.details = { role: body.role, disabled: body.disabled, passwordReset: body.password !== undefined };
      if (params.accountId === actor.accountId && (body.disabled === true || (body.role && body.role !== 'admin'))) {
        throw new HttpError(409, 'conflict', 'You cannot disable yourself or give up your own admin role.');
      }
      if (!(await accounts.get(params.accountId))) throw notFound(params.accountId);
      if (body.role) await accounts.setRole(params.accountId, body.role);
      if (body.password) await accounts.setPassword(params.accountId, body.password);
      if (body.disabled !== undefined) await accounts.setDisabled(params.accountId, body.disabled);
      // A new role or password must not ride on sessions opened under the old one.
      if (body.role || body.password) await sessions.revokeAllForAccount(params.accountId);
      if (body.role || body.password || body.disabled === true)
        await announceSessionsEnded(context.store, { accountId: params.accountId });
      const updated = await accounts.get(params.accountId);
      if (!updated) throw notFound(params.accountId);
      return { account: toAccount(updated) };
    },
  };
}
