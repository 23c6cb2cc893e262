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
  const calendar = ical({
    name: icsText(`${data.marking} — ${data.title}`),
    description: icsText(`${data.marking}. ${data.scope.description} Generated ${data.generatedAtText}.`),
    prodId: { company: 'Entente', product: 'Entente timeline report', language: 'EN' },
  });
  for (const r of data.reminders) {
    const overdue = r.overdue || r.day < data.today;
    calendar.createEvent({
      id: `${r.key}@entente`,
      start: dateOnly(overdue ? data.today : r.day),
      allDay: true,
      timezone: null,
      floating: true,
      stamp: new Date(data.generatedAt),
      summary: `${overdue ? 'OVERDUE — ' : ''}${r.kindLabel}: ${r.recordTitle}`,
      description: [
        `Marking: ${data.marking}`,
        ...(overdue ? [`Overdue: it was due ${r.dateText}.`] : []),
        r.text,
        `Date as recorded: ${r.dateText}${overdue ? '' : r.day !== r.date ? ' (shown on the first day it may mean)' : ''}`,
        `Report: ${data.title}`,
      ].join('\n'),
      categories: overdue ? [{ name: 'Overdue' }, { name: r.kindLabel }] : [{ name: r.kindLabel }],
    });
  }
  const text = calendar.toString();
  return new TextEncoder().encode(text.endsWith('\r\n') ? text : `${text}\r\n`);
}
