import { lazy, Suspense } from 'react';
import { useTheme } from './theme';

// Loaded after the first paint, like every toast (see lib/notify).
const Toaster = lazy(() => import('sonner').then(({ Toaster }) => ({ default: Toaster })));

export function Toasts() {
  const theme = useTheme();
  return (
    <Suspense>
      <Toaster theme={theme} position="bottom-right" richColors closeButton />
    </Suspense>
  );
}
