/** Parties and roles, linked records, and kind-specific lists (sessions, phases, milestones, outcomes…). */
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../../../electron/common/domain/partial-date';
import type { AnyRecord, Dependent } from '../../../../../electron/common/domain/types';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import { KIND_ICONS, recordPath } from '../../../app/kinds';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { RecordLink } from '../shared/RecordLink';

type Titles = Map<string, RecordTitle>;

function RoleRows({
  rows,
  titles,
}: {
  rows: { key: string; id: string | null; role: string; extra?: string }[];
  titles: Titles;
}) {
  const { t } = useTranslation();
  return (
    <Table className="ent-table" aria-label={t('detail.parties')}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.id ? <RecordLink id={row.id} titles={titles} /> : null}</Table.Td>
            <Table.Td w={150}>
              <Text size="md" c="dimmed">
                {row.role ? vocabLabel(t, row.role) : ''}
              </Text>
            </Table.Td>
            {row.extra !== undefined ? (
              <Table.Td>
                <Text size="md" c="dimmed">
                  {row.extra}
                </Text>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function PartiesSection({ record, titles }: { record: AnyRecord; titles: Titles }) {
  const { t } = useTranslation();
  if (record.kind === 'agreement' && record.parties.length) {
    return (
      <Section title={t('detail.partiesAndRoles')} id="parties">
        <RoleRows
          titles={titles}
          rows={record.parties.map((p) => ({
            key: p.id,
            id: p.partyId,
            role: p.role,
            extra: p.events.map((e) => `${vocabLabel(t, e.kind)} ${formatPartialDate(e.date)}`).join(' · '),
          }))}
        />
      </Section>
    );
  }
  if (record.kind === 'working_group' && record.parties.length) {
    return (
      <Section title={t('detail.partiesAndRoles')} id="parties">
        <RoleRows
          titles={titles}
          rows={record.parties.map((p, i) => ({ key: String(i), id: p.partyId, role: p.role }))}
        />
      </Section>
    );
  }
  if (record.kind === 'programme' && record.partners.length) {
    return (
      <Section title={t('detail.partners')} id="parties">
        <RoleRows
          titles={titles}
          rows={record.partners.map((p, i) => ({ key: String(i), id: p.partyId, role: p.role }))}
        />
      </Section>
    );
  }
  if (record.kind === 'meeting' && record.participants.length) {
    return (
      <Section title={t('detail.participants')} id="parties">
        <Table className="ent-table" aria-label={t('detail.participants')}>
          <Table.Tbody>
            {record.participants.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td>{p.personId ? <RecordLink id={p.personId} titles={titles} /> : null}</Table.Td>
                <Table.Td>{p.partyId ? <RecordLink id={p.partyId} titles={titles} /> : null}</Table.Td>
                <Table.Td w={180}>
                  <Text size="md" c="dimmed">
                    {p.role}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    );
  }
  return null;
}

function DatedRows({
  label,
  rows,
}: {
  label: string;
  rows: { key: string; name: string; date: string; note: string }[];
}) {
  return (
    <Table className="ent-table" aria-label={label}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td w={150}>
              <Text size="md" className="ent-num">
                {r.date}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="md">{r.name}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="md" c="dimmed">
                {r.note}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function KindSections({ record, titles }: { record: AnyRecord; titles: Titles }) {
  const { t } = useTranslation();
  switch (record.kind) {
    case 'working_group':
      return record.sessions.length ? (
        <Section title={t('detail.sessions')} id="sessions">
          <Table className="ent-table" aria-label={t('detail.sessions')}>
            <Table.Tbody>
              {[...record.sessions]
                .sort((a, b) => a.edition - b.edition)
                .map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td w={110}>
                      <Text size="md">{t('detail.edition', { n: s.edition })}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RecordLink id={s.meetingId} titles={titles} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="md" c="dimmed">
                        {titles.get(s.meetingId)?.subtitle}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Section>
      ) : null;
    case 'programme':
      return (
        <>
          {record.phases.length ? (
            <Section title={t('detail.phases')} id="phases">
              <DatedRows
                label={t('detail.phases')}
                rows={record.phases.map((p) => ({
                  key: p.id,
                  name: p.name,
                  date: `${formatPartialDate(p.start)} – ${formatPartialDate(p.end)}`,
                  note: p.note,
                }))}
              />
            </Section>
          ) : null}
          {record.milestones.length ? (
            <Section title={t('detail.milestones')} id="milestones">
              <DatedRows
                label={t('detail.milestones')}
                rows={record.milestones.map((m) => ({
                  key: m.id,
                  name: m.name,
                  date: formatPartialDate(m.date),
                  note: m.note,
                }))}
              />
            </Section>
          ) : null}
        </>
      );
    case 'meeting':
      return (
        <>
          {record.linkedIds.length ? (
            <Section title={t('detail.linkedRecords')} id="links">
              <Stack gap={4}>
                {record.linkedIds.map((id) => (
                  <RecordLink key={id} id={id} titles={titles} showKind />
                ))}
              </Stack>
            </Section>
          ) : null}
          {record.topics.length || record.outcomes.length ? (
            <Section title={t('detail.topicsOutcomes')} id="topics">
              <Stack gap={8}>
                {record.topics.length ? (
                  <Group gap={4}>
                    {record.topics.map((topic) => (
                      <Badge key={topic} variant="default" tt="none">
                        {topic}
                      </Badge>
                    ))}
                  </Group>
                ) : null}
                {record.outcomes.map((o, i) => (
                  <Text key={i} size="md">
                    • {o}
                  </Text>
                ))}
              </Stack>
            </Section>
          ) : null}
          {record.actionItems.length ? (
            <Section title={t('detail.actionItems')} id="actions">
              <DatedRows
                label={t('detail.actionItems')}
                rows={record.actionItems.map((a) => ({
                  key: a.id,
                  name: a.text,
                  date: a.due === 'XXXX' ? '' : formatPartialDate(a.due),
                  note: [a.owner, vocabLabel(t, a.state)].filter(Boolean).join(' · '),
                }))}
              />
            </Section>
          ) : null}
        </>
      );
    default:
      return null;
  }
}

export function ReferencedBySection({ dependents }: { dependents: Dependent[] }) {
  const { t } = useTranslation();
  if (dependents.length === 0) return null;
  return (
    <Section title={t('detail.referencedBy')} id="refs">
      <Stack gap={4}>
        {dependents.map((d) => {
          const Icon = KIND_ICONS[d.kind];
          return (
            <Group key={`${d.id}-${d.relation}`} gap={6} wrap="nowrap">
              <Icon size={14} stroke={1.6} aria-hidden className="ent-muted-icon" />
              <a className="ent-link" href={`#${recordPath(d.kind, d.id)}`}>
                {d.title}
              </a>
              <Text size="sm" c="dimmed">
                {d.relation}
              </Text>
            </Group>
          );
        })}
      </Stack>
    </Section>
  );
}
