import type { CallInsights, Sentiment, Utterance } from '@switchboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { HighlightedText } from '../../components/highlighted-text';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/skeleton';
import { describeError } from '../../lib/api-client';
import { formatDuration } from '../../lib/format';
import { callInsightsQuery } from './insights-query';

const sentimentTone: Record<Sentiment, BadgeTone> = { positive: 'success', neutral: 'neutral', negative: 'danger' };
const sentimentLabel: Record<Sentiment, string> = { positive: 'Positive', neutral: 'Neutral', negative: 'Negative' };

const speakerName = (utterance: Pick<Utterance, 'speaker' | 'agent'>, caller: string) =>
  utterance.speaker === 'agent' ? (utterance.agent?.name ?? 'Agent') : caller;

function useCallInsights(callId: number) {
  return useQuery(callInsightsQuery(callId));
}

/** Summary, sentiment, topics and action items: what Aircall AI Assist made of the conversation. */
export function CallInsightsOverview({ callId, caller }: { callId: number; caller: string }) {
  const { data, error, isPending } = useCallInsights(callId);
  if (isPending) return <Skeleton className="h-20 w-full" />;
  if (error) return <p className="text-sm text-danger">Could not load the insights: {describeError(error)}</p>;
  if (data.status !== 'available') {
    return <p className="text-sm text-muted-foreground">{data.message}</p>;
  }
  return (
    <div className="flex flex-col gap-3 text-sm">
      {data.summary !== null && <p className="leading-relaxed">{data.summary}</p>}
      <SentimentLine sentiment={data.sentiment} caller={caller} />
      {data.topics && data.topics.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="text-muted-foreground">Topics</span>
          <ul className="contents">
            {data.topics.map((topic) => (
              <li key={topic}>
                <Badge tone="info">{topic}</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.actionItems && data.actionItems.length > 0 && (
        <div>
          <h3 className="mb-1 text-muted-foreground">Action items</h3>
          <ul className="list-disc space-y-0.5 pl-5">
            {data.actionItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function SentimentLine({ sentiment, caller }: { sentiment: CallInsights['sentiment']; caller: string }) {
  if (!sentiment?.overall) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <span className="text-muted-foreground">Sentiment</span>
      <Badge tone={sentimentTone[sentiment.overall]}>{sentimentLabel[sentiment.overall]}</Badge>
      {sentiment.participants.map((participant) => (
        <span key={`${participant.speaker}-${participant.agent?.id ?? 0}`} className="text-xs text-muted-foreground">
          {speakerName(participant, caller)}: {sentimentLabel[participant.sentiment].toLowerCase()}
        </span>
      ))}
    </div>
  );
}

/** Case-insensitive occurrences of `needle` in `text`, as highlight ranges. */
function occurrences(text: string, needle: string) {
  const ranges: { start: number; end: number }[] = [];
  if (!needle) return ranges;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    ranges.push({ start: at, end: at + needle.length });
  }
  return ranges;
}

/**
 * The conversation line by line (speaker, time in the recording, text), with a search inside it; choosing a line
 * asks the recording player to play from there.
 */
export function CallTranscript({
  callId,
  caller,
  onSeek,
}: {
  callId: number;
  caller: string;
  /** Seconds from the start of the recording. */
  onSeek?: (seconds: number) => void;
}) {
  const { data } = useCallInsights(callId);
  const [find, setFind] = useState('');
  const needle = find.trim().toLowerCase();
  const utterances = data?.transcript?.utterances ?? [];
  const shown = useMemo(
    () =>
      utterances
        .map((utterance, index) => ({ utterance, index, highlights: occurrences(utterance.text, needle) }))
        .filter((line) => !needle || line.highlights.length > 0),
    [utterances, needle],
  );
  if (!data?.transcript) return null;
  return (
    <div className="flex flex-col gap-3">
      <Input
        type="search"
        value={find}
        onChange={(event) => setFind(event.target.value)}
        placeholder="Find in the transcript"
        aria-label="Find in the transcript"
        className="max-w-sm"
      />
      {needle && (
        <p className="text-xs text-muted-foreground" aria-live="polite">
          {shown.length === 0 ? 'No line says that.' : `${shown.length} of ${utterances.length} lines`}
        </p>
      )}
      <ol className="flex flex-col gap-1" aria-label="Transcript">
        {shown.map(({ utterance, index, highlights }) => {
          const seconds = Math.floor(utterance.offsetMs / 1000);
          const agent = utterance.speaker === 'agent';
          return (
            <li key={index}>
              <button
                type="button"
                disabled={!onSeek}
                onClick={() => onSeek?.(utterance.offsetMs / 1000)}
                aria-label={`Play from ${formatDuration(seconds)}: ${speakerName(utterance, caller)}, ${utterance.text}`}
                className="grid w-full grid-cols-[3.5rem_minmax(0,1fr)] gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring enabled:cursor-pointer"
              >
                <span className="pt-0.5 text-xs tabular-nums text-muted-foreground">{formatDuration(seconds)}</span>
                <span>
                  <span className={`block text-xs font-medium ${agent ? 'text-primary' : 'text-foreground'}`}>
                    {speakerName(utterance, caller)}
                  </span>
                  <HighlightedText snippet={{ text: utterance.text, highlights }} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Whether the call has a transcript to show (the page then gives it a section). */
export function useHasTranscript(callId: number): boolean {
  return Boolean(useCallInsights(callId).data?.transcript);
}
