/**
 * Toasts through sonner, loaded on first use: toasts never appear before the first paint, so sonner (~9 KB gzip)
 * stays out of the initial bundle.
 */
const loadSonner = () => import('sonner');

export const notify = {
  success: (message: string) => void loadSonner().then(({ toast }) => toast.success(message)),
  error: (message: string) => void loadSonner().then(({ toast }) => toast.error(message)),
};
