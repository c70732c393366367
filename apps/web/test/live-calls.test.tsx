import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { liveCall } from './support/agent-fixtures';
import { callPage, callRow } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const ringing = liveCall({ rawDigits: '+1 800-000-0001', agent: null });
const ongoing = liveCall({
  status: 'answered',
  contact: { id: 501, name: 'Jane Doe' },
  answeredAt: 1_759_999_990,
});

function liveList() {
  return screen.findByRole('list', { name: 'Live calls' });
}

describe('/live', () => {
  it('shows ringing and ongoing calls of the last hours, with running timers, and not the ended ones', async () => {
    const requested: URLSearchParams[] = [];
    server.use(
      http.get('/api/calls', ({ request }) => {
        requested.push(new URL(request.url).searchParams);
        return HttpResponse.json(callPage([ringing, ongoing, callRow({ rawDigits: '+1 800-000-0009' })]));
      }),
    );
    const clock = createManualClock();
    renderRoute('/live', { clock });

    const list = await liveList();
    expect(screen.getByText('2 ringing or ongoing')).toBeInTheDocument();
    const ringingItem = within(list).getByRole('listitem', { name: 'Ringing call with +1 800-000-0001' });
    const ongoingItem = within(list).getByRole('listitem', { name: 'Ongoing call with Jane Doe' });
    expect(ringingItem).toHaveTextContent('Not picked up yet');
    expect(within(ongoingItem).getByText('In call')).toBeInTheDocument();
    expect(screen.queryByText('+1 800-000-0009')).not.toBeInTheDocument();
    // Ringing for as long as it rang; ongoing since it was answered.
    expect(ringingItem).toHaveTextContent('Duration 1:00');
    expect(ongoingItem).toHaveTextContent('Duration 0:10');

    clock.advance(5_000);
    expect(ringingItem).toHaveTextContent('Duration 1:05');
    expect(requested[0]?.get('from')).toBe(String(1_760_000_000 - 4 * 3600));
  });

  it('follows call.upserted events: a new call rings, a ringing call is answered, an ended call leaves', async () => {
    server.use(http.get('/api/calls', () => HttpResponse.json(callPage([ringing]))));
    const { events } = renderRoute('/live', { clock: createManualClock() });
    const list = await liveList();

    const newcomer = liveCall({ rawDigits: '+1 800-555-0199', startedAt: 1_759_999_999 });
    events.emit({ type: 'call.upserted', at: 1, call: newcomer });
    events.emit({
      type: 'call.upserted',
      at: 2,
      call: { ...ringing, status: 'answered', answeredAt: 1_759_999_995, agent: { id: 8, name: 'Grace Hopper' } },
    });

    await within(list).findByRole('listitem', { name: 'Ringing call with +1 800-555-0199' });
    const answered = await within(list).findByRole('listitem', { name: 'Ongoing call with +1 800-000-0001' });
    expect(answered).toHaveTextContent('Grace Hopper');
    // Newest first.
    expect(within(list).getAllByRole('listitem')[0]).toHaveAccessibleName('Ringing call with +1 800-555-0199');
    expect(screen.getByText('2 ringing or ongoing')).toBeInTheDocument();

    events.emit({ type: 'call.upserted', at: 3, call: { ...newcomer, status: 'done', endedAt: 1_760_000_000 } });
    events.emit({ type: 'call.upserted', at: 4, call: { ...ringing, status: 'done', endedAt: 1_760_000_000 } });
    expect(await screen.findByText('No live calls')).toBeInTheDocument();
    expect(screen.getByText('None right now')).toBeInTheDocument();
  });
});
