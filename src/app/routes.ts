// Ships on first load. Every screen but Today is its own chunk, fetched on first visit (and precached for offline).
import type { ComponentType } from 'preact';
import type { RouteProps } from './route-props';

type Loader = () => Promise<{ default: ComponentType<RouteProps> }>;

/** A path pattern and how to load its screen; `today` marks the screens drawn by the entry chunk. */
export interface Route {
  path: string;
  load: Loader | 'today';
}

/** Ordered: the first pattern that matches wins, so fixed paths come before `:id`. */
export const ROUTES: Route[] = [
  { path: '/', load: 'today' },
  { path: '/checkin', load: 'today' },
  { path: '/trends', load: () => import('../features/trends/TrendsScreen') },
  { path: '/trends/report', load: () => import('../features/report/ReportScreen') },
  { path: '/sessions', load: () => import('../features/sessions/SessionsScreen') },
  { path: '/sessions/new', load: () => import('../features/sessions/SessionEditScreen') },
  { path: '/sessions/:id', load: () => import('../features/sessions/SessionViewScreen') },
  { path: '/sessions/:id/edit', load: () => import('../features/sessions/SessionEditScreen') },
  { path: '/history', load: () => import('../features/history/HistoryScreen') },
  { path: '/history/checkin/:id', load: () => import('../features/checkin/CheckinEditScreen') },
  { path: '/more', load: () => import('../features/more/MoreScreen') },
  { path: '/questionnaires', load: () => import('../features/questionnaires/QuestionnairesScreen') },
  { path: '/questionnaires/answer/:id', load: () => import('../features/questionnaires/QuestionnaireScreen') },
  { path: '/questionnaires/:instrument', load: () => import('../features/questionnaires/QuestionnaireScreen') },
  { path: '/export/fhir', load: () => import('../features/fhir/FhirExportScreen') },
  { path: '/goals', load: () => import('../features/goals/GoalsScreen') },
  { path: '/goals/new', load: () => import('../features/goals/GoalEditScreen') },
  { path: '/goals/:id', load: () => import('../features/goals/GoalEditScreen') },
  { path: '/plan', load: () => import('../features/plan/PlanScreen') },
  { path: '/plan/new', load: () => import('../features/plan/PlanEditScreen') },
  { path: '/plan/:id/edit', load: () => import('../features/plan/PlanEditScreen') },
  { path: '/treatments', load: () => import('../features/treatments/TreatmentsScreen') },
  { path: '/treatments/:id', load: () => import('../features/treatments/TreatmentsScreen') },
  { path: '/activities', load: () => import('../features/activities/ActivitiesScreen') },
  { path: '/settings', load: () => import('../features/data/SettingsScreen') },
  { path: '/welcome', load: () => import('../features/welcome/WelcomeScreen') },
];

/** Warms the Trends chunk (and Chart.js with it) while the app is idle, so the tab opens at once. */
export function prefetchLikelyScreens(): void {
  const idle =
    (window as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback ??
    ((cb: () => void) => setTimeout(cb, 1500));
  idle(() => void import('../features/trends/TrendsScreen').catch(() => undefined));
}
