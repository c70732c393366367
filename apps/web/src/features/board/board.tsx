import type { BoardResponse, LiveFigures, TileThresholds } from '@switchboard/contracts';
import type { BoardMetric } from '@switchboard/contracts/values';
import { Link } from '@tanstack/react-router';
import { Radio } from 'lucide-react';
import type { ReactNode } from 'react';
import { AvailabilityBadge, availabilityOrder } from '../../components/availability';
import { StateMessage } from '../../components/state-message';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { cn } from '../../lib/cn';
import { formatClockTime, formatCount, formatDuration } from '../../lib/format';
import type { BoardTab } from './board-search';
import {
  longestWait,
  secondsOrDash,
  shareOrDash,
  type Tone,
  toneLabels,
  toneOf,
  toneText,
  useNowSeconds,
} from './figures';

type AgentsByStatus = BoardResponse['floor']['agentsByStatus'];

const toneFrame: Record<Tone, string> = {
  normal: 'border-border',
  warn: 'border-warning bg-warning/10',
  alert: 'border-danger bg-danger/10',
};

/** One figure of the floor; past a threshold its frame and number take the threshold's colour, and say so. */
function Tile({ label, value, detail, tone }: { label: string; value: ReactNode; detail?: ReactNode; tone: Tone }) {
  return (
    <div className={cn('flex flex-col gap-1 rounded-lg border bg-card p-4', toneFrame[tone])} data-tone={tone}>
      <dt className="flex items-center gap-2 text-sm text-muted-foreground">
        {label}
        {toneLabels[tone] && (
          <span className={cn('text-xs font-semibold uppercase', toneText[tone])}>{toneLabels[tone]}</span>
        )}
      </dt>
      <dd className={cn('text-3xl font-semibold tabular-nums tracking-tight', toneText[tone])}>{value}</dd>
      {detail && <dd className="text-xs text-muted-foreground">{detail}</dd>}
    </div>
  );
}

export interface TileFigure {
  metric: BoardMetric;
  label: string;
  value: string;
  detail: string;
  tone: Tone;
}

/** The six figures a contact center watches, with their tones; the board and the wallboard show the same ones. */
export function tileFigures(
  figures: LiveFigures,
  settings: { thresholds: TileThresholds; serviceLevelSeconds: number },
  now: number,
): TileFigure[] {
  const wait = longestWait(figures, now);
  const outcomes = figures.answered + figures.unanswered;
  const tone = (metric: BoardMetric, value: number | null) => toneOf(metric, value, settings.thresholds);
  return [
    {
      metric: 'serviceLevel',
      label: 'Service level',
      value: shareOrDash(figures.serviceLevel),
      detail: `${formatCount(figures.answeredInTime)} of ${formatCount(outcomes)} answered within ${settings.serviceLevelSeconds} s`,
      tone: tone('serviceLevel', figures.serviceLevel),
    },
    {
      metric: 'asa',
      label: 'Average speed of answer',
      value: secondsOrDash(figures.asa),
      detail: `${formatCount(figures.answered)} answered`,
      tone: tone('asa', figures.asa),
    },
    {
      metric: 'aht',
      label: 'Average handle time',
      value: secondsOrDash(figures.aht),
      detail: 'Talk time plus wrap-up',
      tone: tone('aht', figures.aht),
    },
    {
      metric: 'abandonRate',
      label: 'Abandon rate',
      value: shareOrDash(figures.abandonRate),
      detail: `${formatCount(figures.abandoned)} of ${formatCount(outcomes)} hung up waiting`,
      tone: tone('abandonRate', figures.abandonRate),
    },
    {
      metric: 'waiting',
      label: 'Calls waiting',
      value: formatCount(figures.waiting),
      detail: `${formatCount(figures.inbound)} inbound, ${formatCount(figures.outbound)} outbound`,
      tone: tone('waiting', figures.waiting),
    },
    {
      metric: 'longestWait',
      label: 'Longest wait',
      value: formatDuration(wait),
      detail: figures.waiting === 0 ? 'Nobody waiting' : 'Ringing now',
      tone: tone('longestWait', wait),
    },
  ];
}

export function FloorTiles({
  board,
  thresholds,
}: {
  board: Pick<BoardResponse, 'floor' | 'serviceLevelSeconds'>;
  thresholds: TileThresholds;
}) {
  const now = useNowSeconds();
  const tiles = tileFigures(board.floor, { thresholds, serviceLevelSeconds: board.serviceLevelSeconds }, now);
  return (
    <section aria-label="Whole floor" className="flex flex-col gap-3">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        {tiles.map((tile) => (
          <Tile key={tile.metric} label={tile.label} value={tile.value} detail={tile.detail} tone={tile.tone} />
        ))}
      </dl>
      <div className="rounded-lg border border-border bg-card p-4 text-sm">
        <AgentsByStatusList agents={board.floor.agentsByStatus} />
      </div>
    </section>
  );
}

function AgentsByStatusList({ agents }: { agents: AgentsByStatus }) {
  const present = availabilityOrder.filter((status) => (agents[status] ?? 0) > 0);
  if (present.length === 0) return <span className="text-muted-foreground">No agents</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Agents by status">
      {present.map((status) => (
        <li key={status} className="inline-flex items-center gap-1">
          <AvailabilityBadge availability={status} />
          <span className="tabular-nums">{agents[status]}</span>
        </li>
      ))}
    </ul>
  );
}

/** A figure in a table: coloured past its threshold, with the threshold's word for screen readers. */
function FigureCell({ value, tone }: { value: string; tone: Tone }) {
  return (
    <TableCell className={cn('text-right tabular-nums', toneText[tone], tone !== 'normal' && 'font-semibold')}>
      {value}
      {toneLabels[tone] && <span className="sr-only"> ({toneLabels[tone]})</span>}
    </TableCell>
  );
}

