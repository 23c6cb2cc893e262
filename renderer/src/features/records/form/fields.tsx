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
import { sameLabel, useTypedText, useUnchosenCheck, type Settled } from './unchosen';
import type { Draft } from './useDraft';

interface Option {
  value: string;
  label: string;
}

/** The label of the option chosen now, '' for none. */
const labelOf = (options: readonly Option[], value: string | null | undefined): string =>
  options.find((o) => o.value === value)?.label ?? '';

/**
 * A single-choice picker at save time (features/records/form/unchosen.tsx): its text is the chosen option's
 * label, or exactly one option's label (taken), or unchosen. An erased optional picker is cleared.
 */
function settleChoice(
  text: string,
  options: readonly Option[],
  bound: Bound,
  take: (value: string | null) => void,
): Settled {
  const value = bound.draft.get<string | null>(bound.path) || null;
  const chosen = options.find((o) => o.value === value)?.label ?? '';
  if (sameLabel(text, chosen)) return { state: 'ok' };
  if (text.trim() === '' && !bound.required) {
    take(null);
    return { state: 'taken' };
  }
  const exact = options.filter((o) => sameLabel(o.label, text));
  if (exact.length === 1 && exact[0]) {
    take(exact[0].value);
    return { state: 'taken' };
  }
  return { state: 'unchosen', path: bound.path, label: bound.label, text: text.trim() };
}

/**
 * A many-values picker at save time: typed text is added when `free` (tags) or when it is exactly one option's
 * label; else unchosen. `clear` empties the typed text once taken.
 */
/**
 * The typed text of a many-values picker, kept when the field loses focus: Mantine's MultiSelect empties it on blur,
 * and a Tab to the next field then dropped "techn" typed into Linked records without a word (a tester saved a
 * meeting without its link that way). Kept, the text stays on screen and the save names it (unchosen.tsx).
 */
function useKeptSearch(bound: Bound) {
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const edited = forgetError(bound);
  const onSearchChange = (value: string) => {
    if (value === '' && input.current && document.activeElement !== input.current) return;
    if (value !== search) edited();
    setSearch(value);
  };
  return { input, search, onSearchChange, clear: () => setSearch('') };
}

function useSettleMany(bound: Bound, search: string, clear: () => void, options: readonly Option[] | null): void {
  useUnchosenCheck(() => {
    const text = search.trim();
    if (text === '') return { state: 'ok' };
    const values = bound.draft.get<string[]>(bound.path) ?? [];
    const exact = options?.filter((o) => sameLabel(o.label, text));
    const value = options === null ? text : exact?.length === 1 ? exact[0]?.value : undefined;
    if (value === undefined) return { state: 'unchosen', path: bound.path, label: bound.label, text };
    if (!values.includes(value)) bound.draft.set(bound.path, [...values, value]);
    clear();
    return { state: 'taken' };
  });
}

/**
 * The person changed a picker's text: its error quoted the old text (“Xyz” is typed but not chosen), so it goes;
 * the next save says what holds for the text the field shows then.
 */
function forgetError({ draft, path }: Bound): () => void {
  return () => {
    if (draft.error(path) === undefined) return;
    draft.setErrors(Object.fromEntries(Object.entries(draft.errors).filter(([key]) => key !== path)));
  };
}

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
  const data = values.map((v) => ({ value: v, label: vocabLabel(t, v) }));
  const typing = useTypedText(forgetError(props), labelOf(data, draft.get<string>(path)));
  const take = (v: string | null) => {
    typing.reset();
    draft.set(path, v ?? '');
  };
  useUnchosenCheck(() => settleChoice(typing.typed() ?? typing.input.current?.value ?? '', data, props, take));
  return (
    <Select
      ref={typing.input}
      searchValue={typing.search}
      onSearchChange={typing.onSearch}
      {...labelProps(props)}
      required={required}
      clearable={clearable}
      placeholder={placeholder}
      data={data}
      value={draft.get<string>(path) || null}
      onChange={take}
      error={draft.error(path)}
      nothingFoundMessage={t('form.nothingFound')}
    />
  );
}

export function VocabMulti(props: Bound & { values: readonly string[] }) {
  const { t } = useTranslation();
  return <KeptMultiSelect {...props} data={props.values.map((v) => ({ value: v, label: vocabLabel(t, v) }))} />;
}

/**
 * A multi-picker whose typed text stays on screen until it is chosen or settled (useKeptSearch/useSettleMany), for
 * vocabularies and record titles alike; `limit` caps the options drawn (long title lists).
 */
function KeptMultiSelect(props: Bound & { data: { value: string; label: string }[]; limit?: number }) {
  const { t } = useTranslation();
  const { draft, path, data, limit } = props;
  const kept = useKeptSearch(props);
  useSettleMany(props, kept.search, kept.clear, data);
  return (
    <MultiSelect
      ref={kept.input}
      {...labelProps(props)}
      searchValue={kept.search}
      onSearchChange={kept.onSearchChange}
      data={data}
      value={draft.get<string[]>(path) ?? []}
      onChange={(v) => draft.set(path, v)}
      error={draft.error(path)}
      {...(limit === undefined ? {} : { limit })}
      nothingFoundMessage={t('form.nothingFound')}
    />
  );
}

export function TagsField(props: Bound) {
  const { draft, path, placeholder } = props;
  const [search, setSearch] = useState('');
  useSettleMany(props, search, () => setSearch(''), null);
  return (
    <TagsInput
      {...labelProps(props)}
      searchValue={search}
      onSearchChange={setSearch}
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
  const typing = useTypedText(forgetError(props), labelOf(options, draft.get<string | null>(path)));
  const take = (v: string | null) => {
    typing.reset();
    draft.set(path, v);
    onPicked?.(v);
  };
  useUnchosenCheck(() => settleChoice(typing.typed() ?? typing.input.current?.value ?? '', options, props, take));
  return (
    <Select
      ref={typing.input}
      searchValue={typing.search}
      onSearchChange={typing.onSearch}
      {...labelProps(props)}
      required={required}
      placeholder={placeholder}
      data={options}
      value={draft.get<string | null>(path) ?? null}
      onChange={take}
      error={draft.error(path)}
      clearable={!required}
      limit={PICKER_LIMIT}
      nothingFoundMessage={t('form.nothingFound')}
    />
  );
}

/** Several records by title (meeting links). */
export function RecordMultiPicker(props: Bound & { kinds: RecordKind[]; exclude?: string }) {
  const options = useTitleOptions(props.kinds).filter((o) => o.value !== props.exclude);
  return <KeptMultiSelect {...props} data={options} limit={PICKER_LIMIT} />;
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
