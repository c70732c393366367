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
import { formatHours } from '../../lib/format';
import { missedReasonLabels } from './labels';

/*
 * recharts (~100 KB gzip) is only ever imported through `lazy-charts.tsx`, so it loads after the analytics page.
 * Colours are the theme's CSS variables: the charts follow light and dark without re-rendering. No animation: a
 * wall screen refreshes often, and a half-drawn chart misreads. No keyboard layer: the drawing is hidden from
 * assistive technology (its figure's summary and the tables give the figures), so it must not take focus either.
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
const dayLabel = (date: string | number) => shortDate.format(new Date(`${date}T00:00:00Z`));

interface Series {
  key: string;
  name: string;
  colour: string;
}

/** Counts per day or per hour, two series side by side or stacked (the top bar gets the rounded corners). */
function CountBars({
  data,
  xKey,
  xLabel,
  series,
  stacked,
}: {
  data: readonly object[];
  xKey: string;
  xLabel: (value: string | number) => string;
  series: readonly [Series, Series];
  stacked: boolean;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...data]} accessibilityLayer={false}>
        {grid}
        <XAxis dataKey={xKey} tickFormatter={xLabel} {...axis} />
        <YAxis allowDecimals={false} {...axis} width={40} />
        {tooltip}
        {legend}
        {series.map(({ key, name, colour }, index) => (
          <Bar
            key={key}
            isAnimationActive={false}
            dataKey={key}
            name={name}
            fill={colour}
            {...(stacked ? { stackId: 'stack' } : {})}
            {...(!stacked || index === series.length - 1
              ? { radius: [3, 3, 0, 0] as [number, number, number, number] }
              : {})}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

const directions = [
  { key: 'inbound', name: 'Inbound', colour: colours.inbound },
  { key: 'outbound', name: 'Outbound', colour: colours.outbound },
] as const;

export function VolumeByDayChart({ data }: { data: VolumeResponse['byDay'] }) {
  return <CountBars data={data} xKey="date" xLabel={dayLabel} series={directions} stacked />;
}

export function VolumeByHourChart({ data }: { data: VolumeResponse['byHour'] }) {
  return <CountBars data={data} xKey="hour" xLabel={(hour) => `${hour}h`} series={directions} stacked={false} />;
}

export function OutcomesByDayChart({ data }: { data: OutcomesResponse['byDay'] }) {
  const outcomes = [
    { key: 'answered', name: 'Answered', colour: colours.answered },
    { key: 'missed', name: 'Missed', colour: colours.missed },
  ] as const;
  return <CountBars data={data} xKey="date" xLabel={dayLabel} series={outcomes} stacked />;
}

export function MissedReasonsChart({ data }: { data: OutcomesResponse['missedReasons'] }) {
  const rows = data.map(({ reason, count }) => ({ label: missedReasonLabels[reason], count }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ left: 16 }} accessibilityLayer={false}>
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
      <LineChart data={data.map(({ date, total }) => ({ date, hours: total / 3600 }))} accessibilityLayer={false}>
        {grid}
        <XAxis dataKey="date" tickFormatter={dayLabel} {...axis} />
        {/* Wide enough for "0.75 h" on one line. */}
        <YAxis tickFormatter={(hours: number) => `${hours} h`} {...axis} width={56} />
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
