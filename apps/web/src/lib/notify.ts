import type { Clock } from './clock';

/**
 * Toasts through sonner, loaded on first use: toasts never appear before the first paint, so sonner (~9 KB gzip)
 * stays out of the initial bundle.
 */
const loadSonner = () => import('sonner');

/** How long an undoable action waits before it is sent. */
export const undoDelayMs = 5_000;

export const notify = {
  success: (message: string) => void loadSonner().then(({ toast }) => toast.success(message)),
  error: (message: string) => void loadSonner().then(({ toast }) => toast.error(message)),
  /**
   * react-admin's "undoable": the action is shown as done at once, but only sent after `undoDelayMs`; Undo in the
   * toast cancels it (and `onUndo` restores the screen). Nothing reaches Aircall if the agent changes their mind.
   */
  undoable({
    message,
    commit,
    onUndo,
    clock,
  }: {
    message: string;
    commit: () => void;
    onUndo: () => void;
    clock: Clock;
  }): void {
    const cancel = clock.setTimeout(commit, undoDelayMs);
    void loadSonner().then(({ toast }) =>
      toast(message, {
        duration: undoDelayMs,
        action: {
          label: 'Undo',
          onClick: () => {
            cancel();
            onUndo();
          },
        },
      }),
    );
  },
};
