/**
 * The vertical chronology of status events, oldest first, dates as written, with note and source, and
 * inline add / edit / remove. The current (derived) status is marked. `addRequest` (the page's S shortcut)
 * opens the add form; when an inline form closes, the focus goes back to "Add status event".
 */
import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../i18n/dates';
import { statusCategory } from '../../../../../electron/common/domain/report';
import { currentStatus, orderStatusEvents } from '../../../../../electron/common/domain/status';
import type { StatusEvent } from '../../../../../electron/common/domain/types';
import type { StatusKind } from '../../../../../electron/common/domain/vocab';
import { useApiMutation } from '../../../api/hooks';
import { useReadOnly } from '../../../api/read-only';
import { Section } from '../../../components/Section';
import { CATEGORY_BADGE_COLOURS } from '../../../components/StatusBadge';
import { vocabLabel } from '../../../i18n';
import { editorDraftKey, readDraft } from '../form/draftStore';
import { StatusEventEditor, type StatusEventValues } from './StatusEventEditor';

/** Where an inline status editor keeps its typing: per record, per event (or `new`). */
const statusDraftKey = (recordId: string, eventId: string) => editorDraftKey('status', recordId, eventId);

export function StatusChronology({
  kind,
  recordId,
  events,
  addRequest = 0,
}: {
  kind: StatusKind;
  recordId: string;
  events: StatusEvent[];
  addRequest?: number;
}) {
  const { t } = useTranslation();
  // An editor whose typing was kept (a reload, a crash) opens again with it, as a record form does.
  const [editing, setEditing] = useState<string | 'new' | null>(
    () => ['new', ...events.map((e) => e.id)].find((id) => readDraft(statusDraftKey(recordId, id))) ?? null,
  );
  const addButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (addRequest > 0) setEditing('new');
  }, [addRequest]);
  useEffect(() => {
    if (editing === null && wasEditing.current) addButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);
  const readOnly = useReadOnly();
  const add = useApiMutation('status.add');
  const update = useApiMutation('status.update');
  const remove = useApiMutation('status.remove');
  const ordered = orderStatusEvents(events);
  const current = currentStatus(events);

  const save = async (values: StatusEventValues, eventId: string | null) => {
    if (eventId) await update.mutateAsync({ kind, recordId, eventId, event: values });
    else await add.mutateAsync({ kind, recordId, event: values });
    setEditing(null);
  };

  return (
    <Section
      title={t('detail.chronology')}
      id="chronology"
      actions={
        editing === 'new' || readOnly ? null : (
          <Button
            ref={addButton}
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
            aria-keyshortcuts="S"
          >
            {t('timeline.addEvent')}
          </Button>
        )
      }
    >
      {ordered.length === 0 && editing !== 'new' ? (
        <Text size="md" c="dimmed">
          {t('timeline.empty')}
        </Text>
      ) : null}
      <ol className="ent-chronology" aria-label={t('detail.chronology')}>
        {ordered.map((event) =>
          editing === event.id ? (
            <li key={event.id} className="ent-chrono-item">
              <StatusEventEditor
                kind={kind}
                initial={event}
                draftKey={statusDraftKey(recordId, event.id)}
                onSave={(v) => save(v, event.id)}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={event.id} className="ent-chrono-item" data-current={current?.eventId === event.id || undefined}>
              <span
                className="ent-chrono-dot"
                data-color={CATEGORY_BADGE_COLOURS[statusCategory(event.status)]}
                aria-hidden
              />
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <Group gap={8} wrap="nowrap">
                    <Text size="md" fw={600}>
                      {vocabLabel(t, event.status)}
                    </Text>
                    <Text size="md" className="ent-num">
                      {formatPartialDate(event.date)}
                    </Text>
                    {current?.eventId === event.id ? (
                      <Text size="xs" className="ent-current-tag">
                        {t('timeline.current')}
                      </Text>
                    ) : null}
                  </Group>
                  {event.note ? (
                    <Text size="md" c="dimmed">
                      {event.note}
                    </Text>
                  ) : null}
                  {event.source ? (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('timeline.source', { source: event.source })}
                    </Text>
                  ) : null}
                </div>
                <Group gap={2} wrap="nowrap" className="ent-row-actions">
                  {(
                    [
                      ['edit', IconPencil, () => setEditing(event.id), false],
                      [
                        'remove',
                        IconTrash,
                        () => remove.mutate({ kind, recordId, eventId: event.id }),
                        remove.isPending && remove.variables?.eventId === event.id,
                      ],
                    ] as const
                  )
                    .filter(() => readOnly === null)
                    .map(([action, Icon, onClick, loading]) => (
                      <Tooltip key={action} label={t(`timeline.${action}Event`)}>
                        <ActionIcon
                          aria-label={t(`timeline.${action}EventNamed`, {
                            status: vocabLabel(t, event.status),
                            date: formatPartialDate(event.date),
                          })}
                          color="gray"
                          loading={loading}
                          onClick={onClick}
                        >
                          <Icon size={14} />
                        </ActionIcon>
                      </Tooltip>
                    ))}
                </Group>
              </Group>
            </li>
          ),
        )}
        {editing === 'new' ? (
          <li className="ent-chrono-item">
            <StatusEventEditor
              kind={kind}
              initial={null}
              draftKey={statusDraftKey(recordId, 'new')}
              onSave={(v) => save(v, null)}
              onCancel={() => setEditing(null)}
            />
          </li>
        ) : null}
      </ol>
      {remove.error ? (
        <Text size="sm" c="red" role="alert">
          {remove.error.message}
        </Text>
      ) : null}
    </Section>
  );
}
