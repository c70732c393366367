import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callDetail, callPage, callRow } from './support/fixtures';
import { createManualClock } from './support/manual-clock';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

function serveCall(call: ReturnType<typeof callDetail>) {
  server.use(http.get(`/api/calls/${call.id}`, () => HttpResponse.json({ call })));
}

describe('/calls/$callId', () => {
  it('times the timeline from the call’s start, with the caller’s wait and the time in the call', async () => {
    const base = callDetail();
    const call = callDetail({
      startedAt: base.startedAt,
      answeredAt: base.startedAt + 12,
      endedAt: base.startedAt + 137,
      timeline: [
        { type: 'created', at: base.startedAt, user: null, detail: null },
        { type: 'ringing_on_agent', at: base.startedAt + 2, user: { id: 7, name: 'Ada Lovelace' }, detail: null },
        { type: 'answered', at: base.startedAt + 12, user: { id: 7, name: 'Ada Lovelace' }, detail: null },
        { type: 'ended', at: base.startedAt + 137, user: { id: 7, name: 'Ada Lovelace' }, detail: null },
      ],
    });
    serveCall(call);
    renderRoute(`/calls/${call.id}`);
    const callTimes = await screen.findByLabelText('Call times');
    expect(within(callTimes).getByText('Wait').nextElementSibling).toHaveTextContent('0:12');
    expect(within(callTimes).getByText('In call').nextElementSibling).toHaveTextContent('2:05');
    const steps = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      expect.stringMatching(/^At \+0:00Call started/),
      expect.stringMatching(/^At \+0:02RangAda Lovelace/),
      expect.stringMatching(/^At \+0:12AnsweredAda Lovelace/),
      expect.stringMatching(/^At \+2:17Call endedAda Lovelace/),
    ]);
  });

  it('shows talk time apart from the total, and counts comments up to five', async () => {
    const call = callDetail({ duration: 135, talkTime: 125, comments: [] });
    serveCall(call);
    const posted: unknown[] = [];
    server.use(
      http.post(`/api/calls/${call.id}/comments`, async ({ request }) => {
        posted.push(await request.json());
        const comments = Array.from({ length: 5 }, (_, index) => ({
          id: index + 1,
          content: `Note ${index + 1}`,
          postedAt: call.startedAt,
          postedBy: null,
          postedVia: { accountId: 1, email: 'agent@example.com' },
        }));
        return HttpResponse.json({ call: { ...call, comments, commentCount: 5 } }, { status: 201 });
      }),
    );
    const { user } = renderRoute(`/calls/${call.id}`);

    const details = await screen.findByRole('region', { name: 'Details' });
    expect(within(details).getByText('Talk time').nextElementSibling).toHaveTextContent('2:05');
    expect(within(details).getByText('Total duration').nextElementSibling).toHaveTextContent('2:15');
    expect(screen.getByText('0 of 5 comments')).toBeInTheDocument();

    await user.type(screen.getByLabelText('New comment'), 'Called back');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));

    expect(await screen.findByText('5 of 5 comments')).toBeInTheDocument();
    expect(posted).toEqual([{ content: 'Called back' }]);
    expect(screen.queryByLabelText('New comment')).not.toBeInTheDocument();
    expect(screen.getByText(/has the 5 comments Aircall allows/)).toBeInTheDocument();
  });

  it('archives only once the undo toast has gone, and sends nothing when undone', async () => {
    const call = callDetail();
    serveCall(call);
    const archived: string[] = [];
    server.use(
      http.put(`/api/calls/${call.id}/archive`, ({ request }) => {
        archived.push(request.headers.get('x-switchboard-request') ?? 'no header');
        return HttpResponse.json({ call: { ...call, archived: true } });
      }),
    );
    const clock = createManualClock();
    const { user } = renderRoute(`/calls/${call.id}`, { clock });

    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(screen.getByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    clock.advance(10_000);
    expect(screen.getByRole('button', { name: 'Archive' })).toBeInTheDocument();
    expect(archived).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    clock.advance(5_000);
    await screen.findByRole('button', { name: 'Unarchive' });
    await expect.poll(() => archived).toEqual(['1']);
  });

  it('explains Aircall’s transfer rules before sending, and sends a team transfer', async () => {
    const call = callDetail({ status: 'initial', live: true, answeredAt: null, endedAt: null, direction: 'outbound' });
    serveCall(call);
    const bodies: unknown[] = [];
    server.use(
      http.post(`/api/calls/${call.id}/transfers`, async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = renderRoute(`/calls/${call.id}`);

    await user.click(await screen.findByRole('button', { name: 'Transfer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer call' });
    await user.click(await within(dialog).findByRole('tab', { name: 'External number' }));
    expect(within(dialog).getByText(/only inbound calls that nobody has answered/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('tab', { name: 'Team' }));
    expect(
      within(dialog).getByText(/only transfers a ringing call to a team of 25 members or fewer/),
    ).toBeInTheDocument();
    expect(await within(dialog).findByRole('radio', { name: /Everyone/ })).toBeDisabled();
    await user.click(within(dialog).getByRole('radio', { name: /Support/ }));
    await user.selectOptions(within(dialog).getByLabelText('How Aircall rings the team'), 'longest_idle');
    await user.click(within(dialog).getByRole('button', { name: 'Transfer call' }));

    await expect.poll(() => bodies).toEqual([{ target: 'team', teamId: 1, dispatchingStrategy: 'longest_idle' }]);
  });
});

describe('live calls on the list', () => {
  it('puts a new call on top of the newest-first list and updates known rows in place', async () => {
    const known = callRow({ rawDigits: '+1 800-000-0001' });
    server.use(http.get('/api/calls', () => HttpResponse.json(callPage([known]))));
    const { events } = renderRoute('/calls');
    await screen.findByRole('table', { name: 'Calls' });

    events.emit({
      type: 'call.upserted',
      at: 1,
      call: callRow({ rawDigits: '+1 800-555-0199', startedAt: 1_800_000_000 }),
    });
    events.emit({ type: 'call.upserted', at: 2, call: { ...known, archived: true } });

    await screen.findByText('+1 800-555-0199');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('+1 800-555-0199');
    expect(within(rows[1] as HTMLElement).getByLabelText('Archived')).toBeInTheDocument();
    expect(screen.getByText('1–2 of 2 calls')).toBeInTheDocument();
  });
});
