/**
 * Small, independent readers for what the report writes, so tests check the files rather than the
 * writer's own idea of them: an RFC 4180 CSV parser and an RFC 5545 (iCalendar) line parser.
 */

/** RFC 4180: fields separated by commas, records by CRLF; quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}: not RFC 4180`);
    else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record is not terminated by CRLF');
  return rows;
}

export interface IcsEvent {
  props: Map<string, { params: string; value: string }>;
}

const unescapeText = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

/** Unfolds lines (RFC 5545 §3.1), checks BEGIN/END nesting and returns each VEVENT's properties. */
export function parseIcs(text: string): { calendar: Map<string, string>; events: IcsEvent[] } {
  if (!text.includes('\r\n')) throw new Error('iCalendar lines must end with CRLF');
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const stack: string[] = [];
  const calendar = new Map<string, string>();
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`not a content line: ${line}`);
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = { props: new Map() };
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not close the open component`);
      if (value === 'VEVENT' && current) {
        events.push(current);
        current = null;
      }
    } else if (current) current.props.set(name, { params: params.join(';'), value: unescapeText(value) });
    else if (stack.at(-1) === 'VCALENDAR') calendar.set(name, unescapeText(value));
  }
  if (stack.length) throw new Error(`unclosed components: ${stack.join(', ')}`);
  return { calendar, events };
}
