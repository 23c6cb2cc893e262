/** One record: header with derived status, the status chart, fields, parties, links, chronology and history. */
import { Badge, Button, Grid, Stack } from '@mantine/core';
import { IconPencil, IconTimelineEvent, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordStatus } from '../../../../../electron/common/domain/status';
import type { AnyRecord } from '../../../../../electron/common/domain/types';
import { isStatusKind, LINK_RELATION, type RecordKind } from '../../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../../api/hooks';
import { editRecordPath } from '../../../app/kinds';
import { useReadOnly } from '../../../api/read-only';
import { navigate } from '../../../app/router';
import { usePageShortcuts } from '../../../app/shortcuts';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { vocabLabel } from '../../../i18n';
import { recordTitle, recordType, statusEventsOf } from '../shared/record';
import { useTitleIndex } from '../shared/useTitles';
import { AttachmentsSection } from '../../attachments/AttachmentsSection';
import { programmeTimelinePath } from '../../timeline/scope';
import { AuditSection } from './AuditSection';
import { DeleteDialog } from './DeleteDialog';
import { FieldsSection } from './FieldsSection';
import { KindSections, PartiesSection, ReferencedBySection } from './RelationsSections';
import { StatusChart } from './StatusChart';
import { StatusChronology } from './StatusChronology';
import { LinksSection } from './LinksSection';

/** A dependent that only links to this record is already listed under Links, in the inverse wording. */
const onlyLinks = (relation: string) => relation.split(', ').every((r) => r.startsWith(LINK_RELATION));

export default function RecordDetailPage({ kind, id }: { kind: RecordKind; id: string }) {
  const record = useApiQuery('records.get', { kind, id });
  return <QueryState query={record}>{(r) => <RecordDetail record={r} loaded={!record.isFetching} />}</QueryState>;
}

/** `loaded`: the record shown is the current one (not a cached copy being refreshed); shortcuts wait for it. */
function RecordDetail({ record, loaded }: { record: AnyRecord; loaded: boolean }) {
  const { t } = useTranslation();
  const titles = useTitleIndex();
  const dependents = useApiQuery('records.dependents', { id: record.id });
  const [deleting, setDeleting] = useState(false);
  const [addStatus, setAddStatus] = useState(0);
  const events = statusEventsOf(record);
  // A read-only register (damaged, or another window's) offers no change that could only be refused.
  const readOnly = useReadOnly();
  // E edit, S add a status event (app/shortcuts.ts: not while typing, not under a dialog).
  usePageShortcuts(
    readOnly
      ? {}
      : {
          e: () => navigate(editRecordPath(record.kind, record.id)),
          ...(events ? { s: () => setAddStatus((n) => n + 1) } : {}),
        },
    loaded,
  );
  const type = recordType(record);
  const title = recordTitle(record);

  return (
    // Busy while the record shown is being read afresh (assistive technology says so; shortcuts wait).
    <Stack gap={0} aria-busy={loaded ? undefined : true} data-record-page>
      <PageHeader
        title={title}
        subtitle={[t(`kinds.${record.kind}.one`), type ? vocabLabel(t, type) : null].filter(Boolean).join(' · ')}
        badges={
          events ? (
            // A meeting's date decides its status until an event does (Held / Planned), as in lists and reports.
            <StatusBadge
              status={recordStatus({
                kind: record.kind,
                statusEvents: events,
                ...('date' in record ? { date: record.date } : {}),
              })}
            />
          ) : record.kind === 'party' ? (
            <Badge variant="default" tt="none">
              {vocabLabel(t, record.type)}
            </Badge>
          ) : null
        }
        actions={
          <>
            {record.kind === 'programme' ? (
              <Button
                component="a"
                href={`#${programmeTimelinePath(record.id)}`}
                variant="default"
                leftSection={<IconTimelineEvent size={14} aria-hidden />}
              >
                {t('timelineView.show')}
              </Button>
            ) : null}
            {readOnly ? null : (
              <>
                <Button
                  component="a"
                  href={`#${editRecordPath(record.kind, record.id)}`}
                  variant="default"
                  leftSection={<IconPencil size={14} />}
                  aria-keyshortcuts="E"
                >
                  {t('common.edit')}
                </Button>
                <Button
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => setDeleting(true)}
                >
                  {t('common.delete')}
                </Button>
              </>
            )}
          </>
        }
      />
      <Stack gap="md" p="md">
        {events && isStatusKind(record.kind) ? (
          <StatusChart
            id={record.id}
            title={title}
            kindLabel={t(`kinds.${record.kind}.one`)}
            events={events}
            points={record.kind === 'meeting'}
          />
        ) : null}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <FieldsSection record={record} titles={titles} />
              <PartiesSection record={record} titles={titles} />
              <KindSections record={record} titles={titles} />
              <LinksSection record={record} titles={titles} />
              <ReferencedBySection dependents={(dependents.data ?? []).filter((d) => !onlyLinks(d.relation))} />
              <AttachmentsSection recordId={record.id} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              {events && isStatusKind(record.kind) ? (
                <StatusChronology kind={record.kind} recordId={record.id} events={events} addRequest={addStatus} />
              ) : null}
              <AuditSection id={record.id} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <DeleteDialog record={record} opened={deleting} onClose={() => setDeleting(false)} />
    </Stack>
  );
}
