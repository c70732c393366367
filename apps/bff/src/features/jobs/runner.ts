import { type Job, type JobKind, type JobState, jobKindSchema } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { toHttpError } from '../../http/error-middleware';
import { publishEvent } from '../../live/publish';
import type { Store } from '../../store';
import { unixSeconds } from '../../time';

type JobRecord = NonNullable<Awaited<ReturnType<Store['jobs']['get']>>>;

/** The first failures a job lists (the contract's cap); the rest are only counted. */
const listedFailures = 100;

/**
 * A failed item's result keeps the error code before the message (`not_found: Call 5 …`), as the store keeps one
 * text per item.
 */
const failureText = (code: string, message: string) => `${code}: ${message}`;

function parseFailure(text: string | undefined): { code: string; message: string } {
  const separator = text?.indexOf(': ') ?? -1;
  if (!text || separator < 0) return { code: 'internal', message: text ?? 'failed' };
  return { code: text.slice(0, separator), message: text.slice(separator + 2) };
}

const states: Record<JobRecord['status'], JobState> = {
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  // Nothing cancels jobs yet; a cancelled job did not try every item.
  cancelled: 'failed',
};

export function toJob(record: JobRecord): Job {
  return {
    id: record.id,
    kind: jobKindSchema.parse(record.kind),
    state: states[record.status],
    total: record.total,
    done: record.done,
    failed: record.failed,
    failures: record.results
      .filter((result) => !result.ok)
      .slice(0, listedFailures)
      .map((result) => ({ itemId: Number(result.item), ...parseFailure(result.error) })),
    createdAt: unixSeconds(record.createdAt),
    finishedAt: record.finishedAt ? unixSeconds(record.finishedAt) : null,
  };
}

export interface JobRequest {
  kind: JobKind;
  accountId: number;
  /** Call ids (or user ids), processed one by one in this order. */
  itemIds: number[];
  /** What was asked, kept with the job (no secrets). */
  input: unknown;
}

/**
 * Creates a job and answers it at once, then processes its items one by one in the background, recording each
 * outcome: one failed item does not stop the others.
 */
export async function startJob(
  context: AppContext,
  request: JobRequest,
  processItem: (itemId: number) => Promise<void>,
): Promise<Job> {
  const { jobs } = context.store;
  const record = await jobs.create({
    kind: request.kind,
    total: request.itemIds.length,
    input: request.input,
    accountId: request.accountId,
  });

  const progressed = async (updated: JobRecord | undefined) => {
    if (updated)
      await publishEvent(context, { type: 'job.progress', at: unixSeconds(updated.updatedAt), job: toJob(updated) });
  };

  async function run(): Promise<void> {
    await progressed(await jobs.setStatus(record.id, 'running'));
    for (const itemId of request.itemIds) {
      const item = String(itemId);
      try {
        await processItem(itemId);
        await progressed(await jobs.recordItem(record.id, { item, ok: true }));
      } catch (error) {
        const { code, message } = toHttpError(error);
        await progressed(await jobs.recordItem(record.id, { item, ok: false, error: failureText(code, message) }));
      }
    }
    await progressed(await jobs.setStatus(record.id, 'succeeded'));
  }

  run().catch(async (error: unknown) => {
    context.logger.error({ err: error, jobId: record.id }, 'job stopped');
    try {
      await progressed(await jobs.setStatus(record.id, 'failed'));
    } catch {
      // The store itself failed: the log line above is all that can be left.
    }
  });
  return toJob(record);
}
