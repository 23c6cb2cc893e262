/**
 * Upcoming dates as an iCalendar file (ical-generator): every reminder due today or later becomes an
 * all-day event on the first day its date may mean; a partial date says so in the description
 * ("date as recorded: Jun 2026"). Overdue reminders are entries too, flagged as such: on the report's day
 * (a calendar shows what is in front of you), summary "OVERDUE — …", category "Overdue", the day it was due
 * in the description. The calendar name and every description carry the marking.
 */
import ical from 'ical-generator';
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import type { ReportData } from '../../../../common/domain/report';
import { reportWords } from '../../../../common/domain/report-words';

const dateOnly = (isoDay: string): Date =>
  new Date(Date.UTC(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10))));

/**
 * RFC 5545 §3.3.11 TEXT escaping. ical-generator escapes event properties itself but writes the
 * calendar's NAME / X-WR-CALNAME / X-WR-CALDESC as given, so a line break in a report title would
 * start a bogus content line: those two values are escaped here.
 */
function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

/** RFC 5545: no control characters in text values (stripped), every line, the last included, ends with CRLF. */
export function renderIcs(input: ReportData): Uint8Array {
  const data = stripUnholdableDeep(input);
  const words = reportWords(data.lang);
  const { ics } = words;
  const calendar = ical({
    name: icsText(`${data.marking} — ${data.title}`),
    description: icsText(ics.description(data.marking, data.scope.description, data.generatedAtText)),
    prodId: { company: 'Entente', product: ics.product, language: words.lang.toUpperCase() },
  });
  for (const r of data.reminders) {
    const overdue = r.overdue || r.day < data.today;
    const kind = words.reminderKind(r.kind);
    const recorded = words.date(r.date);
    calendar.createEvent({
      id: `${r.key}@entente`,
      start: dateOnly(overdue ? data.today : r.day),
      allDay: true,
      timezone: null,
      floating: true,
      stamp: new Date(data.generatedAt),
      summary: `${overdue ? ics.overdueSummary : ''}${kind}: ${r.recordTitle}`,
      description: [
        `${words.row.marking}: ${data.marking}`,
        ...(overdue ? [ics.dueWas(recorded)] : []),
        words.reminderText(r),
        ics.recorded(recorded, !overdue && r.day !== r.date),
        ics.report(data.title),
      ].join('\n'),
      categories: overdue ? [{ name: ics.overdueCategory }, { name: kind }] : [{ name: kind }],
    });
  }
  const text = calendar.toString();
  return new TextEncoder().encode(text.endsWith('\r\n') ? text : `${text}\r\n`);
}
