/** Display helpers shared by every screen, in the chosen language's locale (en-GB "3 Mar 2026, 14:05", it-IT "3 mar 2026, 14:05"). */
import { i18n, intlLocale } from '../i18n';

/** An ISO instant as a person reads it, in this computer's time zone; the text itself when it is not a date. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(intlLocale(i18n.language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** A file size in bytes as B, KB (whole) or MB (one decimal). */
export function formatBytes(bytes: number): string {
  const locale = intlLocale(i18n.language);
  const n = (value: number, digits: number) =>
    value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (bytes < 1024) return `${n(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${n(bytes / 1024, 0)} KB`;
  return `${n(bytes / 1024 / 1024, 1)} MB`;
}
