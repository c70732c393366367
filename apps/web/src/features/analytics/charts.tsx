import type { OutcomesResponse, TalkTimeResponse, VolumeResponse } from '@switchboard/contracts';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatHours } from '../manage-ui/format';
import { missedReasonLabels } from './labels';

/*
 * recharts (~100 KB gzip) is only ever imported through `lazy-charts.tsx`, so it loads after the analytics page.
 * Colours are the theme's CSS variables: the charts follow light and dark without re-rendering. No animation: a
 * wall screen refreshes often, and a half-drawn chart misreads.
 */
const colours = {
  inbound: 'var(--info)',
  outbound: 'var(--primary)',
  answered: 'var(--success)',
  missed: 'var(--danger)',
  talk: 'var(--warning)',
};
const axis = { stroke: 'var(--border)', tick: { fill: 'var(--muted-foreground)', fontSize: 12 } };
const grid = <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />;
const tooltipStyle = {
  background: 'var(--background)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  color: 'var(--foreground)',
  fontSize: 12,
};
const tooltip = <Tooltip contentStyle={tooltipStyle} cursor={{ fill: 'var(--muted)' }} />;
const legend = <Legend wrapperStyle={{ fontSize: 12, color: 'var(--muted-foreground)' }} />;
const height = 240;

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
/** Days come as calendar dates (`2026-11-21`) in the query's time zone; they are shown as such, not shifted. */
const dayLabel = (date: string) => shortDate.format(new Date(`${date}T00:00:00Z`));

export function VolumeByDayChart({ data }: { data: VolumeResponse['byDay'] }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data}>
        {grid}
        <XAxis dataKey="date" tickFormatter={dayLabel} {...axis} />
        <YAxis allowDecimals={false} {...axis} width={40} />
        {tooltip}
        {legend}
        <Bar isAnimationActive={false} dataKey="inbound" name="Inbound" stackId="calls" fill={colours.inbound} />
        <Bar
          isAnimationActive={false}
          dataKey="outbound"
          name="Outbound"
          stackId="calls"
          fill={colours.outbound}
          radius={[3, 3, 0, 0]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function VolumeByHourChart({ data }: { data: VolumeResponse['byHour'] }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data}>
        {grid}
        <XAxis dataKey="hour" tickFormatter={(hour: number) => `${hour}h`} {...axis} />
        <YAxis allowDecimals={false} {...axis} width={40} />
        {tooltip}
        {legend}
        <Bar isAnimationActive={false} dataKey="inbound" name="Inbound" fill={colours.inbound} radius={[3, 3, 0, 0]} />
        <Bar
          isAnimationActive={false}
          dataKey="outbound"
          name="Outbound"
          fill={colours.outbound}
          radius={[3, 3, 0, 0]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function OutcomesByDayChart({ data }: { data: OutcomesResponse['byDay'] }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data}>
        {grid}
        <XAxis dataKey="date" tickFormatter={dayLabel} {...axis} />
        <YAxis allowDecimals={false} {...axis} width={40} />
        {tooltip}
        {legend}
        <Bar isAnimationActive={false} dataKey="answered" name="Answered" stackId="inbound" fill={colours.answered} />
        <Bar
          isAnimationActive={false}
          dataKey="missed"
          name="Missed"
          stackId="inbound"
          fill={colours.missed}
          radius={[3, 3, 0, 0]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function MissedReasonsChart({ data }: { data: OutcomesResponse['missedReasons'] }) {
  const rows = data.map(({ reason, count }) => ({ label: missedReasonLabels[reason], count }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ left: 16 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} {...axis} />
        <YAxis type="category" dataKey="label" width={150} {...axis} />
        {tooltip}
        <Bar
          isAnimationActive={false}
          dataKey="count"
          name="Missed calls"
          fill={colours.missed}
          radius={[0, 3, 3, 0]}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function TalkTimeChart({ data }: { data: TalkTimeResponse['byDay'] }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data.map(({ date, total }) => ({ date, hours: total / 3600 }))}>
        {grid}
        <XAxis dataKey="date" tickFormatter={dayLabel} {...axis} />
        <YAxis tickFormatter={(hours: number) => `${hours} h`} {...axis} width={48} />
        <Tooltip
          contentStyle={tooltipStyle}
          formatter={(hours) => formatHours(Math.round(Number(hours) * 3600))}
          labelFormatter={(date) => dayLabel(String(date))}
        />
        <Line
          isAnimationActive={false}
          dataKey="hours"
          name="Talk time"
          stroke={colours.talk}
          strokeWidth={2}
          type="monotone"
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
