import { screen, waitFor } from '@testing-library/react';
import { Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rootOptions } from '../src/lib/caught-errors';
import { sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';

/** The console a person opens in the browser: a page that works as designed leaves nothing in it. */
describe('the browser console', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.doUnmock('@switchboard/contracts');
  });

  it('stays quiet on the 403 page, which is an answer, not a fault', async () => {
    const consoleError = vi.spyOn(console, 'error');
    renderRoute('/admin/audit', { account: sessionAccount('agent') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('still reports a component that breaks', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fault = new TypeError('Cannot read properties of undefined');
    rootOptions.onCaughtError(fault);
    expect(consoleError).toHaveBeenCalledWith(fault);
  });

  it('stays quiet when a component waits for the contracts (React warns about a use() it stops calling)', async () => {
    const consoleError = vi.spyOn(console, 'error');
    // A fresh api-client whose contracts take a moment to arrive, as their chunk does over the network (last in the
    // file: modules imported after the reset are new instances).
    vi.resetModules();
    vi.doMock('@switchboard/contracts', async (importOriginal) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return importOriginal();
    });
    const { useContracts } = await import('../src/lib/api-client');
    function TeamNameLimit() {
      return <p>{useContracts().limits.teamNameLength} characters</p>;
    }
    // Outside act(), as in the browser: React renders the component again once the contracts have arrived.
    const environment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = environment.IS_REACT_ACT_ENVIRONMENT;
    environment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container, rootOptions);
    root.render(
      <Suspense fallback="Loading">
        <TeamNameLimit />
      </Suspense>,
    );
    await waitFor(() => expect(container).toHaveTextContent(/\d+ characters/));
    root.unmount();
    environment.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    expect(consoleError).not.toHaveBeenCalled();
  });
});
