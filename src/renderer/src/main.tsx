import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
// The global sheets load before every component's own sheet, so a component's rules win cascade ties with them.
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import { prefetchCall } from './api/hooks';
import { App } from './App';
import { ConfirmProvider } from './components/Confirm';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ToastProvider } from './components/Toast';
import { preparePageAt } from './routes';

// The library is local: answers are cheap and errors are real (not flaky networks), so no retries.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, staleTime: 2_000 },
    mutations: { retry: false },
  },
});

// app.info (App waits for it), then the page the app opens on and its first calls: all asked now,
// not one after the other once app.info has answered and the shell is drawn.
prefetchCall(queryClient, 'app.info', {});
preparePageAt(queryClient, window.location.hash.replace(/^#/, '').split('?')[0] || '/');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <ToastProvider>
            <ConfirmProvider>
              <App />
            </ConfirmProvider>
          </ToastProvider>
        </HashRouter>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
