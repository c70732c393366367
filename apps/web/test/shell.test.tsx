import { act, screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { callPage, callRow } from './support/fixtures';
import { setSystemPrefersDark } from './support/match-media';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const isDark = () => document.documentElement.classList.contains('dark');

describe('theme', () => {
  it('follows the system until the agent picks one, then keeps that choice', async () => {
    server.use(http.get('/api/calls', () => HttpResponse.json(callPage([]))));
    setSystemPrefersDark(true);
    const { user, unmount } = renderRoute('/calls');

    const toggle = await screen.findByRole('button', { name: 'Switch to light theme' });
    expect(isDark()).toBe(true);
    act(() => setSystemPrefersDark(false));
    expect(isDark()).toBe(false);
    act(() => setSystemPrefersDark(true));

    await user.click(toggle);
    expect(isDark()).toBe(false);
    expect(localStorage.getItem('switchboard.theme')).toBe('light');
    act(() => setSystemPrefersDark(true));
    expect(isDark()).toBe(false);

    unmount();
    renderRoute('/calls');
    expect(await screen.findByRole('button', { name: 'Switch to dark theme' })).toBeInTheDocument();
    expect(isDark()).toBe(false);
  });
});

describe('unreachable BFF', () => {
  it('shows a banner, and reloads the page’s data once the BFF answers its health check again', async () => {
    let up = false;
    server.use(
      http.get('/api/calls', () =>
        up
          ? HttpResponse.json(callPage([callRow({ agent: { id: 1, name: 'Reconnected Agent' } })]))
          : HttpResponse.error(),
      ),
      http.get('/api/health', () =>
        up ? HttpResponse.json({ status: 'ok', version: 'test', uptimeSeconds: 3 }) : HttpResponse.error(),
      ),
    );
    const { user } = renderRoute('/calls');

    const banner = await screen.findByText(/can’t reach switchboard’s server/i);
    expect(await screen.findByRole('heading', { name: 'Server unreachable' })).toBeInTheDocument();

    up = true;
    await user.click(
      within(banner.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Try again' }),
    );
    expect(await screen.findByText('Reconnected Agent')).toBeInTheDocument();
    expect(screen.queryByText(/can’t reach switchboard’s server/i)).not.toBeInTheDocument();
  });

  it('treats a gateway error without our envelope as the BFF being down', async () => {
    server.use(
      http.get('/api/calls', () => new HttpResponse('Bad Gateway', { status: 502 })),
      http.get('/api/sync/call-history', () => new HttpResponse('Bad Gateway', { status: 502 })),
      http.get('/api/health', () => new HttpResponse(null, { status: 504 })),
    );
    renderRoute('/calls');
    expect(await screen.findByText(/can’t reach switchboard’s server/i)).toBeInTheDocument();
  });
});
