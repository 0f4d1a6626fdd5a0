import type { QueryClient } from '@tanstack/react-query';
import { isValidElement, use, type ComponentType, type ReactNode } from 'react';
import { matchRoutes } from 'react-router-dom';
import { PAGE_LIMIT_MAX } from '../../shared/entities/paging';
import { ENTRY_KINDS, KINDS, newEntryHref, type EntryKind } from '../../shared/kinds';
import { prefetchCall } from './api/hooks';
import type { IconName } from './components/Icon';
import { prefetchDueCheckIns } from './components/checkIns/DueCheckIns';
import { prefetchPagedList } from './components/log/usePagedList';
import { RENDERER_KINDS } from './kinds';
import { prefetchDeletedList } from './pages/deleted/useBin';
import { PLAN_LESSON_HREF } from './pages/upcoming/upcomingWords';

/**
 * A page's module, loaded the first time its route is drawn (App wraps the routes in Suspense), so
 * the first screen carries only the shell and its own page. The page at the address the app opens
 * on is fetched at once, with its first calls (preparePageAt, beside app.info), the others one by
 * one once the first page has settled (preloadPages). A page whose module has arrived draws at once,
 * without suspending, so a switch to it costs no more than its own render.
 */
const loaders = new Map<unknown, () => Promise<unknown>>();

function page<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchPage = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        // A later visit tries again (the error boundary shows this one).
        loading = undefined;
        throw error;
      },
    ));
  function LazyPage(props: P) {
    const Loaded = loaded ?? use(fetchPage());
    return <Loaded {...props} />;
  }
  LazyPage.displayName = name;
  loaders.set(LazyPage, fetchPage);
  return LazyPage;
}

/** Fetches every page's module, one at a time so the browser's few connections stay free for the app's calls. */
export async function preloadPages(): Promise<void> {
  for (const load of loaders.values()) await load().catch(() => undefined);
}

/**
 * Starts what the page at this address (a hash route's path) needs before it can draw: its module
 * and its route's prefetch. Called for the address the app opens on and when a link to a page is
 * pointed at, focused or clicked (usePreparePage), so a switch does not wait for the page's render
 * to start its calls.
 */
export function preparePageAt(queryClient: QueryClient, pathname: string): void {
  const leaf = matchRoutes(routes, pathname)?.at(-1)?.route as AppRoute | undefined;
  const element = leaf?.element;
  const load = isValidElement(element) ? loaders.get(element.type) : undefined;
  void load?.().catch(() => undefined);
  leaf?.prefetch?.(queryClient);
}

const Dashboard = page(() => import('./pages/Dashboard'), 'Dashboard');
const ProjectList = page(() => import('./pages/projects/ProjectList'), 'ProjectList');
const NewProject = page(() => import('./pages/projects/NewProject'), 'NewProject');
const ProjectDetail = page(() => import('./pages/projects/ProjectDetail'), 'ProjectDetail');
const EditProject = page(() => import('./pages/projects/EditProject'), 'EditProject');
const PeopleList = page(() => import('./pages/people/PeopleList'), 'PeopleList');
const NewPerson = page(() => import('./pages/people/NewPerson'), 'NewPerson');
const PersonDetail = page(() => import('./pages/people/PersonDetail'), 'PersonDetail');
const EditPerson = page(() => import('./pages/people/EditPerson'), 'EditPerson');
const NewEntryPage = page(() => import('./components/entry/NewEntryPage'), 'NewEntryPage');
const EntryDetail = page(() => import('./components/entry/EntryDetail'), 'EntryDetail');
const EditEntryPage = page(() => import('./components/entry/EditEntryPage'), 'EditEntryPage');
const PracticePage = page(() => import('./pages/lessons/PracticePage'), 'PracticePage');
const UpcomingPage = page(() => import('./pages/upcoming/UpcomingPage'), 'UpcomingPage');
const PatternsPage = page(() => import('./pages/patterns/PatternsPage'), 'PatternsPage');
const RecentlyDeleted = page(() => import('./pages/deleted/RecentlyDeleted'), 'RecentlyDeleted');
const SelfAssessmentPage = page(() => import('./pages/selfAssessment/SelfAssessmentPage'), 'SelfAssessmentPage');
const TakeSelfAssessment = page(() => import('./pages/selfAssessment/TakeSelfAssessment'), 'TakeSelfAssessment');
const SelfAssessmentResult = page(() => import('./pages/selfAssessment/SelfAssessmentResult'), 'SelfAssessmentResult');
const CheckInsPage = page(() => import('./pages/checkIns/CheckInsPage'), 'CheckInsPage');
const SettingsPage = page(() => import('./pages/settings/SettingsPage'), 'SettingsPage');
const NotFound = page(() => import('./pages/NotFound'), 'NotFound');

