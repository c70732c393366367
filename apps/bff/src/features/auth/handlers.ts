import type { SessionCookie } from '../../auth/session-cookie';
import type { AppContext } from '../../context';
import type { Actor, HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';

/** The account as the shell needs it, with the Aircall user it acts as. */
async function describeAccount(context: AppContext, actor: Actor) {
  const user = actor.aircallUserId === null ? null : await context.aircallUsers.get(actor.aircallUserId);
  return {
    account: {
      id: actor.accountId,
      email: actor.email,
      role: actor.role,
      aircallUser: user ? { id: user.id, name: user.name } : null,
    },
  };
}

export function authHandlers(context: AppContext, cookie: SessionCookie): Partial<HandlerMap> {
  return {
    'auth.login': async ({ body, req, res, audit }) => {
      audit.details = { email: body.email };
      try {
        const { actor, maxAgeMs } = await context.auth.login({ ...body, ip: req.ip ?? 'unknown' });
        audit.actor = { accountId: actor.accountId, email: actor.email, role: actor.role };
        cookie.write(res, actor.sessionToken, maxAgeMs);
        return describeAccount(context, actor);
      } catch (error) {
        if (error instanceof HttpError) cookie.clear(res);
        throw error;
      }
    },
    'auth.logout': async ({ actor, res }) => {
      await context.auth.logout(actor);
      cookie.clear(res);
      return undefined;
    },
    'auth.me': async ({ actor }) => describeAccount(context, actor),
    'auth.session': async ({ actor }) => (actor ? describeAccount(context, actor) : { account: null }),
  };
}
