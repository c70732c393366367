import type { Response } from 'express';

/** A signal that fires if the browser goes away before we answer, so no upstream budget is spent for nobody. */
export function abortWhenClientLeaves(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
