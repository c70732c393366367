import type { HandlerMap } from '../../http/endpoints';
import { maskPhone } from '../../privacy';
import { userService } from './service';
import { pageOfUsers } from './user-list';

type UserHandlers = Pick<HandlerMap, 'users.list' | 'users.get' | 'users.update' | 'users.startCall' | 'users.dial'>;

export function userHandlers(context: Parameters<typeof userService>[0]): UserHandlers {
  const users = userService(context);

  return {
    'users.list': async ({ query }) => pageOfUsers(await users.list(), query),

    'users.get': async ({ params }) => ({ user: await users.detail(params.userId) }),

    'users.update': async ({ params, body, audit, signal, res }) => {
      audit.details = {
        userId: params.userId,
        availabilityStatus: body.availabilityStatus,
        wrapUpTime: body.wrapUpTime,
      };
      return { user: await users.update({ endpoint: 'users.update', signal, res }, params.userId, body) };
    },

    'users.startCall': async ({ params, body, audit, signal }) => {
      audit.details = { userId: params.userId, numberId: body.numberId, to: maskPhone(body.to) };
      await users.startCall(signal, params.userId, body);
      return undefined;
    },

    'users.dial': async ({ params, body, audit, signal }) => {
      audit.details = { userId: params.userId, to: maskPhone(body.to) };
      await users.dial(signal, params.userId, body.to);
      return undefined;
    },
  };
}
