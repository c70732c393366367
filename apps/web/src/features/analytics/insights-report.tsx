import type { AnalyticsQuery, InsightAnalyticsResponse } from '@switchboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { Section } from '../../components/page-header';
import { Badge } from '../../components/ui/badge';
import { Skeleton } from '../../components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { describeError } from '../../lib/api-client';
import { formatCount, formatShare } from '../../lib/format';
import { analyticsQueries } from './analytics-queries';

type NegativeRow = { name: string; calls: number; negative: number; negativeShare: number };

/** Who had the most unhappy conversations: the share of an agent's or a team's analysed calls that were negative. */
function NegativeShareTable({ label, rows }: { label: string; rows: readonly NegativeRow[] }) {
  if (rows.length === 0) {
    return <p className="px-4 py-3 text-sm text-muted-foreground">No analysed calls in this range.</p>;
  }
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead className="text-right">Analysed calls</TableHead>
          <TableHead className="text-right">Negative</TableHead>
          <TableHead className="text-right">Negative share</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {[...rows]
          .sort((a, b) => b.negativeShare - a.negativeShare)
          .map((row) => (
            <TableRow key={row.name}>
              <TableCell className="font-medium">{row.name}</TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(row.calls)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(row.negative)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatShare(row.negativeShare)}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}

function TopTopics({ topics }: { topics: InsightAnalyticsResponse['topTopics'] }) {
  if (topics.length === 0) {
    return <p className="px-4 py-3 text-sm text-muted-foreground">No topics in this range.</p>;
  }
  return (
    <ol aria-label="Top topics" className="flex flex-wrap gap-2 px-4 py-3">
      {topics.map(({ topic, calls }) => (
        <li key={topic}>
          <Badge tone="info">
            {topic} · {formatCount(calls)}
          </Badge>
        </li>
      ))}
    </ol>
  );
}

/**
 * What the conversations were about and how they went (Aircall AI Assist): the range's most frequent topics, and the
 * share of negative conversations per agent and per team. Loads after the rest of the page.
 */
export function InsightsReport({ query }: { query: AnalyticsQuery }) {
  const { data, error, isPending } = useQuery(analyticsQueries.insights(query));
  if (isPending) return <Skeleton className="h-40 w-full" />;
  if (error) {
    return <p className="text-sm text-danger">Could not load the conversation insights: {describeError(error)}</p>;
  }
  return (
    <>
      <Section title="Top topics">
        <TopTopics topics={data.topTopics} />
      </Section>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <Section title="Negative conversations per agent">
          <NegativeShareTable
            label="Negative conversations per agent"
            rows={data.byAgent.map(({ agent, ...share }) => ({ name: agent.name, ...share }))}
          />
        </Section>
        <Section title="Negative conversations per team">
          <NegativeShareTable
            label="Negative conversations per team"
            rows={data.byTeam.map(({ team, ...share }) => ({ name: team.name, ...share }))}
          />
        </Section>
      </div>
    </>
  );
}
