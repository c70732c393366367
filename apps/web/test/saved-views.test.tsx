import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { callPage, callRow } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const storageKey = 'switchboard.savedViews';

function storedViews(): unknown {
  return JSON.parse(localStorage.getItem(storageKey) ?? 'null');
}

async function openViews(user: ReturnType<typeof renderRoute>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Views' }));
  return screen.findByRole('dialog', { name: 'Saved views' });
}

describe('saved views of the call list', () => {
  const requested: string[] = [];
  beforeEach(() => {
    requested.length = 0;
    server.use(
      http.get('/api/calls', ({ request }) => {
        requested.push(new URL(request.url).search);
        return HttpResponse.json(callPage([callRow()]));
      }),
    );
  });

  it('saves the current filters under a name in this browser, and opens them again later', async () => {
    const first = renderRoute('/calls?direction=inbound&order=asc');
    let menu = await openViews(first.user);
    expect(within(menu).getByText(/None yet/)).toBeInTheDocument();
    await first.user.type(within(menu).getByLabelText('Save these filters as'), '  Inbound, oldest first ');
    await first.user.click(within(menu).getByRole('button', { name: 'Save' }));

    expect(within(menu).getByRole('link', { name: 'Inbound, oldest first' })).toBeInTheDocument();
    expect(storedViews()).toEqual([
      {
        id: 'inbound, oldest first',
        name: 'Inbound, oldest first',
        search: expect.objectContaining({ direction: 'inbound', order: 'asc' }),
      },
    ]);
    first.unmount();

    const later = renderRoute('/calls');
    menu = await openViews(later.user);
    await later.user.click(within(menu).getByRole('link', { name: 'Inbound, oldest first' }));
    await expect.poll(() => later.router.state.location.search).toMatchObject({ direction: 'inbound', order: 'asc' });
    await expect.poll(() => requested.at(-1)).toContain('direction=inbound');
    expect(screen.queryByRole('dialog', { name: 'Saved views' })).not.toBeInTheDocument();
  });

  it('replaces a view saved again under the same name, and deletes one', async () => {
    localStorage.setItem(
      storageKey,
      JSON.stringify([
        { id: 'missed', name: 'Missed', search: { direction: 'outbound' } },
        { id: 'mine', name: 'Mine', search: { order: 'asc' } },
      ]),
    );
    const { user } = renderRoute('/calls?direction=inbound');
    const menu = await openViews(user);

    await user.type(within(menu).getByLabelText('Save these filters as'), 'MISSED');
    await user.click(within(menu).getByRole('button', { name: 'Save' }));
    await user.click(within(menu).getByRole('button', { name: 'Delete view Mine' }));

    expect(
      within(menu)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['MISSED']);
    expect(storedViews()).toEqual([
      { id: 'missed', name: 'MISSED', search: expect.objectContaining({ direction: 'inbound' }) },
    ]);
  });

  it('starts afresh instead of breaking the page when the stored value is not a list of views', async () => {
    localStorage.setItem(storageKey, '{not json');
    const { user } = renderRoute('/calls');
    const menu = await openViews(user);
    expect(within(menu).getByText(/None yet/)).toBeInTheDocument();
    expect(within(menu).getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
