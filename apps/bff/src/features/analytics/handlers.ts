import type { Call } from '@switchboard/aircall';
import type { AnalyticsQuery } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import type { Store } from '../../store';
import { loadDirectory } from '../users/directory-view';
import { boardFigures } from './board';
import { type ZonedCalendar, zonedCalendar } from './calendar';
import {
  type Figures,
  outcomeFigures,
  type Performance,
  performanceFigures,
  talkTimeFigures,
  volumeFigures,
} from './figures';

/** Calls read from the mirror per round trip: a range of any length is aggregated a page at a time. */
const pageSize = 1000;

/** The mirrored calls started in the range (filters applied by the store's indexed list query), oldest first. */
async function* callsIn(
  store: Store,
  range: { from: number; to: number; direction?: Call['direction']; teamId?: number },
): AsyncGenerator<Call> {
  let cursor: string | undefined;
  do {
    const page = await store.calls.list({
      from: range.from,
      to: range.to,
      direction: range.direction,
      teamIds: range.teamId === undefined ? undefined : [range.teamId],
      sort: 'started_at',
      order: 'asc',
      perPage: pageSize,
      cursor,
      withTotal: false,
    });
    yield* page.calls;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const withoutWaitTime = ({ averageWaitTime: _, ...performance }: Performance) => performance;

type AnalyticsHandlers = Pick<
  HandlerMap,
  | 'analytics.volume'
  | 'analytics.outcomes'
  | 'analytics.agents'
  | 'analytics.teams'
  | 'analytics.talkTime'
  | 'analytics.board'
>;

/**
 * Analytics over the calls mirror. The store's `analytics` queries take neither the team nor the direction filter
 * and lack talk time, wait time, outcomes by day and the board, so the figures are computed here in one pass over
 * the store's indexed (and filtered) list of the range.
 */
export function analyticsHandlers(context: AppContext): AnalyticsHandlers {
  const { store, clock } = context;

  async function compute<Result>(query: AnalyticsQuery, figures: Figures<Result>): Promise<Result> {
    for await (const call of callsIn(store, query)) figures.add(call);
    return figures.result();
  }

  /** Figures that count per calendar day of the range, in the query's time zone. */
  async function computeByDay<Result>(
    query: AnalyticsQuery,
    figuresOf: (calendar: ZonedCalendar, days: string[]) => Figures<Result>,
  ): Promise<Result> {
    const calendar = zonedCalendar(query.timeZone);
    return compute(query, figuresOf(calendar, calendar.daysBetween(query.from, query.to)));
  }

  return {
    'analytics.volume': async ({ query }) => computeByDay(query, volumeFigures),
    'analytics.outcomes': async ({ query }) => computeByDay(query, outcomeFigures),
    'analytics.talkTime': async ({ query }) => computeByDay(query, talkTimeFigures),

    'analytics.agents': async ({ query }) => {
      const directory = await loadDirectory(store);
      const rows = await compute(
        query,
        performanceFigures((call) =>
          call.user
            ? [{ id: call.user.id, name: directory.usersById.get(call.user.id)?.user.name ?? call.user.name }]
            : [],
        ),
      );
      return { agents: rows.map(({ ref, performance }) => ({ user: ref, ...withoutWaitTime(performance) })) };
    },

    'analytics.teams': async ({ query }) => {
      const directory = await loadDirectory(store);
      const rows = await compute(
        query,
        performanceFigures((call) =>
          call.teams
            // A call routed to several teams counts for each; with a team filter, only that team's row is wanted.
            .filter((team) => query.teamId === undefined || team.id === query.teamId)
            .map((team) => ({ id: team.id, name: directory.teamsById.get(team.id)?.name ?? team.name })),
        ),
      );
      return { teams: rows.map(({ ref, performance }) => ({ team: ref, ...performance })) };
    },

    'analytics.board': async ({ query }) => {
      const now = Math.floor(clock.now() / 1000);
      const from = zonedCalendar(query.timeZone).startOfDay(now);
      const figures = boardFigures(await loadDirectory(store), now);
      for await (const call of callsIn(store, { from, to: now })) figures.add(call);
      return figures.result();
    },
  };
}
