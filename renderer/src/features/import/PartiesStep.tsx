/** Step 3: the party names of the sheet — matched, or to create, merge with an existing party, or leave out. */
import { Checkbox, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyDecision, SheetMapping } from '../../../../electron/common/domain/sheets/mapping';
import type { PartyLineView } from '../../../../electron/common/domain/sheets/views';
import { PARTY_KINDS, type PartyKind } from '../../../../electron/common/domain/vocab';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { vocabLabel } from '../../i18n';
import type { ImportWizard } from './useImportWizard';

function decisionValue(decision: PartyDecision | undefined): string {
  if (!decision) return 'create';
  if (decision.action === 'merge') return `merge:${decision.partyId}`;
  if (decision.action === 'same') return `same:${decision.as}`;
  return decision.action;
}

function decisionOf(value: string): PartyDecision {
  if (value.startsWith('merge:')) return { action: 'merge', partyId: value.slice(6) };
  if (value.startsWith('same:')) return { action: 'same', as: value.slice(5) };
  return value === 'skip' ? { action: 'skip' } : { action: 'create' };
}

function decide(w: ImportWizard, mapping: SheetMapping, name: string, value: string): void {
  const names = { ...mapping.parties?.names };
  if (value === 'create') delete names[name];
  else names[name] = decisionOf(value);
  w.changeMapping({ ...mapping, parties: { ...mapping.parties, names } });
}

export function PartiesStep({ w }: { w: ImportWizard }) {
  const { t } = useTranslation();
  const [showMatched, setShowMatched] = useState(false);
  const register = useApiQuery('records.titles', { kinds: ['party'] });
  // Labelled as the choice reads once made ("Same as Bulgaria"), whichever list offered it.
  const existing = (register.data ?? []).map((p) => ({
    value: `merge:${p.id}`,
    label: t('importSheet.parties.mergeWith', { name: p.title }),
  }));
  return (
    <QueryState query={w.preview}>
      {(preview) => {
        const mapping = w.mapping ?? preview.mapping;
        const lines = preview.parties.filter((p) => showMatched || p.outcome !== 'matched');
        const created = preview.parties.filter((p) => p.outcome === 'create').length;
        const outcomeText = (p: PartyLineView) =>
          p.via && p.via !== 'name'
            ? t('importSheet.parties.matchedVia', { name: p.as, via: t(`importSheet.parties.via.${p.via}`) })
            : t('importSheet.parties.matched', { name: p.as });
        return (
          <Stack gap="sm">
            <Text size="sm">{t('importSheet.parties.intro')}</Text>
            <Group gap="md" align="flex-end">
              <Select
                size="xs"
                label={t('importSheet.parties.createAs')}
                data={PARTY_KINDS.map((k) => ({ value: k, label: vocabLabel(t, k) }))}
                value={mapping.parties?.createAs ?? 'other'}
                onChange={(v) =>
                  v && w.changeMapping({ ...mapping, parties: { ...mapping.parties, createAs: v as PartyKind } })
                }
                allowDeselect={false}
                w={240}
                data-testid="import-create-as"
              />
              <Checkbox
                size="xs"
                label={t('importSheet.parties.showMatched')}
                checked={showMatched}
                onChange={(e) => setShowMatched(e.currentTarget.checked)}
              />
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('importSheet.parties.count', { create: created, matched: preview.parties.length - created })}
              </Text>
            </Group>
            {lines.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('importSheet.parties.none')}
              </Text>
            ) : (
              <Table
                className="ent-table ent-import-table"
                aria-label={t('importSheet.steps.parties')}
                data-testid="import-parties"
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('importSheet.parties.name')}</Table.Th>
                    <Table.Th className="ent-num">{t('importSheet.parties.rows')}</Table.Th>
                    <Table.Th>{t('importSheet.parties.outcome')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lines.map((p) => {
                    const decision = mapping.parties?.names?.[p.name];
                    const matched = p.outcome === 'matched';
                    const data = [
                      { value: 'create', label: t('importSheet.parties.create') },
                      ...(p.suggestion
                        ? [
                            {
                              value: p.suggestion.id ? `merge:${p.suggestion.id}` : `same:${p.suggestion.name}`,
                              label: t('importSheet.parties.mergeWith', { name: p.suggestion.name }),
                            },
                          ]
                        : []),
                      { value: 'skip', label: t('importSheet.parties.skip') },
                      {
                        group: t('importSheet.parties.mergeOther'),
                        items: existing.filter((e) => e.value !== `merge:${p.suggestion?.id ?? ''}`),
                      },
                    ];
                    return (
                      <Table.Tr key={p.name}>
                        <Table.Td>
                          <Text size="sm">{p.name}</Text>
                          {p.suggestion && !decision ? (
                            <Text size="xs" className="ent-import-warn">
                              {t('importSheet.parties.suggestion', { name: p.suggestion.name })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td className="ent-num">{p.rows}</Table.Td>
                        <Table.Td>
                          {matched ? (
                            <Text size="sm" c="dimmed">
                              {outcomeText(p)}
                            </Text>
                          ) : (
                            <Select
                              size="xs"
                              aria-label={`${t('importSheet.parties.outcome')}: ${p.name}`}
                              data={data}
                              value={decisionValue(decision)}
                              onChange={(v) => v !== null && decide(w, mapping, p.name, String(v))}
                              allowDeselect={false}
                              searchable
                              w={300}
                            />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
