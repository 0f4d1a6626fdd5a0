import type { ReactNode } from 'react';
import { ENTRY_KINDS, KINDS, newEntryHref, type EntryKind } from '../../shared/kinds';
import { EditEntryPage } from './components/entry/EditEntryPage';
import { EntryDetail } from './components/entry/EntryDetail';
import { NewEntryPage } from './components/entry/NewEntryPage';
import type { IconName } from './components/Icon';
import { RENDERER_KINDS } from './kinds';
import { ComingPage } from './pages/ComingPage';
import { Dashboard } from './pages/Dashboard';
import { PracticePage } from './pages/lessons/PracticePage';
import { NotFound } from './pages/NotFound';
import { PatternsPage } from './pages/patterns/PatternsPage';
import { EditPerson } from './pages/people/EditPerson';
import { NewPerson } from './pages/people/NewPerson';
import { PeopleList } from './pages/people/PeopleList';
import { PersonDetail } from './pages/people/PersonDetail';
import { EditProject } from './pages/projects/EditProject';
import { NewProject } from './pages/projects/NewProject';
import { ProjectDetail } from './pages/projects/ProjectDetail';
import { ProjectList } from './pages/projects/ProjectList';
import { SettingsPage } from './pages/settings/SettingsPage';

/**
 * Every page of the app. A new area adds one entry here (and drops its "coming" placeholder); a new
 * kind of entry adds none, its pages come from the kind registries. The sidebar, the number
 * shortcuts and the "N" new-item shortcut all read from this list.
 */
export type NavSection = 'workspace' | 'log' | 'reflect' | 'app';

export interface AppRoute {
  path: string;
  element: ReactNode;
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
      nav: { label: labels.nav, section: 'log', order: navOrder, icon, create: { path: newEntryHref(kind), label: labels.create } },
    },
    { path: newEntryHref(kind), element: <NewEntryPage key={kind} kind={kind} /> },
    { path: `${paths.entry}/:id`, element: <EntryDetail key={kind} kind={kind} /> },
    { path: `${paths.entry}/:id/edit`, element: <EditEntryPage key={kind} kind={kind} /> },
  ];
}

export const routes: AppRoute[] = [
  { path: '/', element: <Dashboard />, nav: { label: 'Dashboard', section: 'workspace', order: 10, icon: 'home' } },
  {
    path: '/projects',
    element: <ProjectList />,
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
  ...ENTRY_KINDS.flatMap(kindRoutes),
  // A static segment outranks ':id', so this is not read as a lesson's id.
  { path: '/lessons/practice', element: <PracticePage /> },
  {
    path: '/patterns',
    element: <PatternsPage />,
    nav: { label: 'Patterns', section: 'reflect', order: 10, icon: 'patterns' },
  },
  {
    path: '/assessment',
    element: <ComingPage area="assessment" />,
    nav: { label: 'Assessment', section: 'reflect', order: 20, icon: 'assessment', coming: true },
  },
  {
    path: '/settings',
    element: <SettingsPage />,
    nav: { label: 'Settings', section: 'app', order: 10, icon: 'settings' },
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
