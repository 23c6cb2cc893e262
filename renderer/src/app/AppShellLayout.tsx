/** The window: sidebar (from the route registry), top bar, the routed page, and global keyboard handling. */
import {
  Alert,
  AppShell,
  Box,
  Center,
  Loader,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { Fragment, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks';
import { useSafetyCommands } from '../features/safety/useSafetyCommands';
import { ANNOUNCER_ID } from './arrival';
import { CommandPalette, usePaletteState } from './CommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { LeaveDialog } from './leave-guard';
import { ShortcutHelp } from './ShortcutHelp';
import { useGlobalShortcuts } from './shortcuts';
import { navigate, matchPath, usePath } from './router';
import { ROUTES, type AppRoute } from './routes';
import { TopBar } from './TopBar';
import { WelcomePanel } from './WelcomePanel';
import { SavedViewLinks } from '../features/records/list/SavedViewLinks';
import { setDraftRegister } from '../features/records/form/draftStore';

function findRoute(path: string): { route: AppRoute; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/** "Start empty" is remembered per database file, so the welcome panel does not come back for it. */
const DISMISSED_KEY = 'entente.welcomeDismissedFor';
function readDismissed(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}
function writeDismissed(file: string): void {
  try {
    localStorage.setItem(DISMISSED_KEY, file);
  } catch {
    // Not remembered: the panel shows again next time, which is harmless.
  }
}

/** The sidebar entry that a path belongs to: `/agreements/01H…` highlights Agreements. */
function activeSidebarPath(path: string): string {
  const first = path.split('/').filter(Boolean)[0];
  return first ? `/${first}` : '/';
}

export function AppShellLayout() {
  const { t } = useTranslation();
  const path = usePath();
  const palette = usePaletteState();
  const match = useMemo(() => findRoute(path), [path]);
  const info = useApiQuery('app.info', {});
  const [helpOpen, setHelpOpen] = useState(false);
  useGlobalShortcuts({
    currentKind: match?.route.kind,
    openPalette: palette.open,
    openShortcutHelp: () => setHelpOpen(true),
  });
  // Undo / redo / back up now / restore… from the native menu work on every page.
  useSafetyCommands();

  const sections = (['records', 'tools'] as const).map((section) => ({
    section,
    routes: ROUTES.filter((r) => r.sidebar && r.section === section),
  }));
  const active = activeSidebarPath(path);
  const [dismissedFor, setDismissedFor] = useState(() => readDismissed());
  const databaseFile = info.data?.databaseFile ?? '';
  // Kept drafts belong to the register they were typed in (draftStore.ts): named before any page reads one, and no
  // page is drawn until the register is known (or could not be asked, when drafts go unnamed).
  setDraftRegister(info.data?.databaseFile);
  const registerKnown = info.data !== undefined || info.isError;
  const showWelcome = info.data?.isEmpty === true && path === '/' && dismissedFor !== databaseFile;
  const startEmpty = () => {
    writeDismissed(databaseFile);
    setDismissedFor(databaseFile);
  };

  return (
    <AppShell
      header={{ height: 40 }}
      navbar={{ width: 208, breakpoint: 0 }}
      padding={0}
      classNames={{ header: 'ent-header', navbar: 'ent-navbar', main: 'ent-main' }}
    >
      <AppShell.Header>
        <TopBar info={info.data} onOpenPalette={palette.open} />
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('nav.label')}>
        <ScrollArea type="scroll" className="ent-navbar-scroll">
          <Stack gap={2} p={6}>
            {sections.map(({ section, routes }) =>
              routes.length === 0 ? null : (
                <Box key={section} mb={6}>
                  <Text className="ent-nav-section" component="h2">
                    {t(`nav.section.${section}`)}
                  </Text>
                  {routes.map((route) => {
                    const Icon = route.icon;
                    const isActive = active === route.path;
                    return (
                      <Fragment key={route.path}>
                        <NavLink
                          href={`#${route.path}`}
                          label={t(route.labelKey)}
                          leftSection={Icon ? <Icon size={15} stroke={1.6} aria-hidden /> : null}
                          active={isActive && !window.location.hash.includes('view=')}
                          aria-current={isActive ? 'page' : undefined}
                          className="ent-navlink"
                        />
                        {route.kind ? <SavedViewLinks kind={route.kind} currentHash={window.location.hash} /> : null}
                      </Fragment>
                    );
                  })}
                </Box>
              ),
            )}
          </Stack>
        </ScrollArea>
        <Text size="xs" c="dimmed" className="ent-nav-footer" component="p">
          {/* Wraps between shortcuts, never inside one: on one line it ran past the sidebar over the page. */}
          {t('palette.hint')
            .split(' · ')
            .map((part, i) => (
              <Fragment key={part}>
                {i > 0 ? ' · ' : null}
                <span className="ent-nav-footer-item">{part}</span>
              </Fragment>
            ))}
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>
        {info.data?.readOnly ? (
          <Alert
            color="yellow"
            variant="light"
            radius={0}
            role="status"
            title={t('readOnly.title')}
            // Mantine's yellow title on the light yellow ground fails WCAG contrast (axe, issue 15 read-only test).
            styles={{ title: { color: 'var(--mantine-color-text)' } }}
          >
            {info.data.readOnly}
          </Alert>
        ) : null}
        <ErrorBoundary key={path}>
          <Suspense
            fallback={
              <Center h={200}>
                <Loader size="sm" aria-label={t('common.loading')} />
              </Center>
            }
          >
            {!registerKnown ? (
              <Center h={200}>
                <Loader size="sm" aria-label={t('common.loading')} />
              </Center>
            ) : showWelcome ? (
              <WelcomePanel onStartEmpty={startEmpty} />
            ) : match ? (
              <match.route.component params={match.params} />
            ) : (
              <NotFound />
            )}
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
      <CommandPalette opened={palette.opened} onClose={palette.close} />
      <ShortcutHelp opened={helpOpen} onClose={() => setHelpOpen(false)} />
      <LeaveDialog />
      <VisuallyHidden id={ANNOUNCER_ID} aria-live="polite" aria-atomic="true" />
    </AppShell>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Center h={240}>
      <Stack align="center" gap={6}>
        <Text fw={600}>{t('notFound.title')}</Text>
        <UnstyledButton onClick={() => navigate('/')}>
          <Text c="accent" size="sm">
            {t('notFound.back')}
          </Text>
        </UnstyledButton>
      </Stack>
    </Center>
  );
}
