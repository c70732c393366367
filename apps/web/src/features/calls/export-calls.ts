import type { CallListQuery, CallRow } from '@switchboard/contracts';
import { api } from '../../lib/api-client';
import { toIsoString } from '../../lib/format';

/** The most rows one export holds: Aircall keeps three months of calls, a busy company's quarter fits. */
export const maxExportedCalls = 10_000;
const perPage = 100;

const header = [
  'id',
  'started_at',
  'direction',
  'status',
  'missed_reason',
  'other_party',
  'line',
  'agent',
  'duration_seconds',
  'talk_time_seconds',
  'tags',
  'archived',
];

const rowOf = (call: CallRow): (string | number)[] => [
  call.id,
  toIsoString(call.startedAt),
  call.direction,
  call.status,
  call.missedCallReason ?? '',
  call.contact?.name ?? call.rawDigits ?? '',
  call.number?.name ?? '',
  call.agent?.name ?? '',
  call.duration,
  call.talkTime ?? '',
  (call.tags ?? []).map((tag) => tag.name).join('; '),
  call.archived ? 'yes' : 'no',
];

/**
 * Every call the list's filters match, in the list's order, as CSV rows (durations in seconds, times in ISO 8601
 * UTC): page after page from where the previous ended, up to `maxExportedCalls`.
 */
export async function exportCallRows(
  query: CallListQuery,
  onProgress: (done: number, total: number) => void,
): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = [header];
  let request: Partial<CallListQuery> = { ...query, page: 1, perPage, cursor: undefined };
  for (;;) {
    const { calls, meta } = await api('calls.list', { query: request });
    rows.push(...calls.map(rowOf));
    const total = Math.min(meta.total, maxExportedCalls);
    onProgress(rows.length - 1, total);
    if (!meta.hasNextPage || rows.length - 1 >= maxExportedCalls) return rows.slice(0, maxExportedCalls + 1);
    request = meta.nextCursor
      ? { ...request, cursor: meta.nextCursor, page: undefined }
      : { ...request, page: meta.page + 1 };
  }
}
