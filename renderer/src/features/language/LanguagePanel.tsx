/**
 * Settings ▸ Language: English, Italiano, or the system's language. Applies at once (no save button): i18next
 * switches in place, so a form open in another part of the app keeps what was typed. The choice is this
 * computer's (localStorage), like the colour scheme; View ▸ Language in the desktop menu sets the same thing.
 */
import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, readLanguageSetting, setLanguageSetting, type LanguageSetting } from '../../i18n';

export function LanguagePanel() {
  const { t } = useTranslation();
  // Read on every render: View ▸ Language may have changed it (the language change re-renders this panel).
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const stored = readLanguageSetting();
  const value: LanguageSetting = stored === 'pseudo' ? 'system' : stored;
  const choose = (next: string) => {
    setLanguageSetting(next as LanguageSetting);
    rerender(); // 'system' may resolve to the language already shown: no language change to re-render on
  };
  return (
    <Paper withBorder className="ent-panel" component="section" aria-labelledby="language-title">
      <Group className="ent-panel-head">
        <Title order={2} id="language-title">
          {t('language.title')}
        </Title>
      </Group>
      <Stack gap="xs" p="sm">
        <Text size="sm" c="dimmed" id="language-hint">
          {t('language.hint')}
        </Text>
        <SegmentedControl
          aria-label={t('language.title')}
          aria-describedby="language-hint"
          value={value}
          onChange={choose}
          data={[
            { value: 'system', label: t('language.system') },
            // Each language is named in itself, so a reader who cannot read the current one still finds theirs.
            ...LANGUAGES.map((l) => ({ value: l, label: t(`language.native.${l}`) })),
          ]}
        />
      </Stack>
    </Paper>
  );
}
