import { useIsFetching } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useCall } from './api/hooks';
import { Route, Routes, useLocation } from 'react-router-dom';
import { QuickCaptureHost } from './components/capture/QuickCapture';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PageLoading } from './components/PageLoading';
import { DamagedLibraryScreen } from './components/library/DamagedLibraryScreen';
import { SearchHost } from './components/search/SearchHost';
import { SampleLibraryBanner } from './components/library/SampleLibraryBanner';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { ToastSlot } from './components/Toast';
import { Sidebar } from './components/Sidebar';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts';
import { SettingsResetToast } from './pages/settings/SettingsResetNotice';
import { preloadPages, routes } from './routes';
import { BrowserReminders } from './reminders/BrowserReminders';

/**
 * The app, or, when the user's own library could not be opened (app.info's damage), the calm screen
 * that says why and offers its backups instead. Nothing is shown until app.info has answered, so a
 * damaged library never flashes a page of errors.
 */
export function App() {
  const info = useCall('app.info', {});
  if (info.isPending) return null;
  if (info.data?.damage) return <DamagedLibraryScreen damage={info.data.damage} dataDir={info.data.dataDir} />;
  return <AppShell />;
}

/** The app shell: skip link, sidebar, and the routed page inside its own error boundary. */
function AppShell() {
  const { pathname } = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  useGlobalShortcuts(showHelp);

  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(event) => {
        // The hash belongs to the router; move focus by hand instead of navigating.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <Sidebar onShowShortcuts={showHelp} />
      <div className="shell__page">
        <main className="main" id="main" tabIndex={-1}>
          <SampleLibraryBanner />
          <div className="main__inner">
            <ErrorBoundary resetKey={pathname}>
              <Suspense fallback={<PageLoading />}>
                <Routes>
                  {routes.map((route) => (
                    <Route key={route.path} path={route.path} element={route.element} />
                  ))}
                </Routes>
                <PreloadPagesWhenSettled />
              </Suspense>
            </ErrorBoundary>
          </div>
        </main>
        <ToastSlot />
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <QuickCaptureHost />
      <SettingsResetToast />
      <SearchHost />
      <BrowserReminders />
    </div>
  );
}

/**
 * Inside the page's Suspense, so it mounts only once the first page is drawn: when that page's calls
 * have answered and the app is idle, the other pages' modules are fetched, so a switch never waits.
 */
function PreloadPagesWhenSettled() {
  const fetching = useIsFetching();
  const started = useRef(false);
  useEffect(() => {
    if (started.current || fetching > 0) return;
    const idle = requestIdleCallback(() => {
      started.current = true;
      void preloadPages();
    }, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }, [fetching]);
  return null;
}
