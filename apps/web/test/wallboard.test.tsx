import type { BoardResponse } from '@switchboard/contracts';
import { act, screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectEventSource, EventSourceLike } from '../src/lib/server-events';
import { sessionAccount } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const now = 1_760_000_000;
const agentsByStatus = { available: 2, in_call: 1, after_call_work: 0, do_not_disturb: 0, offline: 0 };
const figures = {
  inbound: 10,
  outbound: 2,
  answered: 8,
  answeredInTime: 4,
  unanswered: 2,
  abandoned: 2,
  shortAbandoned: 0,
  serviceLevel: 0.4,
  asa: 30,
  aht: 200,
  abandonRate: 0.2,
  waiting: 1,
  longestWaitSince: now - 20,
};

const board: BoardResponse = {
  at: now,
  from: now - 3600,
  timeZone: 'Europe/Paris',
  serviceLevelSeconds: 20,
  excludeShortAbandons: true,
  floor: { ...figures, agentsByStatus },
  teams: [
    { team: { id: 1, name: 'Sales' }, ...figures, serviceLevel: 0.95, agentsByStatus },
    { team: { id: 2, name: 'Support' }, ...figures, agentsByStatus },
  ],
  numbers: [],
  agents: [],
};

/** EventSources the test opens, drops and watches being replaced. */
function controlledEvents() {
  const opened: { source: EventSourceLike & { readyState: number }; fire(type: string): void }[] = [];
  const connect: ConnectEventSource = () => {
    const listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
    const source = {
      readyState: 0,
      addEventListener: (type: string, listener: (event: MessageEvent<string>) => void) =>
        listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      close: () => {
        source.readyState = 2;
      },
    };
    opened.push({
      source,
      fire: (type) =>
        act(() => {
          for (const listener of listeners.get(type) ?? []) listener(new MessageEvent(type));
        }),
    });
    return source;
  };
  return { connect, opened };
}

afterEach(() => vi.useRealTimers());

describe('/wallboard', () => {
  it('fills the screen without the console’s frame and cycles from the floor through each team', async () => {
    server.use(http.get('/api/analytics/board', () => HttpResponse.json(board)));
    const clock = createManualClock(now * 1000);
    renderRoute('/wallboard', { account: sessionAccount('supervisor'), clock });

    expect(await screen.findByRole('heading', { level: 1, name: 'Whole floor' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Search or jump to/ })).not.toBeInTheDocument();
    expect(screen.getByText('40%').closest('[data-tone]')).toHaveAttribute('data-tone', 'alert');
    expect(screen.getByText(/1 of 3/)).toBeInTheDocument();

    clock.advance(15_000);
    expect(screen.getByRole('heading', { level: 1, name: 'Sales' })).toBeInTheDocument();
    expect(screen.getByText('95%').closest('[data-tone]')).toHaveAttribute('data-tone', 'normal');
    clock.advance(15_000);
    expect(screen.getByRole('heading', { level: 1, name: 'Support' })).toBeInTheDocument();
    clock.advance(15_000);
    expect(screen.getByRole('heading', { level: 1, name: 'Whole floor' })).toBeInTheDocument();
  });

  it('says whether it is live, and opens the stream again by itself once the browser gave up on it', async () => {
    server.use(http.get('/api/analytics/board', () => HttpResponse.json(board)));
    const events = controlledEvents();
    renderRoute('/wallboard', { account: sessionAccount('supervisor'), connectEvents: events.connect });

    expect(await screen.findByText('Connecting…')).toBeInTheDocument();
    await vi.waitFor(() => expect(events.opened).toHaveLength(1));
    events.opened[0]?.fire('open');
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByText(/^Updated /)).toBeInTheDocument();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // A drop EventSource retries by itself: reconnecting, and no second stream of ours.
    events.opened[0]?.fire('error');
    expect(screen.getByText('Reconnecting…')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(events.opened).toHaveLength(1);

    // The BFF refused the stream (a restart): EventSource stops, so the page opens a new one, 2 s later.
    const first = events.opened[0];
    if (first) first.source.readyState = 2;
    first?.fire('error');
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(events.opened).toHaveLength(2);
    events.opened[1]?.fire('open');
    expect(screen.getByText('Live')).toBeInTheDocument();
  });
});
