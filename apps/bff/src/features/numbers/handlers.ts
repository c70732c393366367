import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { numberService } from './service';

type NumberEndpoint = Extract<keyof HandlerMap, `numbers.${string}`>;

export function numberHandlers(context: AppContext): Pick<HandlerMap, NumberEndpoint> {
  const numbers = numberService(context);

  return {
    'numbers.list': async () => ({ numbers: await numbers.list() }),

    'numbers.get': async ({ params }) => ({ number: await numbers.detail(params.numberId) }),

    'numbers.update': async ({ params, body, audit, signal, res }) => {
      audit.details = { numberId: params.numberId, ...body };
      return { number: await numbers.update({ endpoint: 'numbers.update', signal, res }, params.numberId, body) };
    },
  };
}
