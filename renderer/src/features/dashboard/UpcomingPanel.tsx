/**
 * "Upcoming": the reminders a person can act on (reminders.list with the register's lead times), the real
 * upcoming items first in due-date order, then the overdue ones grouped under one counted, folded heading
 * (newest first) so years of arrears never push today's work off the first screen. Each item can be
 * acknowledged (until its next lead time), snoozed (a week or a month) or dismissed; the last answer can be put
 * back at once. Answers are stored with who and when (reminders.act / reminders.log).
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Menu,
  Paper,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconCheck, IconChevronDown, IconChevronRight, IconClockPause, IconX } from '@tabler/icons-react';
import { forwardRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../../electron/common/domain/reminders';
import { groupReminders, OLD_PLANNED_MEETING_DAYS } from '../../../../electron/common/domain/reminder-groups';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { recordPath } from '../../app/kinds';
import { dateLang, formatPartialDate } from '../../i18n/dates';
import { reportWords } from '../../../../electron/common/domain/report-words';

const WINDOW_DAYS = 180;
/** Overdue items shown when the group is opened, before "Show all". */
const OVERDUE_PAGE = 25;

type Answer = 'acknowledged' | 'snoozed' | 'dismissed';

/** The ISO day `days` from today (local), for "snooze a week". */
function dayAfter(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function UpcomingPanel() {
  const { t } = useTranslation();
  const reminders = useApiQuery('reminders.list', { withinDays: WINDOW_DAYS, leadTimes: true });
  const act = useApiMutation('reminders.act');
  const [last, setLast] = useState<{ key: string; title: string; action: Answer } | null>(null);
  const items = reminders.data ?? [];
  // Old planned meetings without an outcome are clean-up, not arrears: counted apart (domain/reminder-groups.ts).
  const { upcoming, overdue, oldPlannedMeetings: oldPlanned } = groupReminders(items);
  const title = t('dashboard.upcoming', { days: WINDOW_DAYS });

  const answer = (r: Reminder, action: Answer, until?: string) =>
    void act
      .mutateAsync({ key: r.key, action, ...(until ? { until } : {}) })
      .then(() => setLast({ key: r.key, title: r.recordTitle, action }))
      .catch(() => null);
  const putBack = () =>
    last &&
    void act
      .mutateAsync({ key: last.key, action: 'reverted' })
      .then(() => setLast(null))
      .catch(() => null);

  const rows = (list: readonly Reminder[]) =>
    list.map((r) => <ReminderRow key={r.key} reminder={r} busy={act.isPending} onAnswer={answer} />);

  return (
    <Paper withBorder className="ent-panel">
      <Group justify="space-between" className="ent-panel-head">
        <Title order={2}>{title}</Title>
        {reminders.data ? (
          <Text size="sm" c="dimmed">
            {t('reminders.summary', { upcoming: upcoming.length, overdue: overdue.length })}
          </Text>
        ) : null}
      </Group>
      {last || act.error ? (
        <Alert
          color={act.error ? 'red' : 'gray'}
          py={4}
          m={6}
          role="status"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => {
            setLast(null);
            act.reset();
          }}
        >
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {act.error ? act.error.message : t(`reminders.done.${last!.action}`, { title: last!.title })}
            </Text>
            {last && !act.error ? (
              <Button size="compact-xs" variant="default" onClick={putBack}>
                {t('reminders.putBack')}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : null}
      {reminders.isError ? (
        <Alert color="red" m={6}>
          {reminders.error.message}
        </Alert>
      ) : items.length === 0 ? (
        <Text size="md" c="dimmed" p="sm">
          {reminders.isPending ? t('common.loading') : t('dashboard.nothingUpcoming')}
        </Text>
      ) : (
        <>
          {upcoming.length > 0 ? (
            <Table className="ent-table ent-panel-table" aria-label={title}>
              <Table.Tbody>{rows(upcoming)}</Table.Tbody>
            </Table>
          ) : (
            <Text size="md" c="dimmed" p="sm">
              {t('dashboard.nothingUpcoming')}
            </Text>
          )}
          <FoldedGroup
            id="ent-overdue"
            items={overdue}
            label={t('reminders.overdueGroup', { count: overdue.length })}
            hint={t('reminders.overdueHint')}
            tableLabel={t('dashboard.overdue')}
            rows={rows}
            urgent
          />
          <FoldedGroup
            id="ent-old-planned"
            items={oldPlanned}
            label={t('reminders.oldPlannedGroup', { count: oldPlanned.length })}
            hint={t('reminders.oldPlannedHint', { days: OLD_PLANNED_MEETING_DAYS })}
            tableLabel={t('reminders.oldPlannedTable')}
            rows={rows}
          />
        </>
      )}
    </Paper>
  );
}

/** A counted, folded group of reminders (newest first), opened by its heading; long groups show a page first. */
function FoldedGroup({
  id,
  items,
  label,
  hint,
  tableLabel,
  rows,
  urgent = false,
}: {
  id: string;
  items: readonly Reminder[];
  label: string;
  hint: string;
  tableLabel: string;
  rows: (list: readonly Reminder[]) => ReactNode;
  urgent?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return null;
  return (
    <>
      <UnstyledButton
        className="ent-group-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
        <Text span size="sm" fw={600} className={urgent ? 'ent-overdue-text' : undefined}>
          {label}
        </Text>
        <Text span size="sm" c="dimmed">
          {hint}
        </Text>
      </UnstyledButton>
      {open ? (
        <div id={id}>
          <Table className="ent-table ent-panel-table" aria-label={tableLabel}>
            <Table.Tbody>{rows(showAll ? items : items.slice(0, OVERDUE_PAGE))}</Table.Tbody>
          </Table>
          {!showAll && items.length > OVERDUE_PAGE ? (
            <Button variant="subtle" size="xs" m={6} onClick={() => setShowAll(true)}>
              {t('reminders.showAll', { count: items.length })}
            </Button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

function ReminderRow({
  reminder: r,
  busy,
  onAnswer,
}: {
  reminder: Reminder;
  busy: boolean;
  onAnswer: (r: Reminder, action: Answer, until?: string) => void;
}) {
  const { t } = useTranslation();
  const about = { title: r.recordTitle };
  const kindLabel = t(`reminderKinds.${r.kind}`, { defaultValue: r.kindLabel });
  return (
    <Table.Tr data-reminder={r.key}>
      <Table.Td w={100}>
        <Text size="md" className={r.overdue ? 'ent-num ent-overdue-text' : 'ent-num'}>
          {formatPartialDate(r.date)}
        </Text>
      </Table.Td>
      <Table.Td w={150}>
        <Badge variant="light" color={r.overdue ? 'red' : 'gray'} tt="none" title={kindLabel} maw={150}>
          {kindLabel}
        </Badge>
      </Table.Td>
      <Table.Td>
        <a className="ent-link" href={`#${recordPath(r.recordKind, r.recordId)}`}>
          {r.recordTitle}
        </a>
        <Text size="sm" c="dimmed">
          {reportWords(dateLang()).reminderText(r)}
        </Text>
      </Table.Td>
      <Table.Td w={92}>
        <Group gap={2} wrap="nowrap" justify="flex-end">
          <AnswerIcon
            label={t('reminders.acknowledge', about)}
            tip={t('reminders.acknowledgeShort')}
            busy={busy}
            onClick={() => onAnswer(r, 'acknowledged')}
          >
            <IconCheck size={14} />
          </AnswerIcon>
          <Menu position="bottom-end">
            <Menu.Target>
              <AnswerIcon label={t('reminders.snooze', about)} tip={t('reminders.snoozeShort')} busy={busy}>
                <IconClockPause size={14} />
              </AnswerIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onAnswer(r, 'snoozed', dayAfter(7))}>{t('reminders.snoozeWeek')}</Menu.Item>
              <Menu.Item onClick={() => onAnswer(r, 'snoozed', dayAfter(30))}>{t('reminders.snoozeMonth')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <AnswerIcon
            label={t('reminders.dismiss', about)}
            tip={t('reminders.dismissShort')}
            busy={busy}
            onClick={() => onAnswer(r, 'dismissed')}
          >
            <IconX size={14} />
          </AnswerIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** One answer button: an icon with its full label for screen readers and a short tooltip. */
const AnswerIcon = forwardRef<
  HTMLButtonElement,
  { label: string; tip: string; busy: boolean; onClick?: () => void; children: ReactNode }
>(function AnswerIcon({ label, tip, busy, onClick, children, ...rest }, ref) {
  return (
    <ActionIcon
      ref={ref}
      {...rest}
      variant="subtle"
      color="gray"
      size="sm"
      disabled={busy}
      aria-label={label}
      title={tip}
      onClick={onClick}
    >
      {children}
    </ActionIcon>
  );
});
