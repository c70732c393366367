import type { AircallNumber } from '@switchboard/aircall';
import {
  type NumberUpdateBody,
  numberAvailabilityStatusSchema,
  numberPrioritySchema,
  type PhoneNumber,
  type PhoneNumberDetail,
} from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/errors';
import { type ChangeRequest, createWriteThrough, savedWhole } from '../../mirror/write-through';
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

/** Numbers read from the mirror; a change through the write-through. */
export function numberService(context: AppContext) {
  const { store, aircall, clock } = context;
  const change = createWriteThrough(context);

  async function detail(numberId: number): Promise<PhoneNumberDetail> {
    const directory = await loadDirectory(store);
    const number = directory.numbersById.get(numberId);
    if (!number) throw numberNotFound(numberId);
    return toDetail(number, directory);
  }

  /** An answer without `users` must not erase who the mirror knew answers this number. */
  const savedNumber = savedWhole(clock, 'numbers', async (answer: AircallNumber) => {
    const previous = await store.numbers.get(answer.id);
    await store.numbers.upsertMany([{ ...previous, ...answer }], clock.now());
  });

  return {
    list: async () => (await store.numbers.list()).map(toPhoneNumber),

    detail,

    async update(request: ChangeRequest, numberId: number, body: NumberUpdateBody): Promise<PhoneNumberDetail> {
      await change(request, {
        validate: async () => {
          if (!(await store.numbers.get(numberId))) throw numberNotFound(numberId);
        },
        send: (options) =>
          aircall.numbers.update(
            numberId,
            {
              name: body.name,
              availability_status: body.availabilityStatus,
              is_ivr: body.isIvr,
              live_recording_activated: body.liveRecordingActivated,
              priority: body.priority,
            },
            options,
          ),
        ...savedNumber,
      });
      return detail(numberId);
    },
  };
}
