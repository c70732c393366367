import type { AircallNumber } from '@switchboard/aircall';
import {
  numberAvailabilityStatusSchema,
  numberPrioritySchema,
  type PhoneNumber,
  type PhoneNumberDetail,
} from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { announceChange } from '../../live/publish';
import { upstreamOptions } from '../../mirror/write-through';
import { secondsOf } from '../../time';
import { type Directory, loadDirectory } from '../users/directory-view';

const numberNotFound = (numberId: number) =>
  new HttpError(404, 'not_found', `Number ${numberId} is not in the mirror (not synced yet, or removed in Aircall).`);

export function toPhoneNumber(number: AircallNumber): PhoneNumber {
  return {
    id: number.id,
    name: number.name,
    digits: number.digits,
    country: number.country,
    timeZone: number.time_zone,
    open: number.open,
    availabilityStatus: numberAvailabilityStatusSchema.catch('custom').parse(number.availability_status),
    isIvr: number.is_ivr,
    liveRecordingActivated: number.live_recording_activated,
    priority: numberPrioritySchema.catch(null).parse(number.priority),
    createdAt: secondsOf(number.created_at),
  };
}

function toDetail(number: AircallNumber, directory: Directory): PhoneNumberDetail {
  const users = directory.users
    .filter(({ user }) => directory.numberIdsOf(user.id).includes(number.id))
    .map(({ user }) => ({ id: user.id, name: user.name }));
  return { ...toPhoneNumber(number), users };
}

type NumberHandlers = Pick<HandlerMap, 'numbers.list' | 'numbers.get' | 'numbers.update'>;

export function numberHandlers(context: AppContext): NumberHandlers {
  const { store, aircall, clock } = context;

  async function detail(numberId: number): Promise<PhoneNumberDetail> {
    const directory = await loadDirectory(store);
    const number = directory.numbersById.get(numberId);
    if (!number) throw numberNotFound(numberId);
    return toDetail(number, directory);
  }

  return {
    'numbers.list': async () => ({ numbers: (await store.numbers.list()).map(toPhoneNumber) }),

    'numbers.get': async ({ params }) => ({ number: await detail(params.numberId) }),

    'numbers.update': async ({ params, body, audit, signal }) => {
      audit.details = { numberId: params.numberId, ...body };
      const answer = await aircall.numbers.update(
        params.numberId,
        {
          name: body.name,
          availability_status: body.availabilityStatus,
          is_ivr: body.isIvr,
          live_recording_activated: body.liveRecordingActivated,
          priority: body.priority,
        },
        upstreamOptions('numbers.update', signal),
      );
      // An answer without `users` must not erase who the mirror knew answers this number.
      const previous = await store.numbers.get(answer.id);
      await store.numbers.upsertMany([{ ...previous, ...answer }], clock.now());
      await announceChange(context, 'numbers', answer.id);
      return { number: await detail(answer.id) };
    },
  };
}
