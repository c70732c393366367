import type { BoardResponse } from '@switchboard/contracts';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callRow, sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

type Row = BoardResponse['rows'][number];

function row(overrides: Partial<Row> = {}): Row {
  return {
    team: null,
    waiting: 0,
    longestWait: 0,
    answeredToday: 40,
    unansweredToday: 10,
    unansweredShare: 0.2,
    outboundToday: 12,
    agentsByStatus: { available: 3, in_call: 2, after_call_work: 0, do_not_disturb: 0, offline: 4 },
    ...overrides,
  };
}

describe('/board', () => {
  it('shows the floor’s figures and each team’s, and refreshes when a call changes', async () => {
    let waiting = 2;
    const timeZones: (string | null)[] = [];
    server.use(
      http.get('/api/analytics/board', ({ request }) => {
        timeZones.push(new URL(request.url).searchParams.get('timeZone'));
        return HttpResponse.json({
          at: 1_760_000_000,
          rows: [
            row({ waiting, longestWait: 135 }),
            row({ team: { id: 1, name: 'Support' }, waiting: 1, longestWait: 45, unansweredShare: 0.125 }),
          ],
        });
      }),
    );
    const { events } = renderRoute('/board', { account: sessionAccount('supervisor') });

    const floor = await screen.findByRole('region', { name: 'Whole floor' });
    const figure = (label: string) => within(floor).getByText(label).parentElement;
    expect(figure('Calls waiting')).toHaveTextContent('2');
    expect(figure('Longest wait')).toHaveTextContent('2:15');
    expect(figure('Unanswered today')).toHaveTextContent('10');
    expect(figure('Unanswered today')).toHaveTextContent('20% of inbound calls');
    expect(figure('Answered today')).toHaveTextContent('40');
    expect(figure('Outbound today')).toHaveTextContent('12');
    expect(figure('Agents online')).toHaveTextContent('5');

    const support = within(screen.getByRole('table', { name: 'Per team' })).getByRole('row', { name: /Support/ });
    expect(support).toHaveTextContent('0:45');
    expect(support).toHaveTextContent('12.5%');
    expect(timeZones[0]).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);

    waiting = 3;
    events.emit({ type: 'call.upserted', at: 1_760_000_001, call: callRow({ status: 'initial' }) });
    expect(await within(floor).findByText('3')).toBeInTheDocument();
  });

  it('is not for agents', async () => {
    renderRoute('/board', { account: sessionAccount('agent') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
  });
});
