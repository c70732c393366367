import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contact } from './support/agent-fixtures';
import { callDetail, callPage, sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

async function openPalette(user: ReturnType<typeof renderRoute>['user']) {
  await screen.findByRole('heading', { name: 'Calls' });
  await user.keyboard('{Control>}k{/Control}');
  return screen.findByRole('dialog', { name: 'Command palette' });
}

// jsdom lacks what cmdk measures its list with and scrolls the active option by.
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => {};
});

describe('the command palette', () => {
  beforeEach(() => {
    server.use(http.get('/api/calls', () => HttpResponse.json(callPage([]))));
  });

  it('opens with Ctrl+K and jumps to a call by its id, without searching contacts for it', async () => {
    const call = callDetail({ id: 4242 });
    const contactSearches: string[] = [];
    server.use(
      http.get('/api/calls/4242', () => HttpResponse.json({ call })),
      http.get('/api/contacts', ({ request }) => {
        contactSearches.push(new URL(request.url).search);
        return HttpResponse.json({ contacts: [], meta: { page: 1, perPage: 5, total: 0, hasNextPage: false } });
      }),
    );
    const { user, router } = renderRoute('/calls');

    const palette = await openPalette(user);
    await user.type(within(palette).getByRole('combobox'), '#4242');
    await user.click(within(palette).getByRole('option', { name: 'Open call #4242' }));

    await expect.poll(() => router.state.location.pathname).toBe('/calls/4242');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument();
    expect(contactSearches).toEqual([]);
  });

  it('lists only the pages the signed-in role may open, and goes to the one picked with Enter', async () => {
    server.use(
      http.get('/api/contacts', () =>
        HttpResponse.json({ contacts: [], meta: { page: 1, perPage: 5, total: 0, hasNextPage: false } }),
      ),
    );
    const { user, router } = renderRoute('/calls', { account: sessionAccount('agent') });

    const palette = await openPalette(user);
    const pages = within(palette)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(pages).toEqual(['Calls', 'Live', 'Contacts']);

    await user.type(within(palette).getByRole('combobox'), 'live{Enter}');
    await expect.poll(() => router.state.location.pathname).toBe('/live');
  });

  it('searches contacts on the BFF by name and opens the one picked', async () => {
    const jane = contact();
    const searches: string[] = [];
    server.use(
      http.get('/api/contacts', ({ request }) => {
        searches.push(new URL(request.url).search);
        return HttpResponse.json({
          contacts: [jane],
          meta: { page: 1, perPage: 5, total: 1, hasNextPage: false },
        });
      }),
      http.get(`/api/contacts/${jane.id}`, () => HttpResponse.json({ contact: jane, calls: [] })),
    );
    const { user, router } = renderRoute('/calls');

    const palette = await openPalette(user);
    await user.type(within(palette).getByRole('combobox'), 'jane');
    await user.click(await within(palette).findByRole('option', { name: /Jane Doe/ }));

    expect(searches.at(-1)).toBe('?q=jane&perPage=5');
    await expect.poll(() => router.state.location.pathname).toBe(`/contacts/${jane.id}`);
  });

  it('lists the calls with a phone number typed into it', async () => {
    server.use(
      http.get('/api/contacts', () =>
        HttpResponse.json({ contacts: [], meta: { page: 1, perPage: 5, total: 0, hasNextPage: false } }),
      ),
    );
    const { user, router } = renderRoute('/calls');
    const palette = await openPalette(user);
    await user.type(within(palette).getByRole('combobox'), '+44 20 7946');
    await user.click(await within(palette).findByRole('option', { name: 'Calls with +44 20 7946' }));
    await expect.poll(() => router.state.location.search).toEqual({ phoneNumber: '+44 20 7946' });
  });

  it('finds a line by its name or its digits and lists its calls', async () => {
    const { user, router } = renderRoute('/calls');
    const palette = await openPalette(user);
    await user.type(within(palette).getByRole('combobox'), '76 11');
    await user.click(await within(palette).findByRole('option', { name: /Calls on Paris Support/ }));
    await expect.poll(() => router.state.location.search).toEqual({ numberId: 1 });
  });

  it('shows the keyboard shortcuts on "?", but not while typing in a field', async () => {
    const { user } = renderRoute('/calls');
    await screen.findByRole('heading', { name: 'Calls' });
    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), '?');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('heading', { name: 'Calls' }));
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('region', { name: 'Call list' })).toHaveTextContent('jNext call');
    expect(within(dialog).getByRole('region', { name: 'Anywhere' })).toHaveTextContent('CtrlK');
  });
});
