import { useRouterState } from '@tanstack/react-router';
import { LoadingBar } from '../../components/loading-bar';

/** Across the top of the window while a navigation waits for its page's data: a slow page never looks like a dead click. */
export function NavigationProgress() {
  const loading = useRouterState({ select: (state) => state.status === 'pending' });
  return loading ? <LoadingBar label="Loading the page" className="fixed inset-x-0 top-0" /> : null;
}
