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
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../../electron/common/domain/vocab';
import { takeTypeAhead } from '../../../app/type-ahead';
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
  // The form's first field takes the letters typed between Ctrl+N and its appearance (app/type-ahead.ts), in
  // a layout effect: in the same task as the focus arrives, before any later key can land in the field first.
  useLayoutEffect(() => {
    if (!autoFocus) return;
    const typed = takeTypeAhead();
    if (typed) draft.set(path, `${draft.current()[path] ?? ''}${typed}`);
    // Once, when the form appears.
  }, []);
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
  const { draft, path, values, required, clearable, placeholder } = props;
  return (
    <Select
      {...labelProps(props)}
      required={required}
      clearable={clearable}
      placeholder={placeholder}
      data={values.map((v) => ({ value: v, label: vocabLabel(t, v) }))}
      value={draft.get<string>(path) || null}
      onChange={(v) => draft.set(path, v ?? '')}
      error={draft.error(path)}
      nothingFoundMessage={t('form.nothingFound')}
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
      nothingFoundMessage={t('form.nothingFound')}
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

/** At most this many matches are listed (a 1,000-meeting register stays quick to type into). */
const PICKER_LIMIT = 50;

/** Picks a record of the given kinds by title (records.titles). `onPicked` sees the chosen id. */
export function RecordPicker(
  props: Bound & { kinds: RecordKind[]; exclude?: string; onPicked?: (id: string | null) => void },
) {
  const { t } = useTranslation();
  const { draft, path, kinds, required, exclude, placeholder, onPicked } = props;
  const options = useTitleOptions(kinds).filter((o) => o.value !== exclude);
  return (
    <Select
      {...labelProps(props)}
      required={required}
      placeholder={placeholder}
      data={options}
      value={draft.get<string | null>(path) ?? null}
      onChange={(v) => {
        draft.set(path, v);
        onPicked?.(v);
      }}
      error={draft.error(path)}
      clearable={!required}
      limit={PICKER_LIMIT}
      nothingFoundMessage={t('form.nothingFound')}
    />
  );
}

/** Several records by title (meeting links). */
export function RecordMultiPicker(props: Bound & { kinds: RecordKind[]; exclude?: string }) {
  const { t } = useTranslation();
  const { draft, path, kinds, exclude } = props;
  const options = useTitleOptions(kinds).filter((o) => o.value !== exclude);
  return (
    <MultiSelect
      {...labelProps(props)}
      data={options}
      value={draft.get<string[]>(path) ?? []}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
      limit={PICKER_LIMIT}
      nothingFoundMessage={t('form.nothingFound')}
    />
  );
}

/**
 * A repeatable group of rows with add / remove; each row renders its own inputs for `${path}.${index}`.
 * A new row appears just above the "Add …" button (where the person's eyes are) and takes the focus; removing
 * a row moves the focus to the row that took its place, or back to the button.
 */
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
  const box = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    setFocusRow(null);
    const row = box.current?.querySelector(`:scope > div > [data-row="${focusRow}"]`);
    const field = row?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, button');
    (field ?? addButton.current)?.focus();
  }, [focusRow, rows.length]);
  return (
    <fieldset className="ent-rows" ref={box}>
      <legend className="ent-rows-legend">{label}</legend>
      <Stack gap={6}>
        {rows.map((_, index) => (
          <Group key={index} gap={6} align="flex-start" wrap="nowrap" className="ent-row-editor" data-row={index}>
            <div className="ent-row-fields">{renderRow(`${path}.${index}`, index)}</div>
            <Tooltip label={removeLabel(index)}>
              <ActionIcon
                aria-label={removeLabel(index)}
                color="gray"
                mt={4}
                onClick={() => {
                  draft.removeAt(path, index);
                  setFocusRow(index < rows.length - 1 ? index : -1);
                }}
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
            ref={addButton}
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={13} />}
            onClick={() => setFocusRow(draft.add(path, newRow()))}
          >
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
