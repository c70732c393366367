import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { PhoneOff } from 'lucide-react';
import { PageHeader } from '../components/page-header';
import { StateMessage } from '../components/state-message';
import { Skeleton } from '../components/ui/skeleton';
import { useLiveCalls } from '../features/calls/call-mutations';
import { liveCallsQuery } from '../features/calls/calls-query';
import { LiveCallList } from '../features/calls/live-calls';
import { cardContext } from '../features/insight-cards/card-lines';
import { InsightCardComposer } from '../features/insight-cards/insight-card-composer';
import { RouteError } from '../features/shell/route-error';
import { TransferDialog } from '../features/transfer/transfer-dialog';
import { useClock } from '../lib/clock';

export const Route = createFileRoute('/live')({
  loader: ({ context }) => context.queryClient.ensureQueryData(liveCallsQuery(context.clock.now())),
  component: LivePage,
  pendingComponent: () => (
    <div role="status" aria-label="Loading live calls" className="flex flex-col gap-2 p-4">
      <Skeleton className="h-16 w-full" />
      <Skeleton className="h-16 w-full" />
    </div>
  ),
  errorComponent: RouteError,
});

function LivePage() {
  const clock = useClock();
  const { data: calls } = useSuspenseQuery(liveCallsQuery(clock.now()));
  useLiveCalls();
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <PageHeader
        title="Live calls"
        description={
          <span aria-live="polite">{calls.length === 0 ? 'None right now' : `${calls.length} ringing or ongoing`}</span>
        }
      />
      <div className="px-4 pb-4">
        {calls.length === 0 ? (
          <StateMessage role="status" icon={<PhoneOff />} title="No live calls">
            Calls appear here the moment they ring, and leave when they end.
          </StateMessage>
        ) : (
          <LiveCallList
            calls={calls}
            actions={(call) => (
              <>
                <TransferDialog call={call} />
                <InsightCardComposer
                  callId={call.id}
                  context={cardContext({ ...call, contactName: call.contact?.name })}
                />
              </>
            )}
          />
        )}
      </div>
    </div>
  );
}
