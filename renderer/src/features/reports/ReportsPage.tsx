/**
 * The report builder: scope and options on the left, a live preview of the report on the right — the very
 * HTML that is exported, shown in a sandboxed iframe (no scripts, no same-origin access) — and export
 * buttons per format with progress and cancel.
 */
import { Alert, Box, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useUnsavedGuard } from '../../app/leave-guard';
import { PageHeader } from '../../components/PageHeader';
import { dateLang } from '../../i18n/dates';
import { ExportPanel } from './ExportPanel';
import { EMPTY_SCOPE, ScopeForm, toRequest, type ScopeState } from './ScopeForm';
import { REPORTS_NS } from './strings';
import { useDebouncedValue } from '@mantine/hooks';
import { clearDraft, editorDraftKey } from '../records/form/draftStore';
import { RestoredNotice, useKeepDraft, useStoredDraft } from '../records/form/keptDraft';

export default function ReportsPage() {
  const { t, i18n } = useTranslation(REPORTS_NS);
  // Per register (draftStore.ts): worked out when the page renders, once the shell knows the register.
  const DRAFT_KEY = editorDraftKey('report-builder');
  // A scope being built is kept like a record form's typing (records/form/keptDraft.tsx): a reload restores it.
  const stored = useStoredDraft(DRAFT_KEY);
  const [restored, setRestored] = useState(stored);
  const [scope, setScope] = useState<ScopeState>(() => ({ ...EMPTY_SCOPE, ...(stored?.values ?? {}) }));
  // The report is in the interface's language (preview and every export alike).
  const lang = dateLang(i18n.language);
  const request = useMemo(() => ({ ...toRequest(scope), lang }), [scope, lang]);
  // The preview re-renders per pause in editing, not per keystroke.
  const [settled] = useDebouncedValue(request, 400);
  const preview = useApiQuery('reports.preview', { request: settled }, { placeholderData: keepPreviousData });
  const data = preview.data;
  // A scope built up field by field is work: leaving the builder with one asks first (app/leave-guard.tsx) —
  // until it has been exported: the report is then kept in its file, and leaving loses nothing.
  const builder = useRef<HTMLDivElement>(null);
  const [exported, setExported] = useState<ScopeState>(EMPTY_SCOPE);
  const dirty = JSON.stringify(scope) !== JSON.stringify(exported);
  useKeepDraft(DRAFT_KEY, scope, dirty);
  useUnsavedGuard(dirty, builder, undefined, () => clearDraft(DRAFT_KEY));
  return (
    <Stack gap={0} h="100%">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Group align="stretch" gap="md" p="md" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <Paper withBorder p="md" w={340} style={{ flexShrink: 0 }} ref={builder}>
          <ScrollArea h="100%" type="auto">
            {restored ? (
              <Box mb="sm">
                <RestoredNotice
                  draft={restored}
                  onDiscard={() => {
                    setRestored(null);
                    setScope(EMPTY_SCOPE);
                  }}
                />
              </Box>
            ) : null}
            <ScopeForm value={scope} onChange={setScope} />
          </ScrollArea>
        </Paper>
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
          <ExportPanel request={request} disabled={preview.isError} onExported={() => setExported(scope)} />
          <Group justify="space-between">
            <Text fw={700} size="sm">
              {t('preview')}
            </Text>
            <Text size="sm" c="dimmed">
              {preview.isFetching
                ? t('updating')
                : data
                  ? t('counts', {
                      records: data.recordCount,
                      events: data.eventCount,
                      undated: data.undatedCount,
                      reminders: data.reminderCount,
                    })
                  : ''}
            </Text>
          </Group>
          {preview.isError && (
            <Alert color="red" variant="light">
              {preview.error.message}
            </Alert>
          )}
          <Box style={{ flex: 1, minHeight: 480, border: '1px solid var(--mantine-color-gray-4)', background: '#fff' }}>
            {data && (
              // sandbox="" : the preview runs no script and gets an opaque origin; the report has none anyway.
              <iframe
                title={t('previewLabel')}
                sandbox=""
                srcDoc={data.html}
                style={{ width: '100%', height: '100%', minHeight: 480, border: 0 }}
              />
            )}
          </Box>
        </Stack>
      </Group>
    </Stack>
  );
}
