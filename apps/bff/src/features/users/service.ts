import type { User as AircallUser } from '@switchboard/aircall';
import { availabilitySchema, type User, type UserDetail } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { fieldError, HttpError } from '../../http/errors';
import { publishEvent } from '../../live/publish';
import { toCallRow } from '../../mirror/call-view';
import { type ChangeRequest, createWriteThrough, savedWhole, upstreamOptions } from '../../mirror/write-through';
import { callMirror } from '../calls/mirror';
import { availabilityOf, loadDirectory, toNumberRef } from './directory-view';

/** A user page shows this many of their latest calls. */
const recentCallCount = 20;

export const userNotFound = (userId: number) =>
  new HttpError(404, 'not_found', `User ${userId} is not in the mirror (not synced yet, or deleted in Aircall).`);

/** Users read from the mirror; a status or wrap-up change through the write-through; calls placed for a user. */
export function userService(context: AppContext) {
  const { store, aircall, clock } = context;
  const calls = callMirror(context);
  const change = createWriteThrough(context);

  /** Aircall's update answer may leave out what the mirror knew (a user's numbers): keep it. */
  const savedUser = savedWhole(clock, 'users', async (answer: AircallUser) => {
    const previous = await store.users.get(answer.id);
    await store.users.upsertMany([{ ...previous?.user, ...answer }], clock.now());
  });

  async function detail(userId: number): Promise<UserDetail> {
    const [directory, recent, tags] = await Promise.all([
      loadDirectory(store),
      store.calls.list({ userIds: [userId], perPage: recentCallCount, withTotal: false }),
      calls.tagLookup(),
    ]);
    const record = directory.usersById.get(userId);
    if (!record) throw userNotFound(userId);
    const user = directory.toUser(record);
    return {
      ...user,
      teams: user.teamIds.map((id) => ({ id, name: directory.teamsById.get(id)?.name ?? `Team ${id}` })),
      numbers: user.numberIds.map((id) => {
        const number = directory.numbersById.get(id) ?? record.user.numbers?.find((candidate) => candidate.id === id);
        return toNumberRef({ id, name: number?.name ?? `Number ${id}`, digits: number?.digits ?? '' });
      }),
      defaultNumberId: record.user.default_number_id ?? null,
      recentCalls: recent.calls.map((call) => toCallRow(call, tags)),
    };
  }

  /**
   * A new status changes what the user is doing now (unavailable is Do Not Disturb unless on a call); one more read
   * shows it at once rather than when the webhook arrives.
   */
  async function refreshAvailability(userId: number, signal: AbortSignal): Promise<void> {
    const availability = availabilitySchema.safeParse(
      await aircall.users.availability(userId, upstreamOptions('users.update', signal)),
    );
    if (!availability.success || !(await store.users.setAvailability(userId, availability.data))) return;
    const at = Math.floor(clock.now() / 1000);
    await publishEvent(context, { type: 'availability.changed', at, userId, availability: availability.data });
  }

  /**
   * Aircall starts a call only for an available user, not on a call, from one of their numbers (reference: Start an
   * outbound call). What the mirror knows for sure is refused here, without spending budget; Aircall judges the rest.
   */
  async function assertCanCall(userId: number, numberId?: number): Promise<void> {
    const directory = await loadDirectory(store);
    const record = directory.usersById.get(userId);
    if (!record) return;
    const numberIds = directory.numberIdsOf(userId);
    if (numberId !== undefined && numberIds.length > 0 && !numberIds.includes(numberId)) {
      const rule = `must be one of the user's numbers (${numberIds.join(', ')})`;
      throw fieldError(400, 'bad_request', 'body.numberId', rule, `Invalid request — body.numberId: ${rule}`);
    }
    const availability = availabilityOf(record);
    if (record.availability !== null && availability !== 'available') {
      throw new HttpError(
        409,
        'conflict',
        `${record.user.name} is ${availability.replaceAll('_', ' ')}: Aircall calls out only for available users.`,
      );
    }
  }

  return {
    async list(): Promise<User[]> {
      const directory = await loadDirectory(store);
      return directory.users.map(directory.toUser);
    },

    detail,

    async update(
      request: ChangeRequest & { signal: AbortSignal },
      userId: number,
      update: { availabilityStatus?: UserDetail['availabilityStatus']; wrapUpTime?: number },
    ): Promise<UserDetail> {
      await change(request, {
        send: (options) =>
          aircall.users.update(
            userId,
            { availability_status: update.availabilityStatus, wrap_up_time: update.wrapUpTime },
            options,
          ),
        ...savedUser,
      });
      if (update.availabilityStatus !== undefined) await refreshAvailability(userId, request.signal);
      return detail(userId);
    },

    async startCall(signal: AbortSignal, userId: number, call: { numberId: number; to: string }): Promise<void> {
      await assertCanCall(userId, call.numberId);
      await aircall.users.startOutboundCall(
        userId,
        { number_id: call.numberId, to: call.to },
        upstreamOptions('users.startCall', signal),
      );
    },

    async dial(signal: AbortSignal, userId: number, to: string): Promise<void> {
      await assertCanCall(userId);
      await aircall.users.dial(userId, { to }, upstreamOptions('users.dial', signal));
    },
  };
}
