import type { BoardResponse, LiveFigures, TileThresholds } from '@switchboard/contracts';
import { Link } from '@tanstack/react-router';
import { Maximize } from 'lucide-react';
import { useEffect, useState } from 'react';
import { availabilityLabels, availabilityOrder } from '../../components/availability';
import { useClock } from '../../lib/clock';
import { cn } from '../../lib/cn';
import { formatClockTime, formatCount } from '../../lib/format';
import type { StreamStatus } from '../../lib/server-events';
import { tileFigures } from './board';
import { type Tone, toneLabels, useNowSeconds } from './figures';

/** How long each team stays on the wall. */
export const wallboardCycleMs = 15_000;

interface WallScreen {
  name: string;
  figures: LiveFigures & { agentsByStatus: BoardResponse['floor']['agentsByStatus'] };
}

/** Moves to the next of `count` screens every `wallboardCycleMs`; a single screen stays. */
function useCycle(count: number): number {
  const clock = useClock();
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (count <= 1) return;
    return clock.setTimeout(() => setIndex((current) => (current + 1) % count), wallboardCycleMs);
  }, [clock, count, index]);
  return count === 0 ? 0 : index % count;
}

const toneTile: Record<Tone, string> = {
  normal: 'border-border bg-card',
  warn: 'border-warning bg-warning/15',
  alert: 'border-danger bg-danger/15',
};
const toneValue: Record<Tone, string> = { normal: '', warn: 'text-warning', alert: 'text-danger' };

const statusLabels: Record<StreamStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

function ConnectionState({ status, at }: { status: StreamStatus; at: number }) {
  return (
    <div className="flex flex-col items-end gap-[0.5vh]" aria-live="polite">
      <p className="inline-flex items-center gap-[1vh] text-[3.2vh] font-semibold" data-status={status}>
        <span
          aria-hidden
          className={cn('size-[2.2vh] rounded-full', status === 'live' ? 'bg-success' : 'animate-pulse bg-warning')}
        />
        {statusLabels[status]}
      </p>
      <p className="text-[2.4vh] text-muted-foreground tabular-nums">Updated {formatClockTime(at)}</p>
    </div>
  );
}

/**
 * The board for a TV across the room: the floor's six figures, then each team's in turn, in type readable from five
 * metres, with whether the screen is live and when it last heard. No navigation: a skip link leads back.
 */
export function Wallboard({
  board,
  thresholds,
  status,
}: {
  board: BoardResponse;
  thresholds: TileThresholds;
  status: StreamStatus;
}) {
  const screens: WallScreen[] = [
    { name: 'Whole floor', figures: board.floor },
    ...board.teams.map((row) => ({ name: row.team.name, figures: row })),
  ];
  const index = useCycle(screens.length);
  const screen = screens[index] ?? screens[0];
  const now = useNowSeconds();
  if (!screen) return null;
  const tiles = tileFigures(screen.figures, { thresholds, serviceLevelSeconds: board.serviceLevelSeconds }, now);
  const agents = availabilityOrder.filter((each) => (screen.figures.agentsByStatus[each] ?? 0) > 0);

  return (
    <main className="flex h-dvh flex-col gap-[2.5vh] overflow-hidden bg-background p-[3vh] text-foreground">
      <Link
        to="/board"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Back to the board
      </Link>
      <header className="flex items-start justify-between gap-[3vh]">
        <div className="min-w-0">
          <h1 className="truncate text-[6.5vh] leading-tight font-bold tracking-tight">{screen.name}</h1>
          <p className="text-[2.8vh] text-muted-foreground">
            Today, in {board.timeZone}
            {screens.length > 1 && ` · ${index + 1} of ${screens.length}`}
          </p>
        </div>
        <ConnectionState status={status} at={board.at} />
      </header>
      <dl className="grid min-h-0 flex-1 grid-cols-3 grid-rows-2 gap-[2.5vh]">
        {tiles.map((tile) => (
          <div
            key={tile.metric}
            data-tone={tile.tone}
            className={cn(
              'flex min-h-0 flex-col justify-between rounded-[2vh] border-[0.5vh] p-[3vh]',
              toneTile[tile.tone],
            )}
          >
            <dt className="flex items-center justify-between gap-[2vh] text-[3.4vh] font-medium">
              {tile.label}
              {toneLabels[tile.tone] && (
                <span className={cn('text-[2.8vh] font-bold uppercase', toneValue[tile.tone])}>
                  {toneLabels[tile.tone]}
                </span>
              )}
            </dt>
            <dd className={cn('text-[12vh] leading-none font-bold tabular-nums tracking-tight', toneValue[tile.tone])}>
              {tile.value}
            </dd>
            <dd className="truncate text-[2.6vh] text-muted-foreground">{tile.detail}</dd>
          </div>
        ))}
      </dl>
      <footer className="flex items-center gap-[3vh] text-[3.2vh]">
        <h2 className="sr-only">Agents</h2>
        <ul className="flex flex-wrap gap-[3vh]" aria-label="Agents by status">
          {agents.length === 0 && <li className="text-muted-foreground">No agents</li>}
          {agents.map((each) => (
            <li key={each} className="tabular-nums">
              <span className="font-bold">{formatCount(screen.figures.agentsByStatus[each] ?? 0)}</span>{' '}
              <span className="text-muted-foreground">{availabilityLabels[each].toLocaleLowerCase()}</span>
            </li>
          ))}
        </ul>
        <FullScreenButton />
      </footer>
    </main>
  );
}

/** A TV's browser may not start full screen; the button goes away once it is. */
function FullScreenButton() {
  const [fullScreen, setFullScreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (fullScreen || !document.fullscreenEnabled) return null;
  return (
    <button
      type="button"
      onClick={() => void document.documentElement.requestFullscreen()}
      className="ml-auto inline-flex items-center gap-[1vh] rounded-md border border-border px-[2vh] py-[1vh] text-[2.4vh] text-muted-foreground hover:text-foreground"
    >
      <Maximize aria-hidden className="size-[2.6vh]" />
      Full screen
    </button>
  );
}
