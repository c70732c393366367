import type { AnalyticsQuery } from '@switchboard/contracts';
import { queryOptions } from '@tanstack/react-query';
import { api, loadContracts } from '../../lib/api-client';

const secondsPerDay = 86_400;

/** What the URL may hold; a missing range means the last 7 days (today included), in the reader's time zone. */
export async function parseAnalyticsSearch(search: Record<string, unknown>, nowMs: number): Promise<AnalyticsQuery> {
  const { analyticsSearchSchema } = await loadContracts();
  const { from, to, timeZone, ...filters } = analyticsSearchSchema.parse(search);
  const zone = search.timeZone === undefined ? Intl.DateTimeFormat().resolvedOptions().timeZone : timeZone;
  const defaults = lastDays(7, nowMs);
  return { ...filters, timeZone: zone, from: from ?? defaults.from, to: to ?? defaults.to };
}

/** Local midnight `days - 1` days ago to the end of today: whole days, so the same range keeps the same cache key. */
export function lastDays(days: number, nowMs: number): { from: number; to: number } {
  const end = new Date(nowMs);
  end.setHours(23, 59, 59, 0);
  const start = new Date(nowMs);
  start.setHours(0, 0, 0, 0);
  start.setDate(start.getDate() - (days - 1));
  return { from: Math.floor(start.getTime() / 1000), to: Math.floor(end.getTime() / 1000) };
}

export const rangeDays = ({ from, to }: { from: number; to: number }) => Math.round((to - from) / secondsPerDay);

const key = (report: string, query: AnalyticsQuery) => ['analytics', report, query] as const;

export const analyticsQueries = {
  volume: (query: AnalyticsQuery) =>
    queryOptions({
      queryKey: key('volume', query),
      queryFn: ({ signal }) => api('analytics.volume', { query, signal }),
    }),
  outcomes: (query: AnalyticsQuery) =>
    queryOptions({
      queryKey: key('outcomes', query),
      queryFn: ({ signal }) => api('analytics.outcomes', { query, signal }),
    }),
  agents: (query: AnalyticsQuery) =>
    queryOptions({
      queryKey: key('agents', query),
      queryFn: ({ signal }) => api('analytics.agents', { query, signal }),
    }),
  teams: (query: AnalyticsQuery) =>
    queryOptions({ queryKey: key('teams', query), queryFn: ({ signal }) => api('analytics.teams', { query, signal }) }),
  insights: (query: AnalyticsQuery) =>
    queryOptions({
      queryKey: key('insights', query),
      queryFn: ({ signal }) => api('analytics.insights', { query, signal }),
    }),
  talkTime: (query: AnalyticsQuery) =>
    queryOptions({
      queryKey: key('talkTime', query),
      queryFn: ({ signal }) => api('analytics.talkTime', { query, signal }),
    }),
};
