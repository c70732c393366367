import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toCsv } from '../src/lib/csv';
import { sessionAccount } from './support/fixtures';
import { team } from './support/manage-fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const supervisor = sessionAccount('supervisor');
const from = 1_760_000_000;
const to = from + 7 * 86_400;
const performance = { inbound: 10, outbound: 4, answered: 8, missed: 2, talkTime: 3725, averageTalkTime: 372 };

/** Serves every report and records the query each was asked with. */
function serveReports() {
  const queries: Record<string, string>[] = [];
  const record = (request: Request) => queries.push(Object.fromEntries(new URL(request.url).searchParams));
  server.use(
    http.get('/api/teams', () => HttpResponse.json({ teams: [team(), team({ id: 2, name: 'Sales' })] })),
    http.get('/api/analytics/volume', ({ request }) => {
      record(request);
      return HttpResponse.json({
        byDay: [
          { date: '2025-10-09', inbound: 6, outbound: 1 },
          { date: '2025-10-10', inbound: 4, outbound: 3 },
        ],
        byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, inbound: hour === 10 ? 7 : 0, outbound: 0 })),
      });
    }),
    http.get('/api/analytics/outcomes', ({ request }) => {
      record(request);
      return HttpResponse.json({
        total: 10,
        answered: 8,
        missed: 2,
        voicemail: 1,
        abandoned: 1,
        missedReasons: [{ reason: 'no_available_agent', count: 2 }],
        byDay: [{ date: '2025-10-09', answered: 8, missed: 2 }],
      });
    }),
    http.get('/api/analytics/agents', ({ request }) => {
      record(request);
      return HttpResponse.json({ agents: [{ user: { id: 7, name: 'Ada, “the first”' }, ...performance }] });
    }),
    http.get('/api/analytics/teams', ({ request }) => {
      record(request);
      return HttpResponse.json({ teams: [{ team: { id: 1, name: 'Support' }, ...performance, averageWaitTime: 42 }] });
    }),
    http.get('/api/analytics/talk-time', ({ request }) => {
      record(request);
      return HttpResponse.json({ total: 3725, average: 372, longest: 1200, byDay: [] });
    }),
    http.get('/api/analytics/insights', ({ request }) => {
      record(request);
      return HttpResponse.json({
        topTopics: [
          { topic: 'refund', calls: 12 },
          { topic: 'delivery', calls: 5 },
        ],
        byAgent: [
          { agent: { id: 1, name: 'Ada Agent' }, calls: 10, negative: 1, negativeShare: 0.1 },
          { agent: { id: 2, name: 'Bob Agent' }, calls: 4, negative: 3, negativeShare: 0.75 },
        ],
        byTeam: [{ team: { id: 1, name: 'Support' }, calls: 14, negative: 4, negativeShare: 4 / 14 }],
      });
    }),
  );
  return queries;
}

afterEach(() => vi.restoreAllMocks());

/** jsdom's Blob has no text(); FileReader reads it. */
function readText(blob: Blob | undefined): Promise<unknown> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsText(blob ?? new Blob());
  });
}

describe('toCsv', () => {
  it('quotes what needs quoting', () => {
    expect(
      toCsv([
        ['name', 'n'],
        ['Ada, “the first” "A"', 3],
      ]),
    ).toBe('name,n\r\n"Ada, “the first” ""A""",3');
  });
});

describe('/analytics', () => {
  it('shows totals, summaries of each chart and per-agent and per-team tables for the URL’s range', async () => {
    const queries = serveReports();
    renderRoute(`/analytics?from=${from}&to=${to}&timeZone=Europe%2FParis`, { account: supervisor });

    const totals = await screen.findByLabelText('Totals');
    expect(within(totals).getByText('Inbound calls').parentElement).toHaveTextContent('10');
    expect(within(totals).getByText('Answered').parentElement).toHaveTextContent('80% of inbound');
    expect(within(totals).getByText('Talk time').parentElement).toHaveTextContent('1 h 2 min');
    expect(screen.getByText('Busiest hour: 10:00, with 7 calls.')).toBeInTheDocument();
    expect(screen.getByText('Most often: No agent available (2 calls).')).toBeInTheDocument();

    const agents = screen.getByRole('table', { name: 'Per agent' });
    expect(within(agents).getByRole('row', { name: /Ada/ })).toHaveTextContent('6:12');
    expect(
      within(screen.getByRole('table', { name: 'Per team' })).getByRole('row', { name: /Support/ }),
    ).toHaveTextContent('0:42');
    await screen.findByRole('list', { name: 'Top topics' });
    expect(queries).toHaveLength(6);
    for (const query of queries)
      expect(query).toEqual({ from: String(from), to: String(to), timeZone: 'Europe/Paris' });
  });

  it('shows the range’s top topics and the share of negative conversations per agent and team', async () => {
    const queries = serveReports();
    renderRoute(`/analytics?from=${from}&to=${to}&timeZone=UTC`, { account: supervisor });

    const topics = await screen.findByRole('list', { name: 'Top topics' });
    expect(
      within(topics)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['refund · 12', 'delivery · 5']);
    const agents = screen.getByRole('table', { name: 'Negative conversations per agent' });
    const rows = within(agents)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toMatch(/^Bob Agent43.*75/);
    expect(rows[1]).toMatch(/^Ada Agent101.*10/);
    expect(screen.getByRole('table', { name: 'Negative conversations per team' })).toHaveTextContent('Support');
    expect(queries.at(-1)).toMatchObject({ from: String(from), to: String(to), timeZone: 'UTC' });
  });

  it('filters by team through the URL', async () => {
    const queries = serveReports();
    const { user, router } = renderRoute(`/analytics?from=${from}&to=${to}`, { account: supervisor });
    await user.selectOptions(await screen.findByLabelText('Team'), 'Sales');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ teamId: 2 }));
    await waitFor(() => expect(queries.filter((query) => query.teamId === '2')).toHaveLength(6));
  });

  it('exports the per-agent table as CSV, durations in seconds', async () => {
    serveReports();
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:agents';
    };
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderRoute(`/analytics?from=${from}&to=${to}`, { account: supervisor });
    await user.click(await screen.findByRole('button', { name: 'Export agents as CSV' }));

    expect(click).toHaveBeenCalledOnce();
    expect(await readText(blobs[0])).toBe(
      'name,inbound,outbound,answered,missed,talkTime_seconds,averageTalkTime_seconds\r\n' +
        '"Ada, “the first”",10,4,8,2,3725,372',
    );
  });

  it('is not for agents', async () => {
    renderRoute('/analytics', { account: sessionAccount('agent') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
  });
});
