import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, Link, notFound } from '@tanstack/react-router';
import { ArrowLeft } from 'lucide-react';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { useLiveCalls } from '../../features/calls/call-mutations';
import { CallStatusBadge } from '../../features/calls/call-status';
import { callQuery } from '../../features/calls/calls-query';
import { ArchiveButton, RecordingButton } from '../../features/calls/detail/call-actions';
import { CallComments } from '../../features/calls/detail/call-comments';
import { CallFacts, CallTimeline } from '../../features/calls/detail/call-facts';
import { CallMedia, type SeekRequest } from '../../features/calls/detail/call-media';
import { CallTags } from '../../features/calls/detail/call-tags';
import { ContactPanel } from '../../features/contacts/contact-panel';
import { cardContext } from '../../features/insight-cards/card-lines';
import { CallInsightsOverview, CallTranscript, useHasTranscript } from '../../features/insights/call-insights';
import { callInsightsQuery } from '../../features/insights/insights-query';
import { RouteError } from '../../features/shell/route-error';
import { tagsQuery } from '../../lib/directory-queries';

// Live actions only show on ringing or ongoing calls: their dialogs load with them, not with every call page.
const TransferDialog = lazy(() =>
  import('../../features/transfer/transfer-dialog').then((m) => ({ default: m.TransferDialog })),
);
const InsightCardComposer = lazy(() =>
  import('../../features/insight-cards/insight-card-composer').then((m) => ({ default: m.InsightCardComposer })),
);

interface CallPageSearch {
  /** `comment`: the list's `c` shortcut opens the page with the comment box focused. */
  focus?: 'comment' | undefined;
}

export const Route = createFileRoute('/calls/$callId')({
  params: {
    parse: ({ callId }) => {
      const id = Number(callId);
      if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
      return { callId: id };
    },
    stringify: ({ callId }) => ({ callId: String(callId) }),
  },
  validateSearch: (search: Record<string, unknown>): CallPageSearch => ({
    focus: search.focus === 'comment' ? 'comment' : undefined,
  }),
  loader: ({ context, params }) =>
    Promise.all([
      context.queryClient.ensureQueryData(callQuery(params.callId)),
      context.queryClient.prefetchQuery(tagsQuery()),
      context.queryClient.prefetchQuery(callInsightsQuery(params.callId)),
    ]),
  component: CallPage,
  pendingComponent: CallPending,
  errorComponent: RouteError,
});

function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-label={title} className={`rounded-xl border border-border p-4 ${className ?? ''}`}>
      <h2 className="mb-3 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function CallPage() {
  const { callId } = Route.useParams();
  const focus = Route.useSearch({ select: (search) => search.focus });
  const { data: call } = useSuspenseQuery(callQuery(callId));
  const tags = useQuery(tagsQuery()).data?.tags ?? [];
  useLiveCalls();
  const caller = call.contact?.displayName ?? call.rawDigits ?? 'Unknown number';
  const hasTranscript = useHasTranscript(callId);
  const [seek, setSeek] = useState<SeekRequest | null>(null);

  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 p-4">
        <Link to="/calls" className="flex items-center gap-1 self-start text-sm text-muted-foreground hover:underline">
          <ArrowLeft className="size-4" aria-hidden /> All calls
        </Link>
        <header className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold tracking-tight">{caller}</h1>
          <CallStatusBadge call={call} />
          <div className="ml-auto flex flex-wrap gap-2">
            {call.live && (
              <Suspense>
                <TransferDialog call={call} />
                <InsightCardComposer
                  callId={call.id}
                  context={cardContext({ ...call, contactName: call.contact?.displayName })}
                />
                {call.hasRecording && <RecordingButton call={call} />}
              </Suspense>
            )}
            <ArchiveButton call={call} />
          </div>
        </header>
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <div className="flex min-w-0 flex-col gap-4">
            <Section title="Insights">
              <CallInsightsOverview callId={call.id} caller={caller} />
            </Section>
            <Section title="Details">
              <CallFacts call={call} />
            </Section>
            <Section title="Tags">
              <CallTags call={call} tags={tags} />
            </Section>
            <Section title="Comments">
              <CallComments call={call} autoFocus={focus === 'comment'} />
            </Section>
            {hasTranscript && (
              <Section title="Transcript">
                <CallTranscript
                  callId={call.id}
                  caller={caller}
                  onSeek={call.hasRecording ? (seconds) => setSeek({ seconds, id: Date.now() }) : undefined}
                />
              </Section>
            )}
          </div>
          <div className="flex min-w-0 flex-col gap-4">
            <Section title="Contact">
              <ContactPanel contact={call.contact} callerNumber={call.rawDigits} />
            </Section>
            <Section title="Recording and voicemail">
              <CallMedia call={call} seek={seek} />
            </Section>
            <Section title="Timeline">
              <CallTimeline call={call} />
            </Section>
          </div>
        </div>
      </div>
    </div>
  );
}

function CallPending() {
  return (
    <div role="status" aria-label="Loading call" className="mx-auto flex w-full max-w-6xl flex-col gap-4 p-4">
      <Skeleton className="h-7 w-64" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
