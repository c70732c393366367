import type { AnalyticsQuery } from '@switchboard/contracts';
import { useSuspenseQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Section } from '../../components/page-header';
import { formatCount, formatDuration, formatHours, formatShare } from '../../lib/format';
import { analyticsQueries } from './analytics-queries';
import { AgentsTable, agentsCsv, ExportButton, TeamsTable, teamsCsv } from './analytics-tables';
import { missedReasonLabels } from './labels';
import {
  ChartFigure,
  MissedReasonsChart,
  OutcomesByDayChart,
  TalkTimeChart,
  VolumeByDayChart,
  VolumeByHourChart,
} from './lazy-charts';

function Figure({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 rounded-lg border border-border bg-card p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums tracking-tight">{value}</dd>
      {detail && <dd className="text-xs text-muted-foreground">{detail}</dd>}
    </div>
  );
}

const sum = <T,>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

/** Every figure of the report for one query: the route loader has fetched them all. */
export function AnalyticsReport({ query }: { query: AnalyticsQuery }) {
  const [{ data: volume }, { data: outcomes }, { data: agents }, { data: teams }, { data: talkTime }] =
    useSuspenseQueries({
      queries: [
        analyticsQueries.volume(query),
        analyticsQueries.outcomes(query),
        analyticsQueries.agents(query),
        analyticsQueries.teams(query),
        analyticsQueries.talkTime(query),
      ],
    });
  const inbound = sum(volume.byDay, (day) => day.inbound);
  const outbound = sum(volume.byDay, (day) => day.outbound);
  const busiestHour = volume.byHour.reduce(
    (best, hour) => (hour.inbound + hour.outbound > best.inbound + best.outbound ? hour : best),
    { hour: 0, inbound: 0, outbound: 0 },
  );
  const topReason = [...outcomes.missedReasons].sort((a, b) => b.count - a.count)[0];
  const answeredShare = outcomes.total === 0 ? 0 : outcomes.answered / outcomes.total;
  const period = `${query.from}-${query.to}`;

  return (
    <div className="flex flex-col gap-4">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6" aria-label="Totals">
        <Figure label="Inbound calls" value={formatCount(inbound)} />
        <Figure label="Outbound calls" value={formatCount(outbound)} />
        <Figure
          label="Answered"
          value={formatCount(outcomes.answered)}
          detail={`${formatShare(answeredShare)} of inbound`}
        />
        <Figure
          label="Missed"
          value={formatCount(outcomes.missed)}
          detail={`${formatCount(outcomes.voicemail)} voicemail · ${formatCount(outcomes.abandoned)} abandoned`}
        />
        <Figure
          label="Talk time"
          value={formatHours(talkTime.total)}
          detail={`longest call ${formatDuration(talkTime.longest)}`}
        />
        <Figure label="Average talk time" value={formatDuration(talkTime.average)} />
      </dl>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartFigure
          title="Calls by day"
          summary={`${inbound} inbound and ${outbound} outbound calls over ${volume.byDay.length} days.`}
        >
          <VolumeByDayChart data={volume.byDay} />
        </ChartFigure>
        <ChartFigure
          title="Calls by hour of day"
          summary={`Busiest hour: ${busiestHour.hour}:00, with ${busiestHour.inbound + busiestHour.outbound} calls.`}
        >
          <VolumeByHourChart data={volume.byHour} />
        </ChartFigure>
        <ChartFigure
          title="Answered vs missed (inbound)"
          summary={`${outcomes.answered} answered and ${outcomes.missed} missed of ${outcomes.total} inbound calls.`}
        >
          <OutcomesByDayChart data={outcomes.byDay} />
        </ChartFigure>
        <ChartFigure
          title="Why calls were missed"
          summary={
            topReason
              ? `Most often: ${missedReasonLabels[topReason.reason]} (${topReason.count} calls).`
              : 'No missed calls.'
          }
        >
          <MissedReasonsChart data={outcomes.missedReasons} />
        </ChartFigure>
        <ChartFigure
          title="Talk time by day"
          summary={`${formatHours(talkTime.total)} of talk time in all, ${formatDuration(talkTime.average)} per call on average.`}
        >
          <TalkTimeChart data={talkTime.byDay} />
        </ChartFigure>
      </div>

      <Section
        title="Per agent"
        actions={
          <ExportButton
            label="Export agents as CSV"
            fileName={`agents-${period}.csv`}
            rows={agentsCsv(agents.agents)}
          />
        }
      >
        <AgentsTable agents={agents.agents} />
      </Section>
      <Section
        title="Per team"
        actions={
          <ExportButton label="Export teams as CSV" fileName={`teams-${period}.csv`} rows={teamsCsv(teams.teams)} />
        }
      >
        <TeamsTable teams={teams.teams} />
      </Section>
    </div>
  );
}
