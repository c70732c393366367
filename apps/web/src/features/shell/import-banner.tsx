import { useQuery, useQueryClient } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { api } from '../../lib/api-client';
import { formatCount, formatShare } from '../../lib/format';

const pollMs = 3_000;

/**
 * While the first import of the call history runs (tens of seconds on a fresh start), every page says so with its
 * progress, so a short call list reads as "still importing" rather than as the whole history. Lists refresh when it
 * ends.
 */
export default function ImportBanner() {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: ['sync', 'call-history'],
    queryFn: ({ signal }) => api('sync.callHistory', { signal }),
    refetchInterval: (query) => (query.state.data?.importing === false ? false : pollMs),
  });
  const importing = data?.importing === true;
  const wasImporting = useRef(false);
  useEffect(() => {
    if (wasImporting.current && !importing) void queryClient.invalidateQueries({ queryKey: ['calls'] });
    wasImporting.current = importing;
  }, [importing, queryClient]);

  if (!data?.importing) return null;
  const total = data.estimatedTotal === null ? '' : ` of ~${formatCount(data.estimatedTotal)}`;
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-info/30 bg-info/10 px-4 py-2 text-sm"
    >
      <History className="size-4 shrink-0 text-info" aria-hidden />
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">
          Importing call history: {formatCount(data.itemsSynced)}
          {total}
        </strong>{' '}
        <span className="text-muted-foreground">
          {data.progress === null ? '' : `(${formatShare(data.progress)}) `}Lists show calls as they arrive.
        </span>
      </p>
    </div>
  );
}
