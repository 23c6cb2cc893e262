/** Inputs bound to a draft path: value, change and the server's error for that path. */
import {
  ActionIcon,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { PartialDateInput } from '../../../components/PartialDateInput';
import { vocabLabel } from '../../../i18n';
import { useTitleOptions } from '../shared/useTitles';
import type { Draft } from './useDraft';

interface Bound {
  draft: Draft;
  path: string;
  label: string;
  required?: boolean;
  /** Hide the visible label (rows in a list) but keep it for assistive technology. */
  compact?: boolean;
  placeholder?: string;
}

const labelProps = ({ label, compact }: Bound) => (compact ? { 'aria-label': label } : { label });

export function TextField(props: Bound & { autoFocus?: boolean }) {
  const { draft, path, required, placeholder, autoFocus } = props;
  return (
    <TextInput
      {...labelProps(props)}
      required={required}
      placeholder={placeholder}
      autoFocus={autoFocus}
      value={draft.get<string>(path) ?? ''}
      onChange={(e) => draft.set(path, e.currentTarget.value)}
      error={draft.error(path)}
    />
  );
}

export function TextAreaField(props: Bound & { rows?: number }) {
  const { draft, path, rows } = props;
  return (
    <Textarea
      {...labelProps(props)}
      autosize
      minRows={rows ?? 2}
      maxRows={12}
      value={draft.get<string>(path) ?? ''}
      onChange={(e) => draft.set(path, e.currentTarget.value)}
      error={draft.error(path)}
    />
  );
}

export function DateField(props: Bound) {
  const { t } = useTranslation();
  const { draft, path, placeholder } = props;
  return (
    <PartialDateInput
      {...labelProps(props)}
      placeholder={placeholder ?? t('form.datePlaceholder')}
      value={draft.get<string>(path) ?? ''}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
    />
  );
}

export function VocabSelect(props: Bound & { values: readonly string[]; clearable?: boolean }) {
  const { t } = useTranslation();
  const { draft, path, values, required, clearable } = props;
  return (
    <Select
      {...labelProps(props)}
      required={required}
      clearable={clearable}
      data={values.map((v) => ({ value: v, label: vocabLabel(t, v) }))}
      value={draft.get<string>(path) || null}
      onChange={(v) => draft.set(path, v ?? '')}
      error={draft.error(path)}
      allowDeselect={false}
    />
  );
}

export function VocabMulti(props: Bound & { values: readonly string[] }) {
  const { t } = useTranslation();
  const { draft, path, values } = props;
  return (
    <MultiSelect
      {...labelProps(props)}
      data={values.map((v) => ({ value: v, label: vocabLabel(t, v) }))}
      value={draft.get<string[]>(path) ?? []}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
      searchable
    />
  );
}

export function TagsField(props: Bound) {
  const { draft, path, placeholder } = props;
  return (
    <TagsInput
      {...labelProps(props)}
      placeholder={placeholder}
      value={draft.get<string[]>(path) ?? []}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
    />
  );
}

export function NumberField(props: Bound & { min?: number }) {
  const { draft, path, min } = props;
  const value = draft.get<number | null>(path);
  return (
    <NumberInput
      {...labelProps(props)}
      min={min}
      allowDecimal={false}
      value={value ?? ''}
      onChange={(v) => draft.set(path, v === '' ? null : Number(v))}
      error={draft.error(path)}
    />
  );
}

/** Picks a record of the given kinds by title (records.titles). */
export function RecordPicker(props: Bound & { kinds: RecordKind[]; exclude?: string }) {
  const { draft, path, kinds, required, exclude, placeholder } = props;
  const options = useTitleOptions(kinds).filter((o) => o.value !== exclude);
  return (
    <Select
      {...labelProps(props)}
      required={required}
      placeholder={placeholder}
      data={options}
      value={draft.get<string | null>(path) ?? null}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
      searchable
      clearable={!required}
      nothingFoundMessage="—"
    />
  );
}

/** Several records by title (meeting links). */
export function RecordMultiPicker(props: Bound & { kinds: RecordKind[]; exclude?: string }) {
  const { draft, path, kinds, exclude } = props;
  const options = useTitleOptions(kinds).filter((o) => o.value !== exclude);
  return (
    <MultiSelect
      {...labelProps(props)}
      data={options}
      value={draft.get<string[]>(path) ?? []}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
      searchable
    />
  );
}

/** A repeatable group of rows with add / remove; each row renders its own inputs for `${path}.${index}`. */
export function RowsEditor({
  draft,
  path,
  label,
  addLabel,
  newRow,
  renderRow,
  removeLabel,
}: {
  draft: Draft;
  path: string;
  label: string;
  addLabel: string;
  removeLabel: (index: number) => string;
  newRow: () => unknown;
  renderRow: (rowPath: string, index: number) => ReactNode;
}) {
  const rows = draft.get<unknown[]>(path) ?? [];
  const listError = draft.error(path);
  return (
    <fieldset className="ent-rows">
      <legend className="ent-rows-legend">{label}</legend>
      <Stack gap={6}>
        {rows.map((_, index) => (
          <Group key={index} gap={6} align="flex-start" wrap="nowrap" className="ent-row-editor">
            <div className="ent-row-fields">{renderRow(`${path}.${index}`, index)}</div>
            <Tooltip label={removeLabel(index)}>
              <ActionIcon
                aria-label={removeLabel(index)}
                color="gray"
                mt={4}
                onClick={() => draft.removeAt(path, index)}
              >
                <IconX size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        {listError ? (
          <Text size="sm" c="red">
            {listError}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={13} />}
            onClick={() => draft.add(path, newRow())}
          >
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
