import type { BoardResponse, LiveFigures } from '@switchboard/contracts';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callRow, sessionAccount } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const now = 1_760_000_000;

function figures(overrides: Partial<LiveFigures> = {}): LiveFigures {
  return {
    inbound: 12,
    outbound: 4,
    answered: 8,
    answeredInTime: 6,
    unanswered: 2,
    abandoned: 1,
    shortAbandoned: 1,
    serviceLevel: 0.6,
    asa: 15,
    aht: 140,
    abandonRate: 0.1,
    waiting: 2,
    longestWaitSince: now - 75,
    ...overrides,
  };
}

const agentsByStatus = { available: 3, in_call: 2, after_call_work: 0, do_not_disturb: 0, offline: 4 };

function aBoard(overrides: Partial<BoardResponse> = {}): BoardResponse {
  return {
    at: now,
    from: now - 12 * 3600,
    timeZone: 'Europe/Paris',
    serviceLevelSeconds: 20,
    excludeShortAbandons: true,
    floor: { ...figures(), agentsByStatus },
    teams: [
      {
        team: { id: 1, name: 'Support' },
        ...figures({ serviceLevel: 0.9, waiting: 0, longestWaitSince: null }),
        agentsByStatus,
      },
    ],
    numbers: [{ number: { id: 100, name: 'Paris office' }, ...figures({ abandonRate: 0.25 }) }],
    agents: [
      {
        user: { id: 7, name: 'Ada Lovelace' },
        availability: 'in_call',
        availabilitySince: now - 125,
        handledToday: 9,
        liveCall: {
          id: 812,
          direction: 'inbound',
          startedAt: now - 130,
          answeredAt: now - 125,
          contactName: 'Grace Hopper',
        },
        teamIds: [1],
      },
    ],
    ...overrides,
  };
}

function serveBoard(board: () => BoardResponse, queries: URLSearchParams[] = []) {
  server.use(
    http.get('/api/analytics/board', ({ request }) => {
      queries.push(new URL(request.url).searchParams);
      return HttpResponse.json(board());
    }),
  );
  return queries;
}

/** The tile whose label is `label`, within the floor's figures. */
const tile = (label: string) =>
  within(screen.getByRole('region', { name: 'Whole floor' }))
    .getByText(label)
    .closest('[data-tone]') as HTMLElement;

describe('/board', () => {
  it('shows service level, ASA, AHT, abandon rate and waits, coloured past the company’s thresholds', async () => {
    const clock = createManualClock(now * 1000);
    serveBoard(() => aBoard());
    renderRoute('/board', { account: sessionAccount('supervisor'), clock });

    await screen.findByRole('region', { name: 'Whole floor' });
    // Defaults: service level amber below 80 %, red below 60 %; ASA amber past 20 s; abandon rate red past 10 %.
    expect(tile('Service level')).toHaveTextContent('60%');
    expect(tile('Service level')).toHaveTextContent('6 of 10 answered within 20 s');
    expect(tile('Service level')).toHaveAttribute('data-tone', 'warn');
    expect(tile('Average speed of answer')).toHaveTextContent('0:15');
    expect(tile('Average speed of answer')).toHaveAttribute('data-tone', 'normal');
    expect(tile('Average handle time')).toHaveTextContent('2:20');
    expect(tile('Abandon rate')).toHaveTextContent('10%');
    expect(tile('Abandon rate')).toHaveAttribute('data-tone', 'warn');
    expect(tile('Calls waiting')).toHaveTextContent('2');
    expect(tile('Longest wait')).toHaveTextContent('1:15');
    expect(tile('Longest wait')).toHaveAttribute('data-tone', 'warn');
    expect(screen.getByText('Today, in Europe/Paris.')).toBeInTheDocument();

    // The longest wait ticks without a request; past 2 minutes it turns red.
    clock.advance(50_000);
    expect(tile('Longest wait')).toHaveTextContent('2:05');
    expect(tile('Longest wait')).toHaveAttribute('data-tone', 'alert');
    expect(tile('Longest wait')).toHaveTextContent('Alert');
  });

  it('lists agents with their status, time in it (ticking), calls handled today and the live call', async () => {
    const clock = createManualClock(now * 1000);
    serveBoard(() => aBoard());
    const { user } = renderRoute('/board', { account: sessionAccount('supervisor'), clock });
    await user.click(await screen.findByRole('tab', { name: 'Agents' }));
    const ada = within(await screen.findByRole('table', { name: 'Agents' })).getByRole('row', { name: /Ada Lovelace/ });
    expect(ada).toHaveTextContent('In a call');
    expect(ada).toHaveTextContent('2:05');
    expect(ada).toHaveTextContent('9');
    expect(within(ada).getByRole('link', { name: /From Grace Hopper/ })).toHaveAttribute('href', '/calls/812');
    clock.advance(10_000);
    expect(ada).toHaveTextContent('2:15');
  });

  it('asks for the span and filters chosen, shows each section, and refreshes when a call changes', async () => {
    let waiting = 2;
    const queries = serveBoard(() => aBoard({ floor: { ...figures({ waiting }), agentsByStatus } }));
    const { user, events, router } = renderRoute('/board?tab=numbers', { account: sessionAccount('supervisor') });
    const numbers = await screen.findByRole('table', { name: 'Per number' });
    const paris = within(numbers).getByRole('row', { name: /Paris office/ });
    expect(paris).toHaveTextContent('25%');
    expect(paris).toHaveTextContent('(Alert)');

    await user.click(screen.getByRole('radio', { name: 'Last 15 minutes' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'Support');
    expect(router.state.location.search).toMatchObject({ span: '15m', teamId: 1, tab: 'numbers' });
    await screen.findByText('Last 15 minutes, in Europe/Paris.');
    expect(queries.at(-1)?.get('span')).toBe('15m');
    expect(queries.at(-1)?.get('teamId')).toBe('1');

    await user.click(screen.getByRole('tab', { name: 'Teams' }));
    const support = within(screen.getByRole('table', { name: 'Per team' })).getByRole('row', { name: /Support/ });
    expect(support).toHaveTextContent('90%');

    waiting = 3;
    events.emit({ type: 'call.upserted', at: now + 1, call: callRow({ status: 'initial' }) });
    expect(await within(tile('Calls waiting')).findByText('3')).toBeInTheDocument();
  });

  it('falls back to today and the whole floor for a hand-edited URL', async () => {
    const queries = serveBoard(() => aBoard());
    renderRoute('/board?span=2h&teamId=abc&tab=nope', { account: sessionAccount('supervisor') });
    await screen.findByRole('table', { name: 'Per team' });
    expect(queries[0]?.get('span')).toBe('today');
    expect(queries[0]?.has('teamId')).toBe(false);
  });

  it('is not for agents', async () => {
    renderRoute('/board', { account: sessionAccount('agent') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
  });
});
