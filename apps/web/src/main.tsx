import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme, currentTheme } from './features/shell/theme';
import { loadContracts } from './lib/api-client';
import { rootOptions } from './lib/caught-errors';
import { createAppQueryClient } from './query-client';
import { createAppRouter } from './router';
import './styles.css';

// Before the first render, so a dark-theme user never sees a light flash.
applyTheme(currentTheme());
// Every route validates its URL with them; start loading them while the shell renders.
void loadContracts();

const router = createAppRouter({ queryClient: createAppQueryClient() });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement, rootOptions).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
