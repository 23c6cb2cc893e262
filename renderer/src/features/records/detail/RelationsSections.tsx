/** Parties and roles, linked records, and kind-specific lists (sessions, phases, milestones, outcomes…). */
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../i18n/dates';
import type { AnyRecord, Dependent } from '../../../../../electron/common/domain/types';
import type { RecordTitle } from '../../../../../electron/common/contract/records';
import { KIND_ICONS, recordPath } from '../../../app/kinds';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n';
import { relationLabel } from '../shared/relationLabel';
import { RecordLink } from '../shared/RecordLink';

type Titles = Map<string, RecordTitle>;

/** A table cell of secondary text (a role, a note, a date phrase). */
function DimCell({ w, children }: { w?: number; children: ReactNode }) {
  return (
    <Table.Td w={w}>
      <Text size="md" c="dimmed">
        {children}
      </Text>
    </Table.Td>
  );
}

type RoleRow = { key: string; id: string | null; role: string; extra?: string };

function RoleRows({ rows, titles }: { rows: RoleRow[]; titles: Titles }) {
  const { t } = useTranslation();
  return (
    <Table className="ent-table" aria-label={t('detail.parties')}>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td>{row.id ? <RecordLink id={row.id} titles={titles} /> : null}</Table.Td>
            <DimCell w={150}>{row.role ? vocabLabel(t, row.role) : ''}</DimCell>
            {row.extra !== undefined ? <DimCell>{row.extra}</DimCell> : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The parties a kind names in roles, under the heading that kind uses (programmes call them partners). */
function roleRows(record: AnyRecord, t: TFunction): { title: string; rows: RoleRow[] } | null {
  const plain = (p: { partyId: string; role: string }, i: number): RoleRow => ({
    key: String(i),
    id: p.partyId,
    role: p.role,
  });
  switch (record.kind) {
    case 'agreement':
      return {
        title: t('detail.partiesAndRoles'),
        rows: record.parties.map((p) => ({
          key: p.id,
          id: p.partyId,
          role: p.role,
          extra: p.events.map((e) => `${vocabLabel(t, e.kind)} ${formatPartialDate(e.date)}`).join(' · '),
        })),
      };
    case 'working_group':
      return { title: t('detail.partiesAndRoles'), rows: record.parties.map(plain) };
    case 'programme':
      return { title: t('detail.partners'), rows: record.partners.map(plain) };
    default:
      return null;
  }
}

export function PartiesSection({ record, titles }: { record: AnyRecord; titles: Titles }) {
  const { t } = useTranslation();
  const roles = roleRows(record, t);
  if (roles && roles.rows.length) {
    return (
      <Section title={roles.title} id="parties">
        <RoleRows titles={titles} rows={roles.rows} />
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
                <DimCell w={180}>{p.role}</DimCell>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    );
  }
  return null;
}

type DatedRow = { key: string; name: string; date: string; note: string };

/** Named, noted items (phases, milestones) as dated rows, `dateOf` saying each one's date in words. */
const dated = <T extends { id: string; name: string; note: string }>(items: T[], dateOf: (item: T) => string) =>
  items.map((x): DatedRow => ({ key: x.id, name: x.name, date: dateOf(x), note: x.note }));

/** A section of dated rows (phases, milestones, action items) under `title`; nothing when there are none. */
function DatedSection({ title, id, rows }: { title: string; id: string; rows: DatedRow[] }) {
  if (!rows.length) return null;
  return (
    <Section title={title} id={id}>
      <Table className="ent-table" aria-label={title}>
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
              <DimCell>{r.note}</DimCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
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
                    <DimCell>{titles.get(s.meetingId)?.subtitle}</DimCell>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Section>
      ) : null;
    case 'programme':
      return (
        <>
          <DatedSection
            title={t('detail.phases')}
            id="phases"
            rows={dated(record.phases, (p) => `${formatPartialDate(p.start)} – ${formatPartialDate(p.end)}`)}
          />
          <DatedSection
            title={t('detail.milestones')}
            id="milestones"
            rows={dated(record.milestones, (m) => formatPartialDate(m.date))}
          />
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
          <DatedSection
            title={t('detail.actionItems')}
            id="actions"
            rows={record.actionItems.map((a) => ({
              key: a.id,
              name: a.text,
              date: a.due === 'XXXX' ? '' : formatPartialDate(a.due),
              note: [a.owner, vocabLabel(t, a.state)].filter(Boolean).join(' · '),
            }))}
          />
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
                {relationLabel(t, d.relation)}
              </Text>
            </Group>
          );
        })}
      </Stack>
    </Section>
  );
}
