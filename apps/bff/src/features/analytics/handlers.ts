import {
  type Availability,
  availabilities,
  type BoardSpan,
  type MissedCallReason,
  missedCallReasons,
} from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { type AnalyticsQuery, noLiveFigures, type Performance } from '../../store';
import { companySettings } from '../company/settings';
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

const spanSeconds: Record<Exclude<BoardSpan, 'today'>, number> = { '15m': 15 * 60, '1h': 60 * 60 };

/** How many of these users are in each availability. */
function statusCounts(directory: Directory, userIds: Iterable<number>): Record<Availability, number> {
  const counts = Object.fromEntries(availabilities.map((status) => [status, 0])) as Record<Availability, number>;
  for (const userId of userIds) {
    const record = directory.usersById.get(userId);
    if (record) counts[availabilityOf(record)]++;
  }
  return counts;
}

/**
 * Analytics over the calls mirror: every figure is an SQL aggregate of the store (`store.analytics`), counted in
 * the query's time zone, else the company's; names come from the mirror, else from the calls.
 */
export function analyticsHandlers(context: AppContext): AnalyticsHandlers {
  const { analytics } = context.store;
  const inCompanyZone = async <Q extends Omit<AnalyticsQuery, 'timeZone'> & { timeZone?: string }>(query: Q) => ({
    ...query,
    timeZone: query.timeZone ?? (await companySettings(context.store)).timeZone,
  });

  return {
    'analytics.volume': async ({ query }) => analytics.volume(await inCompanyZone(query)),
    'analytics.talkTime': async ({ query }) => analytics.talkTime(await inCompanyZone(query)),

    'analytics.outcomes': async ({ query }) => {
      const outcomes = await analytics.outcomes(await inCompanyZone(query));
      // A reason Aircall added since the contract was written is counted as missed, not listed.
      return { ...outcomes, missedReasons: outcomes.missedReasons.filter(isKnownReason) };
    },

    'analytics.agents': async ({ query }) => ({
      agents: (await analytics.perAgent(await inCompanyZone(query))).map(({ userId, name, ...performance }) => ({
        user: { id: userId, name: name ?? `User ${userId}` },
        ...withoutWaitTime(performance),
      })),
    }),

    'analytics.teams': async ({ query }) => ({
      teams: (await analytics.perTeam(await inCompanyZone(query))).map(({ teamId, name, ...performance }) => ({
        team: { id: teamId, name: name ?? `Team ${teamId}` },
        ...performance,
      })),
    }),

    /**
     * Every mirrored team has a row, quiet ones included (a team filter keeps only it); numbers with calls in the
     * span; every agent of the scope (a team's members, a number's users) with their status and calls.
     */
    'analytics.board': async ({ query }) => {
      const now = Math.floor(context.clock.now() / 1000);
      const [company, directory] = await Promise.all([companySettings(context.store), loadDirectory(context.store)]);
      const midnight = await analytics.startOfDay(now, company.timeZone);
      const from = query.span === 'today' ? midnight : now - spanSeconds[query.span];
      const [live, agentCalls] = await Promise.all([
        analytics.live({
          from,
          now,
          serviceLevelSeconds: company.serviceLevelSeconds,
          excludeShortAbandons: company.excludeShortAbandons,
          teamId: query.teamId,
          numberId: query.numberId,
        }),
        analytics.agents({ since: midnight, now }),
      ]);

      const inScope = (userId: number) =>
        (query.teamId === undefined || directory.teamsById.get(query.teamId)?.memberIds.includes(userId)) &&
        (query.numberId === undefined || directory.numberIdsOf(userId).includes(query.numberId));
      const agents = directory.users.filter(({ user }) => inScope(user.id));
      const callsByAgent = new Map(agentCalls.map((row) => [row.userId, row]));
      const figuresByTeam = new Map(live.perTeam.map(({ teamId, ...figures }) => [teamId, figures]));
      const teams = [...directory.teamsById.values()].filter(
        (team) => query.teamId === undefined || team.id === query.teamId,
      );

      return {
        at: now,
        from,
        timeZone: company.timeZone,
        serviceLevelSeconds: company.serviceLevelSeconds,
        excludeShortAbandons: company.excludeShortAbandons,
        floor: {
          ...live.everyone,
          agentsByStatus: statusCounts(
            directory,
            agents.map(({ user }) => user.id),
          ),
        },
        teams: teams.map((team) => ({
          team: { id: team.id, name: team.name },
          ...(figuresByTeam.get(team.id) ?? noLiveFigures),
          agentsByStatus: statusCounts(directory, team.memberIds.filter(inScope)),
        })),
        numbers: live.perNumber.map(({ numberId, ...figures }) => ({
          number: { id: numberId, name: directory.numbersById.get(numberId)?.name ?? `Number ${numberId}` },
          ...figures,
        })),
        agents: agents.map((record) => {
          const calls = callsByAgent.get(record.user.id);
          const user = directory.toUser(record);
          return {
            user: { id: user.id, name: user.name },
            availability: user.availability,
            availabilitySince: user.availabilitySince,
            handledToday: calls?.handled ?? 0,
            liveCall: calls?.liveCall ?? null,
            teamIds: user.teamIds,
          };
        }),
      };
    },
  };
}
