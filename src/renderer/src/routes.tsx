import type { ReactNode } from 'react';
import type { IconName } from './components/Icon';
import { ComingPage } from './pages/ComingPage';
import { Dashboard } from './pages/Dashboard';
import { EditFeedback } from './pages/feedback/EditFeedback';
import { FeedbackDetail } from './pages/feedback/FeedbackDetail';
import { FeedbackList } from './pages/feedback/FeedbackList';
import { NewFeedback } from './pages/feedback/NewFeedback';
import { EditHelp } from './pages/help/EditHelp';
import { HelpDetail } from './pages/help/HelpDetail';
import { ExchangeList } from './pages/exchanges/ExchangeList';
import { NewHelp } from './pages/help/NewHelp';
import { EditLesson } from './pages/lessons/EditLesson';
import { LessonDetail } from './pages/lessons/LessonDetail';
import { LessonList } from './pages/lessons/LessonList';
import { NewLesson } from './pages/lessons/NewLesson';
import { PracticePage } from './pages/lessons/PracticePage';
import { EditRequest } from './pages/requests/EditRequest';
import { RequestDetail } from './pages/requests/RequestDetail';
import { RequestList } from './pages/requests/RequestList';
import { NewRequest } from './pages/requests/NewRequest';
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
 * Every page of the app. A new area adds one entry here (and drops its "coming" placeholder);
 * the sidebar, the number shortcuts and the "N" new-item shortcut all read from this list.
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
  {
    path: '/feedback',
    element: <FeedbackList />,
    nav: {
      label: 'Feedback',
      section: 'log',
      order: 10,
      icon: 'feedback',
      create: { path: '/feedback/new', label: 'Log feedback' },
    },
  },
  { path: '/feedback/new', element: <NewFeedback /> },
  { path: '/feedback/:id', element: <FeedbackDetail /> },
  { path: '/feedback/:id/edit', element: <EditFeedback /> },
  {
    path: '/lessons',
    element: <LessonList />,
    nav: {
      label: 'Lessons',
      section: 'log',
      order: 20,
      icon: 'lessons',
      create: { path: '/lessons/new', label: 'Log a lesson' },
    },
  },
  { path: '/lessons/new', element: <NewLesson /> },
  { path: '/lessons/:id', element: <LessonDetail /> },
  { path: '/lessons/:id/edit', element: <EditLesson /> },
  { path: '/lessons/practice', element: <PracticePage /> },
  {
    path: '/requests',
    element: <RequestList />,
    nav: {
      label: 'Requests',
      section: 'log',
      order: 30,
      icon: 'requests',
      create: { path: '/requests/new', label: 'Log a request' },
    },
  },
  { path: '/requests/new', element: <NewRequest /> },
  { path: '/requests/:id', element: <RequestDetail /> },
  { path: '/requests/:id/edit', element: <EditRequest /> },
  {
    path: '/exchanges',
    element: <ExchangeList />,
    nav: {
      label: 'Give & take',
      section: 'log',
      order: 40,
      icon: 'exchanges',
      create: { path: '/help/new', label: 'Log help' },
    },
  },
  { path: '/help/new', element: <NewHelp /> },
  { path: '/help/:id', element: <HelpDetail /> },
  { path: '/help/:id/edit', element: <EditHelp /> },
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
