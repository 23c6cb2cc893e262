/**
 * THE route registry. The shell builds its sidebar and its router from this list, in order.
 * Feature teammates plug their pages in by adding ONE entry each (Search, Reports, Data & backups) with
 * section 'tools' and sidebar: true; their components live in renderer/src/features/<feature>/.
 * A component receives the path params (`/agreements/:id` → params.id). Put more specific paths
 * (`/agreements/new`) before parametrised ones (`/agreements/:id`).
 */
import { lazy, type ComponentType } from 'react';
import type { Icon } from '@tabler/icons-react';
import { IconDatabaseExport, IconLayoutDashboard } from '@tabler/icons-react';
import type { RecordKind } from '../../../electron/common/domain/vocab';
import { KINDS_IN_ORDER, KIND_ICONS, KIND_SEGMENTS } from './kinds';
import type { RouteParams } from './router';
import { IconTimeline } from '@tabler/icons-react';
import '../features/reports/strings'; // the Reports sidebar label lives in the feature's namespace
import '../features/safety/strings'; // the sidebar label lives in the feature's namespace
import { IconSearch, IconTimelineEvent } from '@tabler/icons-react';
import '../features/search/strings'; // the Search sidebar label lives in the feature's namespace

export interface RouteProps {
  params: RouteParams;
}

export interface AppRoute {
  /** Hash path pattern, e.g. '/agreements/:id'. */
  path: string;
  /** i18n key of the page / sidebar label. */
  labelKey: string;
  icon?: Icon;
  section: 'records' | 'tools';
  component: ComponentType<RouteProps>;
  /** Shown in the sidebar (list and tool pages), or reached only by links (detail, forms). */
  sidebar: boolean;
  /** The record kind a page is about: Ctrl+N creates one of these. */
  kind?: RecordKind;
}

const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const RecordListPage = lazy(() => import('../features/records/list/RecordListPage'));
const RecordDetailPage = lazy(() => import('../features/records/detail/RecordDetailPage'));
const RecordFormPage = lazy(() => import('../features/records/form/RecordFormPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const DataSafetyPage = lazy(() => import('../features/safety/DataSafetyPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const TimelinePage = lazy(() => import('../features/timeline/TimelinePage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));

function routesForKind(kind: RecordKind): AppRoute[] {
  const base = `/${KIND_SEGMENTS[kind]}`;
  const common = { section: 'records' as const, icon: KIND_ICONS[kind], kind };
  return [
    {
      ...common,
      path: base,
      labelKey: `kinds.${kind}.plural`,
      sidebar: true,
      component: () => <RecordListPage kind={kind} />,
    },
    {
      ...common,
      path: `${base}/new`,
      labelKey: `kinds.${kind}.new`,
      sidebar: false,
      component: () => <RecordFormPage kind={kind} />,
    },
    {
      ...common,
      path: `${base}/:id/edit`,
      labelKey: `kinds.${kind}.edit`,
      sidebar: false,
      component: ({ params }) => <RecordFormPage kind={kind} id={params.id} />,
    },
    {
      ...common,
      path: `${base}/:id`,
      labelKey: `kinds.${kind}.one`,
      sidebar: false,
      component: ({ params }) => <RecordDetailPage kind={kind} id={params.id ?? ''} />,
    },
  ];
}

export const ROUTES: AppRoute[] = [
  {
    path: '/',
    labelKey: 'nav.dashboard',
    icon: IconLayoutDashboard,
    section: 'records',
    sidebar: true,
    component: DashboardPage,
  },
  ...KINDS_IN_ORDER.flatMap(routesForKind),
  // Tools (feature teammates add their entries here): Search, Reports, Data & backups.
  { path: '/search', labelKey: 'search:nav', icon: IconSearch, section: 'tools', sidebar: true, component: SearchPage },
  {
    path: '/reports',
    labelKey: 'reports:nav',
    icon: IconTimeline,
    section: 'tools',
    sidebar: true,
    component: ReportsPage,
  },
  // File ▸ Import spreadsheet… and the welcome panel open it; not in the sidebar.
  { path: '/import', labelKey: 'importSheet.title', section: 'tools', sidebar: false, component: ImportPage },
  {
    path: '/timeline',
    labelKey: 'timelineView.nav',
    icon: IconTimelineEvent,
    section: 'tools',
    sidebar: true,
    component: TimelinePage,
  },
  {
    path: '/data',
    labelKey: 'safety:title',
    icon: IconDatabaseExport,
    section: 'tools',
    sidebar: true,
    component: DataSafetyPage,
  },
];
