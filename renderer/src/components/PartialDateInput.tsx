/**
 * A date field that accepts what people type ("Jan 2021", "c. 2019", "15/01/2021", "2019–2021", "Q1 2024",
 * "from 2019", "today", "令和3年") and shows, on every keystroke, how it was understood ("→ Jan 2021 (month)",
 * "→ early 2021 (third of a year: Jan–Apr 2021)") or why it is not a date.
 * The value stays the text as typed; the server parses it again with the same model function.
 */
import { TextInput, type TextInputProps } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parsePartialDate } from '../../../electron/common/domain/partial-date';
import { dateProblemText } from '../../../electron/common/domain/dates/problem-text';
import { i18n } from '../i18n';
import { dateLang, formatPartialDate, spanText } from '../i18n/dates';

/** A date reason's template in the window's language (the `problems` namespace, whose `date` section it is). */
const say = (key: string, values: Record<string, string | number>) =>
  i18n.t(`problems:${key}`, { ...values, interpolation: { escapeValue: false } });

export type DateInterpretation = { ok: true; text: string } | { ok: false; error: string } | null;

export function interpretDate(text: string, t: TFunction): DateInterpretation {
  if (text.trim() === '') return null;
  const parsed = parsePartialDate(text);
  if (!parsed.ok)
    return {
      ok: false,
      error: parsed.key
        ? dateProblemText({ key: parsed.key, values: parsed.values ?? {} }, dateLang(), say)
        : parsed.error,
    };
  const value = parsed.value;
  if (value.precision === 'unknown') return { ok: true, text: t('date.understoodUnknown') };
  const precision = t(`date.precision.${value.precision}`) + (value.circa ? t('date.approximate') : '');
  const date = formatPartialDate(value);
  // Named periods ("Q1 2024", "1990s") also say which days they stand for.
  const named = !['day', 'month', 'year', 'range', 'open'].includes(value.precision);
  const span = named ? spanText(value) : null;
  const reading = span
    ? t('date.understoodSpan', { date, precision, span })
    : t('date.understood', { date, precision });
  const hint = parsed.hintWording ? dateProblemText(parsed.hintWording, dateLang(), say) : parsed.hint;
  return { ok: true, text: hint ? `${reading}. ${hint}` : reading };
}

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'description'> & {
  value: string;
  onChange: (text: string) => void;
  /** A message from the server for this field; shown when the local reading has nothing to say. */
  error?: string | null | undefined;
};

export function PartialDateInput({ value, onChange, error, ...rest }: Props) {
  const { t } = useTranslation();
  const reading = interpretDate(value, t);
  const localError = reading && !reading.ok ? reading.error : null;
  return (
    <TextInput
      {...rest}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={localError ?? error ?? undefined}
      description={reading?.ok ? reading.text : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
