import type { InsightAnalyticsResponse } from '@switchboard/contracts';
import type { FeatureHandlers } from '../../context';
import { callNotFound } from '../calls/mirror';
import { callInsightsView } from './service';

/** A call's conversation intelligence, and its figures across calls; both read the mirror only. */
export const insightHandlers: FeatureHandlers = (context) => ({
  'calls.insights': async ({ params }) => {
    const call = await context.store.calls.get(params.callId);
    if (!call) throw callNotFound(params.callId);
    return { insights: await callInsightsView(context, call) };
  },

  'analytics.insights': async ({ query }): Promise<InsightAnalyticsResponse> => {
    const figures = await context.store.insights.analytics(query);
    const [users, teams] = await Promise.all([context.store.users.list(), context.store.teams.list()]);
    const userNames = new Map(users.map((record) => [record.user.id, record.user.name]));
    const teamNames = new Map(teams.map((record) => [record.team.id as number, String(record.team.name)]));
    const share = (row: { calls: number; negative: number }) => ({
      calls: row.calls,
      negative: row.negative,
      negativeShare: row.calls === 0 ? 0 : row.negative / row.calls,
    });
    return {
      topTopics: figures.topTopics,
      byAgent: figures.byAgent.map((row) => ({
        agent: { id: row.userId, name: userNames.get(row.userId) ?? `User ${row.userId}` },
        ...share(row),
      })),
      byTeam: figures.byTeam.map((row) => ({
        team: { id: row.teamId, name: teamNames.get(row.teamId) ?? `Team ${row.teamId}` },
        ...share(row),
      })),
    };
  },
});
