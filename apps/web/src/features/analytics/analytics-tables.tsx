import type { agentAnalyticsResponseSchema, teamAnalyticsResponseSchema } from '@switchboard/contracts';
import { Download } from 'lucide-react';
import type { z } from 'zod';
import { Button } from '../../components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { downloadCsv, toCsv } from '../../lib/csv';
import { formatDuration, formatHours } from '../../lib/format';

export type AgentRow = z.infer<typeof agentAnalyticsResponseSchema>['agents'][number];
export type TeamRow = z.infer<typeof teamAnalyticsResponseSchema>['teams'][number];
type Performance = Omit<AgentRow, 'user'>;

/** The columns both tables share, with how each reads on screen. */
const count = { format: String, csvSuffix: '' };
const duration = { format: formatDuration, csvSuffix: '_seconds' };
const totalDuration = { format: formatHours, csvSuffix: '_seconds' };
const performanceColumns: {
  key: keyof Performance;
  label: string;
  format: (value: number) => string;
  csvSuffix: string;
}[] = [
  { key: 'inbound', label: 'Inbound', ...count },
  { key: 'outbound', label: 'Outbound', ...count },
  { key: 'answered', label: 'Answered', ...count },
  { key: 'missed', label: 'Missed', ...count },
  { key: 'talkTime', label: 'Talk time', ...totalDuration },
  { key: 'averageTalkTime', label: 'Average talk', ...duration },
];

export function ExportButton({
  label,
  fileName,
  rows,
}: {
  label: string;
  fileName: string;
  rows: (string | number)[][];
}) {
  return (
    <Button size="sm" onClick={() => downloadCsv(fileName, toCsv(rows))}>
      <Download aria-hidden />
      {label}
    </Button>
  );
}

function PerformanceTable<Row extends Performance>({
  label,
  rows,
  nameOf,
  extra,
}: {
  label: string;
  rows: readonly Row[];
  nameOf: (row: Row) => string;
  extra?: { label: string; value: (row: Row) => string };
}) {
  if (rows.length === 0) return <p className="p-4 text-sm text-muted-foreground">No calls in this period.</p>;
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          {performanceColumns.map((column) => (
            <TableHead key={column.key} className="text-right">
              {column.label}
            </TableHead>
          ))}
          {extra && <TableHead className="text-right">{extra.label}</TableHead>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={nameOf(row)}>
            <TableCell className="font-medium">{nameOf(row)}</TableCell>
            {performanceColumns.map((column) => (
              <TableCell key={column.key} className="text-right tabular-nums">
                {column.format(row[column.key])}
              </TableCell>
            ))}
            {extra && <TableCell className="text-right tabular-nums">{extra.value(row)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** CSV rows: durations stay in seconds, which spreadsheets sum. */
function performanceCsv<Row extends Performance>(
  rows: readonly Row[],
  nameOf: (row: Row) => string,
  extra?: keyof Row,
) {
  const header = ['name', ...performanceColumns.map((column) => `${column.key}${column.csvSuffix}`)];
  return [
    extra ? [...header, `${String(extra)}_seconds`] : header,
    ...rows.map((row) => [
      nameOf(row),
      ...performanceColumns.map((column) => row[column.key]),
      ...(extra ? [row[extra] as number] : []),
    ]),
  ];
}

export function AgentsTable({ agents }: { agents: readonly AgentRow[] }) {
  return <PerformanceTable label="Per agent" rows={agents} nameOf={(row) => row.user.name} />;
}

export function agentsCsv(agents: readonly AgentRow[]) {
  return performanceCsv(agents, (row) => row.user.name);
}

export function TeamsTable({ teams }: { teams: readonly TeamRow[] }) {
  return (
    <PerformanceTable
      label="Per team"
      rows={teams}
      nameOf={(row) => row.team.name}
      extra={{ label: 'Average wait', value: (row) => formatDuration(row.averageWaitTime) }}
    />
  );
}

export function teamsCsv(teams: readonly TeamRow[]) {
  return performanceCsv(teams, (row) => row.team.name, 'averageWaitTime');
}
