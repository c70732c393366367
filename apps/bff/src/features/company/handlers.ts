import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { announceChange } from '../../live/publish';
import { companySettings } from './settings';

type CompanyHandlers = Pick<HandlerMap, 'company.get' | 'company.update'>;

/** The company's settings live in our store only; every console hears of a change and refetches what depends on it. */
export function companyHandlers(context: AppContext): CompanyHandlers {
  const { store } = context;
  return {
    'company.get': async () => ({ company: await companySettings(store) }),

    'company.update': async ({ body, audit }) => {
      audit.details = {
        timeZone: body.timeZone,
        serviceLevelSeconds: body.serviceLevelSeconds,
        excludeShortAbandons: body.excludeShortAbandons,
      };
      const saved = await store.company.save(body);
      await announceChange(context, 'company', null);
      return { company: { ...body, updatedAt: Math.floor(saved.updatedAt.getTime() / 1000) } };
    },
  };
}