/**
 * Every page of the app. A new area adds one entry here (and drops its "coming" placeholder); a new
 * kind of entry adds none, its pages come from the kind registries. The sidebar, the number
 * shortcuts and the "N" new-item shortcut all read from this list.
 */
export type NavSection = 'workspace' | 'log' | 'reflect' | 'app';

export interface AppRoute {
  path: string;
  element: ReactNode;
  /**
   * Starts the calls the page makes first when opened without filters, with the page's own inputs
   * (prefetchCall, prefetchPagedList): an input that no longer matches the page's costs one wasted
   * call, never a wrong answer.
   */
  prefetch?: (queryClient: QueryClient) => void;
  nav?: {
    label: string;
    section: NavSection;
    order: number;
    icon: IconName;
    /** Shown with a "coming" tag until the area's issue lands. */
    coming?: boolean;
    /** Where the "N" shortcut goes while inside this area. */
    create?: { path: string; label: string };
  };
}

export const NAV_SECTIONS: { id: NavSection; label?: string }[] = [
  { id: 'workspace' },
  { id: 'log', label: 'Log' },
  { id: 'reflect', label: 'Reflect' },
  { id: 'app' },
];

/**
 * Each kind's list (in the sidebar's Log section, with "N" for a new entry), new, detail and edit
 * pages, from the kind registries; the key makes a page opened from another kind's start afresh.
 */
function kindRoutes(kind: EntryKind): AppRoute[] {
  const { labels, paths } = KINDS[kind];
  const { List, icon, navOrder } = RENDERER_KINDS[kind];
  return [
    {
      path: paths.list,
      element: <List />,
      prefetch: (queryClient) => prefetchPagedList(queryClient, KINDS[kind].listMethod, {}),
      nav: { label: labels.nav, section: 'log', order: navOrder, icon, create: { path: newEntryHref(kind), label: labels.create } },
    },
    { path: newEntryHref(kind), element: <NewEntryPage key={kind} kind={kind} /> },
    { path: `${paths.entry}/:id`, element: <EntryDetail key={kind} kind={kind} /> },
    { path: `${paths.entry}/:id/edit`, element: <EditEntryPage key={kind} kind={kind} /> },
  ];
}