const figureColumns = ['Service level', 'ASA', 'AHT', 'Abandon rate', 'Waiting', 'Longest wait'] as const;

function FigureCells({ figures, thresholds, now }: { figures: LiveFigures; thresholds: TileThresholds; now: number }) {
  const wait = longestWait(figures, now);
  const tone = (metric: BoardMetric, value: number | null) => toneOf(metric, value, thresholds);
  return (
    <>
      <FigureCell value={shareOrDash(figures.serviceLevel)} tone={tone('serviceLevel', figures.serviceLevel)} />
      <FigureCell value={secondsOrDash(figures.asa)} tone={tone('asa', figures.asa)} />
      <FigureCell value={secondsOrDash(figures.aht)} tone={tone('aht', figures.aht)} />
      <FigureCell value={shareOrDash(figures.abandonRate)} tone={tone('abandonRate', figures.abandonRate)} />
      <FigureCell value={formatCount(figures.waiting)} tone={tone('waiting', figures.waiting)} />
      <FigureCell value={formatDuration(wait)} tone={tone('longestWait', wait)} />
    </>
  );
}

function TeamsTable({ board, thresholds }: { board: BoardResponse; thresholds: TileThresholds }) {
  const now = useNowSeconds();
  if (board.teams.length === 0) return <EmptySection>No teams in Aircall yet.</EmptySection>;
  return (
    <Table aria-label="Per team">
      <TableHeader>
        <TableRow>
          <TableHead>Team</TableHead>
          <TableHead className="text-right">Inbound</TableHead>
          {figureColumns.map((column) => (
            <TableHead key={column} className="text-right">
              {column}
            </TableHead>
          ))}
          <TableHead>Agents</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {board.teams.map((row) => (
          <TableRow key={row.team.id}>
            <TableCell className="font-medium">{row.team.name}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(row.inbound)}</TableCell>
            <FigureCells figures={row} thresholds={thresholds} now={now} />
            <TableCell>
              <AgentsByStatusList agents={row.agentsByStatus} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function NumbersTable({ board, thresholds }: { board: BoardResponse; thresholds: TileThresholds }) {
  const now = useNowSeconds();
  if (board.numbers.length === 0) return <EmptySection>No calls on any number in this span.</EmptySection>;
  return (
    <Table aria-label="Per number">
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead className="text-right">Inbound</TableHead>
          <TableHead className="text-right">Outbound</TableHead>
          {figureColumns.map((column) => (
            <TableHead key={column} className="text-right">
              {column}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {board.numbers.map((row) => (
          <TableRow key={row.number.id}>
            <TableCell className="font-medium">{row.number.name}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(row.inbound)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(row.outbound)}</TableCell>
            <FigureCells figures={row} thresholds={thresholds} now={now} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AgentsTable({ board }: { board: BoardResponse }) {
  const now = useNowSeconds();
  if (board.agents.length === 0) return <EmptySection>No agents in this scope.</EmptySection>;
  return (
    <Table aria-label="Agents">
      <TableHeader>
        <TableRow>
          <TableHead>Agent</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Time in status</TableHead>
          <TableHead className="text-right">Handled today</TableHead>
          <TableHead>Live call</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {board.agents.map((agent) => (
          <TableRow key={agent.user.id}>
            <TableCell className="font-medium">
              <Link to="/users/$userId" params={{ userId: agent.user.id }} className="hover:underline">
                {agent.user.name}
              </Link>
            </TableCell>
            <TableCell>
              <AvailabilityBadge availability={agent.availability} />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {agent.availabilitySince === null ? (
                <span className="text-muted-foreground">—</span>
              ) : (
                <span title={`Since ${formatClockTime(agent.availabilitySince)}`}>
                  {formatDuration(now - agent.availabilitySince)}
                </span>
              )}
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(agent.handledToday)}</TableCell>
            <TableCell>
              {agent.liveCall ? (
                <Link
                  to="/calls/$callId"
                  params={{ callId: agent.liveCall.id }}
                  className="inline-flex gap-2 hover:underline"
                >
                  <span>
                    {agent.liveCall.direction === 'inbound' ? 'From' : 'To'} {agent.liveCall.contactName ?? 'a caller'}
                  </span>
                  <span className="tabular-nums text-muted-foreground">
                    {formatDuration(now - (agent.liveCall.answeredAt ?? agent.liveCall.startedAt))}
                  </span>
                </Link>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function EmptySection({ children }: { children: ReactNode }) {
  return <p className="p-4 text-sm text-muted-foreground">{children}</p>;
}

export function BoardSection({
  tab,
  board,
  thresholds,
}: {
  tab: BoardTab;
  board: BoardResponse;
  thresholds: TileThresholds;
}) {
  if (tab === 'agents') return <AgentsTable board={board} />;
  if (tab === 'numbers') return <NumbersTable board={board} thresholds={thresholds} />;
  return <TeamsTable board={board} thresholds={thresholds} />;
}

/** Nothing mirrored yet: no agent and no call. */
export function isEmptyBoard(board: BoardResponse): boolean {
  return board.agents.length === 0 && board.teams.length === 0 && board.floor.inbound + board.floor.outbound === 0;
}

export function EmptyBoard() {
  return (
    <StateMessage role="status" icon={<Radio />} title="Nothing to show yet">
      The board fills in as soon as calls and agents are synced from Aircall.
    </StateMessage>
  );
}

export function UpdatedAt({ at }: { at: number }) {
  return (
    <p className="inline-flex items-center gap-2 text-sm text-muted-foreground" aria-live="polite">
      <span aria-hidden className="size-2 animate-pulse rounded-full bg-success" />
      Live · updated {formatClockTime(at)}
    </p>
  );
}
