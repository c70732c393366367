import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyStoredTheme } from './features/shell/theme';
import { createAppQueryClient } from './query-client';
import { createAppRouter } from './router';
import './styles.css';

applyStoredTheme();

const router = createAppRouter({ queryClient: createAppQueryClient() });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

createRoot(rootElement).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