export const routes: AppRoute[] = [
  {
    path: '/',
    element: <Dashboard />,
    prefetch: (queryClient) => {
      // The counts first (the Dashboard draws with them), then the attention cards and the latest profile.
      prefetchCall(queryClient, 'projects.list', { includeArchived: true });
      prefetchCall(queryClient, 'collaborators.list', { includeArchived: true });
      // The report, then the check-ins due with its offers (components/checkIns/DueCheckIns).
      prefetchDueCheckIns(queryClient);
      prefetchCall(queryClient, 'selfAssessments.list', { limit: 1 });
      // The lessons to answer for (upcoming/LessonsToAnswer).
      prefetchCall(queryClient, 'upcoming.list', { limit: 3 });
    },
    nav: { label: 'Dashboard', section: 'workspace', order: 10, icon: 'home' },
  },
  {
    path: '/projects',
    element: <ProjectList />,
    prefetch: (queryClient) => prefetchCall(queryClient, 'projects.list', { includeArchived: false }),
    nav: {
      label: 'Projects',
      section: 'workspace',
      order: 20,
      icon: 'projects',
      create: { path: '/projects/new', label: 'New project' },
    },
  },
  { path: '/projects/new', element: <NewProject /> },
  { path: '/projects/:id', element: <ProjectDetail /> },
  { path: '/projects/:id/edit', element: <EditProject /> },
  {
    path: '/people',
    element: <PeopleList />,
    prefetch: (queryClient) => prefetchCall(queryClient, 'collaborators.list', { includeArchived: false }),
    nav: {
      label: 'People',
      section: 'workspace',
      order: 30,
      icon: 'people',
      create: { path: '/people/new', label: 'New person' },
    },
  },
  { path: '/people/new', element: <NewPerson /> },
  { path: '/people/:id', element: <PersonDetail /> },
  { path: '/people/:id/edit', element: <EditPerson /> },
  {
    path: '/upcoming',
    element: <UpcomingPage />,
    prefetch: (queryClient) => prefetchCall(queryClient, 'upcoming.list', {}),
    // After People, so the number keys of the areas before it stay as they were.
    nav: { label: 'Upcoming', section: 'workspace', order: 35, icon: 'upcoming', create: { path: PLAN_LESSON_HREF, label: 'Plan a lesson' } },
  },
  { path: '/check-ins', element: <CheckInsPage />, nav: { label: 'Check-ins', section: 'workspace', order: 40, icon: 'calendar' } },
  ...ENTRY_KINDS.flatMap(kindRoutes),
  // A static segment outranks ':id', so this is not read as a lesson's id.
  { path: '/lessons/practice', element: <PracticePage /> },
  {
    path: '/patterns',
    element: <PatternsPage />,
    prefetch: (queryClient) => {
      prefetchCall(queryClient, 'settings.get', {});
      prefetchCall(queryClient, 'patterns.report', {});
    },
    nav: { label: 'Patterns', section: 'reflect', order: 10, icon: 'patterns' },
  },
  {
    path: '/self-assessment',
    element: <SelfAssessmentPage />,
    prefetch: (queryClient) => {
      prefetchCall(queryClient, 'selfAssessments.list', { limit: PAGE_LIMIT_MAX });
      prefetchCall(queryClient, 'selfAssessments.current', {});
    },
    nav: { label: 'Self-assessment', section: 'reflect', order: 20, icon: 'assessment' },
  },
  // A static segment outranks ':id', so this is not read as a result's id.
  { path: '/self-assessment/take', element: <TakeSelfAssessment /> },
  { path: '/self-assessment/:id', element: <SelfAssessmentResult /> },
  {
    path: '/settings',
    element: <SettingsPage />,
    prefetch: (queryClient) => {
      prefetchCall(queryClient, 'settings.get', {});
      prefetchCall(queryClient, 'settings.resets', {});
      prefetchCall(queryClient, 'backups.list', {});
    },
    nav: { label: 'Settings', section: 'app', order: 10, icon: 'settings' },
  },
  // After Settings, so the number keys 1–9 keep going to the areas used every day.
  {
    path: '/deleted',
    element: <RecentlyDeleted />,
    prefetch: prefetchDeletedList,
    nav: { label: 'Recently deleted', section: 'app', order: 20, icon: 'trash' },
  },
  { path: '*', element: <NotFound /> },
];

export type NavRoute = AppRoute & { nav: NonNullable<AppRoute['nav']> };

/** The sidebar's entries, section by section, in order. */
export function navRoutes(): NavRoute[] {
  const sectionIndex = (section: NavSection) => NAV_SECTIONS.findIndex((s) => s.id === section);
  return routes
    .filter((route): route is NavRoute => route.nav !== undefined)
    .sort((a, b) => sectionIndex(a.nav.section) - sectionIndex(b.nav.section) || a.nav.order - b.nav.order);
}
