import {
  type Availability,
  availabilities,
  type BoardResponse,
  type MissedCallReason,
  missedCallReasons,
  type NamedRef,
} from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import type { BoardCalls, Performance } from '../../store';
import { availabilityOf, type Directory, loadDirectory } from '../users/directory-view';

type AnalyticsHandlers = Pick<
  HandlerMap,
  | 'analytics.volume'
  | 'analytics.outcomes'
  | 'analytics.agents'
  | 'analytics.teams'
  | 'analytics.talkTime'
  | 'analytics.board'
>;

const knownReasons: ReadonlySet<string> = new Set(missedCallReasons);
const isKnownReason = (row: { reason: string }): row is { reason: MissedCallReason; count: number } =>
  knownReasons.has(row.reason);

/** Figures without the callers' wait, which the contract gives per team only. */
const withoutWaitTime = ({ averageWaitTime: _, ...performance }: Performance) => performance;

function boardRow(team: NamedRef | null, calls: BoardCalls, agentsByStatus: Record<Availability, number>) {
  return {
    team,
    waiting: calls.waiting,
    longestWait: calls.longestWait,
    answeredToday: calls.answered,
    unansweredToday: calls.unanswered,
    unansweredShare: calls.inbound === 0 ? 0 : calls.unanswered / calls.inbound,
    outboundToday: calls.outbound,
    agentsByStatus,
  };
}

/** How many of these users are in each availability. */
function statusCounts(directory: Directory, userIds: number[]): Record<Availability, number> {
  const counts = Object.fromEntries(availabilities.map((status) => [status, 0])) as Record<Availability, number>;
  for (const userId of userIds) {
    const record = directory.usersById.get(userId);
    if (record) counts[availabilityOf(record)]++;
  }
  return counts;
}

/**
 * Analytics over the calls mirror: every figure is an SQL aggregate of the store (`store.analytics`), counted in
 * the query's time zone; names come from the mirror, else from the calls.
 */
export function analyticsHandlers(context: AppContext): AnalyticsHandlers {
  const { analytics } = context.store;

  return {
    'analytics.volume': async ({ query }) => analytics.volume(query),
    'analytics.talkTime': async ({ query }) => analytics.talkTime(query),

    'analytics.outcomes': async ({ query }) => {
      const outcomes = await analytics.outcomes(query);
      // A reason Aircall added since the contract was written is counted as missed, not listed.
      return { ...outcomes, missedReasons: outcomes.missedReasons.filter(isKnownReason) };
    },

    'analytics.agents': async ({ query }) => ({
      agents: (await analytics.perAgent(query)).map(({ userId, name, ...performance }) => ({
        user: { id: userId, name: name ?? `User ${userId}` },
        ...withoutWaitTime(performance),
      })),
    }),

    'analytics.teams': async ({ query }) => ({
      teams: (await analytics.perTeam(query)).map(({ teamId, name, ...performance }) => ({
        team: { id: teamId, name: name ?? `Team ${teamId}` },
        ...performance,
      })),
    }),

    /** Every mirrored team has a row, quiet ones included; an agent counts for every team they belong to. */
    'analytics.board': async ({ query }) => {
      const now = Math.floor(context.clock.now() / 1000);
      const [calls, directory] = await Promise.all([
        analytics.board({ now, timeZone: query.timeZone }),
        loadDirectory(context.store),
      ]);
      const callsByTeam = new Map(calls.perTeam.map((row) => [row.teamId, row]));
      const quiet = { inbound: 0, outbound: 0, answered: 0, unanswered: 0, waiting: 0, longestWait: 0 };
      const rows: BoardResponse['rows'] = [
        boardRow(
          null,
          calls.everyone,
          statusCounts(
            directory,
            directory.users.map(({ user }) => user.id),
          ),
        ),
        ...[...directory.teamsById.values()].map((team) =>
          boardRow(
            { id: team.id, name: team.name },
            callsByTeam.get(team.id) ?? quiet,
            statusCounts(directory, team.memberIds),
          ),
        ),
      ];
      return { at: now, rows };
    },
  };
}
