import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callPage, callRow } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

/** jsdom's Blob has no text(); FileReader reads it. */
function readText(blob: Blob | undefined): Promise<unknown> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsText(blob ?? new Blob());
  });
}

afterEach(() => vi.restoreAllMocks());

describe('exporting the call list', () => {
  it('downloads every call the filters match, page after page, not only the page shown', async () => {
    const requests: URLSearchParams[] = [];
    server.use(
      http.get('/api/calls', ({ request }) => {
        const params = new URL(request.url).searchParams;
        requests.push(params);
        if (params.get('cursor') === 'after-1') {
          return HttpResponse.json(
            callPage([callRow({ id: 2, duration: 61, agent: { id: 2, name: 'Bo, "B"' } })], {
              total: 2,
              hasNextPage: false,
            }),
          );
        }
        return HttpResponse.json(
          callPage([callRow({ id: 1, duration: 30 })], { total: 2, hasNextPage: true, nextCursor: 'after-1' }),
        );
      }),
    );
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob as Blob);
      return 'blob:calls';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderRoute('/calls?direction=inbound');

    await user.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const lines = String(await readText(blobs[0])).split('\r\n');
    expect(lines[0]).toBe(
      'id,started_at,direction,status,missed_reason,other_party,line,agent,duration_seconds,talk_time_seconds,tags,archived',
    );
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['1', '2']);
    expect(lines[2]).toContain('"Bo, ""B"""');
    const exported = requests.filter((params) => params.get('perPage') === '100');
    expect(exported.map((params) => params.get('direction'))).toEqual(['inbound', 'inbound']);
    expect(exported.map((params) => params.get('cursor'))).toEqual([null, 'after-1']);
  });
});
