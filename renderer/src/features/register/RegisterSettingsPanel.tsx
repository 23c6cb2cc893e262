/**
 * Whose register this is, and how early reminders show (register.settings / register.update; the settings live
 * in the register's database, so they travel with it). The home party (e.g. Italy, with its ministry and armed
 * services) makes lists, reports and the palette show the counterparts first. `HomePartyPrompt` asks once, on the
 * dashboard, when a register has parties but nobody has answered yet.
 */
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAD_KINDS, type LeadKind } from '../../../../electron/common/domain/register-settings';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useUnsavedGuard } from '../../app/leave-guard';
import { collatorFor, useIntlLocale } from '../../i18n';

function usePartyOptions() {
  const parties = useApiQuery('records.list', { kind: 'party' });
  const collator = collatorFor(useIntlLocale());
  return useMemo(
    () =>
      (parties.data ?? [])
        .map((p) => ({ value: p.id, label: p.title }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [parties.data, collator],
  );
}

function HomePartySelect({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const options = usePartyOptions();
  return (
    <Select
      label={t('register.homeParty')}
      description={t('register.homePartyHint')}
      placeholder={t('register.homePartyPlaceholder')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t('register.noParty')}
      maw={360}
    />
  );
}

/** "12, 90 ,30" → [90, 30, 12]; null when a part is not a whole number of days. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d{1,4}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

export function RegisterSettingsPanel() {
  const { t } = useTranslation();
  const settings = useApiQuery('register.settings', {});
  const update = useApiMutation('register.update');
  const [home, setHome] = useState<string | null>(null);
  const [leads, setLeads] = useState<Record<LeadKind, string> | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!settings.data) return;
    setHome(settings.data.homePartyId);
    setLeads(
      Object.fromEntries(LEAD_KINDS.map((k) => [k, settings.data.leadDays[k].join(', ')])) as Record<LeadKind, string>,
    );
  }, [settings.data]);
  const invalid = LEAD_KINDS.filter((k) => leads && parseLeadDays(leads[k]) === null);

  /** Saves; resolves false when refused or not valid (the error is shown). */
  const save = (): Promise<boolean> => {
    if (!leads || invalid.length > 0) return Promise.resolve(false);
    const leadDays = Object.fromEntries(LEAD_KINDS.map((k) => [k, parseLeadDays(leads[k])!]));
    setSaved(false);
    return update
      .mutateAsync({ homePartyId: home, leadDays })
      .then(() => {
        setSaved(true);
        return true;
      })
      .catch(() => false);
  };
  // Changed and not saved: leaving the page asks first (app/leave-guard.tsx).
  const box = useRef<HTMLFormElement>(null);
  const stored = settings.data;
  const dirty =
    !!stored &&
    !!leads &&
    (home !== stored.homePartyId || LEAD_KINDS.some((k) => leads[k] !== stored.leadDays[k].join(', ')));
  useUnsavedGuard(dirty, box, save);

  return (
    <Paper withBorder className="ent-panel">
      <Group className="ent-panel-head">
        <Title order={2}>{t('register.title')}</Title>
      </Group>
      <form
        ref={box}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm" p="sm">
          <HomePartySelect value={home} onChange={setHome} />
          <Text size="sm" fw={600} mt={4}>
            {t('register.leadTimes')}
          </Text>
          <Text size="sm" c="dimmed" mt={-8}>
            {t('register.leadTimesHint')}
          </Text>
          <Group gap="sm" align="flex-start">
            {LEAD_KINDS.map((kind) => (
              <TextInput
                key={kind}
                w={170}
                label={t(`reminderKinds.${kind}`)}
                value={leads?.[kind] ?? ''}
                onChange={(e) => {
                  const text = e.currentTarget.value;
                  setLeads((l) => (l ? { ...l, [kind]: text } : l));
                }}
                error={invalid.includes(kind) ? t('register.leadInvalid') : undefined}
              />
            ))}
          </Group>
          {update.error ? <Alert color="red">{update.error.message}</Alert> : null}
          {saved ? (
            <Text size="sm" role="status">
              {t('register.saved')}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={update.isPending} disabled={!leads || invalid.length > 0}>
              {t('register.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Asked once on the dashboard: choose the home party, or "Not now" (either answer is remembered). */
export function HomePartyPrompt() {
  const { t } = useTranslation();
  const settings = useApiQuery('register.settings', {});
  const parties = useApiQuery('records.list', { kind: 'party' });
  const update = useApiMutation('register.update');
  const [home, setHome] = useState<string | null>(null);
  if (!settings.data || settings.data.homePartyAsked || (parties.data?.length ?? 0) === 0) return null;
  return (
    <Paper withBorder className="ent-panel" mx="md" mt="md" p="sm" role="region" aria-label={t('register.askTitle')}>
      <Stack gap="xs">
        <Title order={2}>{t('register.askTitle')}</Title>
        <Text size="sm">{t('register.askBody')}</Text>
        <Group align="flex-end" gap="sm">
          <HomePartySelect value={home} onChange={setHome} />
          <Button
            disabled={!home}
            loading={update.isPending}
            onClick={() => void update.mutateAsync({ homePartyId: home }).catch(() => null)}
          >
            {t('register.useThis')}
          </Button>
          <Button variant="default" onClick={() => void update.mutateAsync({ homePartyId: null }).catch(() => null)}>
            {t('register.notNow')}
          </Button>
        </Group>
        {update.error ? <Alert color="red">{update.error.message}</Alert> : null}
      </Stack>
    </Paper>
  );
}
