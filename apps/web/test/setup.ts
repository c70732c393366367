import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { connectivity } from '../src/lib/connectivity';
import { installMatchMedia, setSystemPrefersDark } from './support/match-media';
import { server } from './support/server';

// The app loads the zod contracts lazily; load them once here so no test pays that import inside a findBy wait.
import '@switchboard/contracts';

// The machine is shared and noisy: give findBy/waitFor room. This bounds waiting; no test asserts on time.
configure({ asyncUtilTimeout: 10_000 });

installMatchMedia();
// jsdom does not implement scrolling; the router restores scroll positions on navigation.
window.scrollTo = () => {};

// jsdom has no pointer capture; sonner captures the pointer when a toast (its Undo button) is pressed.
Element.prototype.setPointerCapture = () => {};
Element.prototype.releasePointerCapture = () => {};
Element.prototype.hasPointerCapture = () => false;

// jsdom does no layout, so every element measures 0×0 and a virtualised list would render no rows.
// Give scroll containers a laptop-sized viewport.
Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 800 },
  clientWidth: { configurable: true, get: () => 1200 },
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  document.documentElement.className = '';
  connectivity.markReachable();
  setSystemPrefersDark(false);
});
afterAll(() => server.close());
