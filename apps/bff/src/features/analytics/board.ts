import type { Call } from '@switchboard/aircall';
import { type Availability, availabilities, type BoardResponse, type NamedRef } from '@switchboard/contracts';
import { deriveCallType } from '../../store';
import { availabilityOf, type Directory } from '../users/directory-view';

type BoardRow = BoardResponse['rows'][number];

function boardTally(team: NamedRef | null, now: number) {
  let waiting = 0;
  let longestWait = 0;
  let answered = 0;
  let unanswered = 0;
  let inbound = 0;
  let outbound = 0;
  return {
    add(call: Call) {
      if (call.direction === 'outbound') {
        outbound++;
        return;
      }
      inbound++;
      const type = deriveCallType(call);
      if (type === 'answered') answered++;
      else if (type !== null) unanswered++;
      else if (call.status === 'initial') {
        waiting++;
        longestWait = Math.max(longestWait, now - call.started_at);
      }
    },
    result(agentsByStatus: Record<Availability, number>): BoardRow {
      return {
        team,
        waiting,
        longestWait,
        answeredToday: answered,
        unansweredToday: unanswered,
        unansweredShare: inbound === 0 ? 0 : unanswered / inbound,
        outboundToday: outbound,
        agentsByStatus,
      };
    },
  };
}

/**
 * The live board: today's calls (from midnight in the supervisor's zone) and the agents' availability, for everyone
 * (team null) and per team. A call counts for every team it was routed to; an agent for every team they belong to.
 */
export function boardFigures(directory: Directory, now: number) {
  const everyone = boardTally(null, now);
  const perTeam = new Map(
    [...directory.teamsById.values()].map((team) => [
      team.id,
      { memberIds: team.memberIds, tally: boardTally({ id: team.id, name: team.name }, now) },
    ]),
  );
  const statusCounts = (userIds: number[]) => {
    const counts = Object.fromEntries(availabilities.map((status) => [status, 0])) as Record<Availability, number>;
    for (const userId of userIds) {
      const record = directory.usersById.get(userId);
      if (record) counts[availabilityOf(record)]++;
    }
    return counts;
  };

  return {
    add(call: Call) {
      everyone.add(call);
      for (const team of call.teams) perTeam.get(team.id)?.tally.add(call);
    },
    result(): BoardResponse {
      return {
        at: now,
        rows: [
          everyone.result(statusCounts(directory.users.map(({ user }) => user.id))),
          ...[...perTeam.values()].map(({ memberIds, tally }) => tally.result(statusCounts(memberIds))),
        ],
      };
    },
  };
}
