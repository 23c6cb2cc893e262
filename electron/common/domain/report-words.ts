/**
 * The words of a timeline report, one table per language (issue 18): headings, column heads, the scope block,
 * notes, "Page X of Y", and the labels of the vocabularies (English from vocab.ts labelOf, Italian from vocab-it.ts,
 * the same tables the interface shows). Every format (HTML/PDF, DOCX, XLSX, CSV, ICS) and the assembly read their
 * words here, so a report is wholly in the language it was asked in. The Italian follows the interface's terms
 * (renderer/src/i18n/it.ts): "scheda", "rapporto cronologico", "ambito", "classifica di trattamento".
 * Dates are shown by dates/display.ts in the same language; the chart's words are CHART_WORDS (timeline/types.ts).
 */
import { ATTACHMENT_KIND_LABELS, type AttachmentKind } from './attachments';
import { formatPartialDate, type DateLang, type DatePrecision } from './partial-date';
import { REMINDER_LABELS, type Reminder, type ReminderKind, type ReminderSays } from './reminders';
import { labelOf, type RecordKind } from './vocab';
import { vocabIt } from './vocab-it';

export const REPORT_LANGS = ['en', 'it'] as const;
export type ReportLang = DateLang;

export interface ReportWords {
  lang: ReportLang;
  /** BCP 47 locale for Intl (generation time, numbers). */
  locale: string;
  /** A vocabulary code as a reader sees it ("in_force" → "In force" / "In vigore"). */
  label: (code: string) => string;
  date: (edtf: string, style?: 'short' | 'long') => string;
  attachmentKind: (kind: AttachmentKind) => string;
  reminderKind: (kind: ReminderKind) => string;
  /** A reminder's detail line (its `says` in this language; the record's own text as it is). */
  reminderText: (r: Reminder) => string;
  /** A record kind as a table cell ("working group" / "Gruppo di lavoro"). */
  recordKind: (kind: RecordKind) => string;
  /** A date's precision as a table cell (EN: the code, "day", "month"…). */
  precision: (p: DatePrecision) => string;
  /** "3 agreements" / "3 accordi". */
  kindCount: (kind: RecordKind, n: number) => string;
  events: (n: number) => string;
  kicker: string;
  headerRight: string;
  page: (x: string, y: string) => string;
  h: { timeline: string; records: string; chronology: string; undated: string; meetings: string; reminders: string };
  row: {
    scope: string;
    asOf: string;
    generated: string;
    marking: string;
    contents: string;
    report: string;
    note: string;
    sheets: string;
    dates: string;
  };
  col: Record<
    | 'date'
    | 'dateEdtf'
    | 'precision'
    | 'record'
    | 'recordKind'
    | 'event'
    | 'note'
    | 'source'
    | 'recordId'
    | 'noteAndSource'
    | 'type'
    | 'parties'
    | 'status'
    | 'statusDate'
    | 'summary'
    | 'shortTitle'
    | 'kind'
    | 'areas'
    | 'attachment'
    | 'file'
    | 'attachmentKind'
    | 'sha'
    | 'dateAsRecorded'
    | 'earliestDay'
    | 'meeting'
    | 'place'
    | 'participants'
    | 'topics'
    | 'outcomes'
    | 'reminder'
    | 'detail'
    | 'overdue'
    | 'daysFromToday',
    string
  >;
  statusAsOf: (date: string) => string;
  /** When the current status was reached: "since Mar 2021" (see report.ts statusReachedText). */
  reached: {
    /** From a single point's EDTF: "since Mar 2021" / "da mar 2021". */
    since: (edtf: string) => string;
    by: (edtf: string) => string;
    /** From a range's display: "in 2019–2021". */
    within: (text: string) => string;
    unknown: string;
  };
  notRecorded: string;
  /** Under a status as of a past date, when an undated status was entered after it (domain/status.ts rule 4). */
  mayHaveChanged: (label: string) => string;
  /** The table's footnote for `mayHaveChanged`. */
  undatedLaterNote: string;
  noRecords: string;
  noDated: string;
  undatedExplain: string;
  noMeetings: string;
  noReminders: (days: number, today: string) => string;
  overdue: string;
  yes: string;
  no: string;
  sourcePrefix: string;
  participantsPrefix: string;
  outcomePrefix: string;
  attachmentsPrefix: string;
  signedAt: (place: string) => string;
  endNote: (generated: string) => string;
  endShort: (generated: string) => string;
  chartLimit: (shown: number, total: number) => string;
  chartTitle: (title: string, part: number, parts: number) => string;
  chartPart: (part: number, parts: number, first: number, last: number, shown: number) => string;
  chartMissing: (error: string) => string;
  chartOmitted: (n: number) => string;
  milestone: (name: string) => string;
  phaseBegins: (name: string) => string;
  phaseEnds: (name: string) => string;
  aParty: string;
  undatedNote: (n: number) => string;
  asOfNote: (date: string) => string;
  sheetNames: {
    cover: string;
    records: string;
    attachments: string;
    chronology: string;
    meetings: string;
    reminders: string;
  };
  sheetsList: string;
  datesExplain: string;
  ics: {
    product: string;
    overdueSummary: string;
    overdueCategory: string;
    dueWas: (d: string) => string;
    recorded: (d: string, firstDay: boolean) => string;
    report: (t: string) => string;
    description: (marking: string, scope: string, generated: string) => string;
  };
}

const EN: ReportWords = {
  lang: 'en',
  locale: 'en-GB',
  label: labelOf,
  date: (edtf, style = 'short') => formatPartialDate(edtf, style, 'en'),
  attachmentKind: (kind) => ATTACHMENT_KIND_LABELS[kind],
  reminderKind: (kind) => REMINDER_LABELS[kind],
  reminderText: (r) => r.text,
  recordKind: (kind) => kind.replace('_', ' '),
  precision: (p) => p,
  kindCount: (kind, n) => `${n}\u00a0${labelOf(kind).toLowerCase()}${n === 1 ? '' : 's'}`,
  events: (n) => `${n} event${n === 1 ? '' : 's'}`,
  kicker: 'Entente · timeline report',
  headerRight: 'Entente timeline report',
  page: (x, y) => `Page ${x} of ${y}`,
  h: {
    timeline: 'Timeline',
    records: 'Records',
    chronology: 'Chronology',
    undated: 'Events without a known date',
    meetings: 'Meetings',
    reminders: 'Upcoming dates and reminders',
  },
  row: {
    scope: 'Scope',
    asOf: 'As of',
    generated: 'Generated',
    marking: 'Marking',
    contents: 'Contents',
    report: 'Report',
    note: 'Note',
    sheets: 'Sheets',
    dates: 'Dates',
  },
  col: {
    date: 'Date',
    dateEdtf: 'Date (EDTF)',
    precision: 'Precision',
    record: 'Record',
    recordKind: 'Record kind',
    event: 'Event',
    note: 'Note',
    source: 'Source',
    recordId: 'Record id',
    noteAndSource: 'Note and source',
    type: 'Type',
    parties: 'Parties',
    status: 'Status',
    statusDate: 'Status date',
    summary: 'Summary',
    shortTitle: 'Short title',
    kind: 'Kind',
    areas: 'Areas',
    attachment: 'Attachment',
    file: 'File',
    attachmentKind: 'Attachment kind',
    sha: 'SHA-256 (first 12)',
    dateAsRecorded: 'Date as recorded',
    earliestDay: 'Earliest day',
    meeting: 'Meeting',
    place: 'Place',
    participants: 'Participants',
    topics: 'Topics',
    outcomes: 'Outcomes',
    reminder: 'Reminder',
    detail: 'Detail',
    overdue: 'Overdue',
    daysFromToday: 'Days from today',
  },
  statusAsOf: (d) => `Status as of ${d}`,
  reached: {
    since: (edtf) => `since ${formatPartialDate(edtf, 'short', 'en')}`,
    by: (edtf) => `by ${formatPartialDate(edtf, 'short', 'en')}`,
    within: (text) => `in ${text}`,
    unknown: 'date unknown',
  },
  notRecorded: 'not recorded',
  mayHaveChanged: (label) => `* may since have changed: ${label}, date unknown`,
  undatedLaterNote:
    '* A status with no date was entered after the one shown. It cannot be placed before or after the as-of date, so the status may since have changed; the chart shows it as “date unknown”.',
  noRecords: 'No records in scope.',
  noDated: 'No dated events in scope.',
  undatedExplain: 'Recorded without a date, so they cannot be placed in the chronology above.',
  noMeetings: 'No meetings in scope.',
  noReminders: (days, today) => `No upcoming or overdue dates for these records within ${days} days of ${today}.`,
  overdue: 'overdue',
  yes: 'yes',
  no: 'no',
  sourcePrefix: 'Source: ',
  participantsPrefix: 'Participants: ',
  outcomePrefix: 'Outcome: ',
  attachmentsPrefix: 'Attachments: ',
  signedAt: (place) => `Signed at ${place}`,
  endNote: (g) =>
    `End of report. Generated by Entente on ${g}. Dates are shown as recorded: “c.” marks an approximate date; a year or month alone means the exact day is not known.`,
  endShort: (g) => `End of report. Generated by Entente on ${g}.`,
  chartLimit: (shown, total) =>
    `The chart shows the first ${shown} of ${total} records (in the order of the Records table). Narrow the scope (party, programme, working group or dates) for a complete chart; the tables below list every record and event.`,
  chartTitle: (title, part, parts) => `${title}: timeline${parts > 1 ? ` (part ${part} of ${parts})` : ''}`,
  chartPart: (part, parts, first, last, shown) => `Part ${part} of ${parts} (records ${first}–${last} of ${shown}).`,
  chartMissing: (error) =>
    `The timeline chart is not included in this document: ${error} The HTML and PDF versions of this report contain it.`,
  chartOmitted: (n) =>
    `The chart above shows the first records only; ${n} further chart part(s) are in the HTML and PDF versions of this report.`,
  milestone: (name) => `Milestone: ${name}`,
  phaseBegins: (name) => `Phase begins: ${name}`,
  phaseEnds: (name) => `Phase ends: ${name}`,
  aParty: 'Party',
  undatedNote: (n) =>
    `${n} event${n === 1 ? ' has' : 's have'} no known date; ${n === 1 ? 'it is' : 'they are'} listed under “Events without a known date” and shown in the chart’s undated column instead of being placed on the time axis.`,
  asOfNote: (d) => `Statuses are as of ${d}; later events are left out.`,
  sheetNames: {
    cover: 'Report',
    records: 'Records',
    attachments: 'Attachments',
    chronology: 'Chronology',
    meetings: 'Meetings',
    reminders: 'Reminders',
  },
  sheetsList:
    "Records, Attachments (each record's documents), Chronology (dated events, then events without a known date), Meetings, Reminders",
  datesExplain:
    'A date known to the day is a real date cell; others are shown as recorded (e.g. “2019”, “c. 2022”) with their precision in its own column.',
  ics: {
    product: 'Entente timeline report',
    overdueSummary: 'OVERDUE — ',
    overdueCategory: 'Overdue',
    dueWas: (d) => `Overdue: it was due ${d}.`,
    recorded: (d, firstDay) => `Date as recorded: ${d}${firstDay ? ' (shown on the first day it may mean)' : ''}`,
    report: (t) => `Report: ${t}`,
    description: (marking, scope, generated) => `${marking}. ${scope} Generated ${generated}.`,
  },
};

/** Italian plural of a record kind, for the contents line ("3 accordi", "1 gruppo di lavoro"). */
const KIND_IT: Record<RecordKind, [one: string, many: string]> = {
  agreement: ['accordo', 'accordi'],
  working_group: ['gruppo di lavoro', 'gruppi di lavoro'],
  programme: ['programma', 'programmi'],
  meeting: ['incontro', 'incontri'],
  party: ['parte', 'parti'],
  person: ['persona', 'persone'],
};

/** Italian names of date precisions, REMINDER_IT of reminder kinds, ATTACHMENT_KIND_IT of document kinds: the
 * interface's bundles (renderer/src/i18n) use these same tables. */
export const PRECISION_IT: Record<DatePrecision, string> = {
  day: 'giorno',
  month: 'mese',
  season: 'stagione',
  quarter: 'trimestre',
  third: 'quadrimestre',
  half: 'semestre',
  year: 'anno',
  decade: 'decennio',
  century: 'secolo',
  range: 'intervallo',
  open: 'intervallo aperto',
  unknown: 'non nota',
};

export const ATTACHMENT_KIND_IT: Record<AttachmentKind, string> = {
  signed_text: 'Testo firmato',
  draft: 'Bozza',
  minutes: 'Verbale',
  note_verbale: 'Nota verbale',
  annex: 'Allegato tecnico',
  other: 'Altro',
};

export const REMINDER_IT: Record<ReminderKind, string> = {
  expiry: 'Scadenza',
  notice_by: 'Termine di preavviso',
  renewal: 'Rinnovo',
  wg_session: 'Sessione di gruppo',
  meeting: 'Incontro programmato',
  milestone: 'Tappa del programma',
  ratification_outstanding: 'Ratifica in sospeso',
  action_item: 'Azione in scadenza',
};

const monthsIt = (n: number) => (n === 1 ? '1 mese' : `${n} mesi`);
const termIt = (months: number | undefined) => (months ? ` (entrata in vigore + ${monthsIt(months)})` : '');

/** The reminder sentences of reminders.ts in Italian, from what they say. */
function saysIt(says: ReminderSays): string {
  const date = (edtf: string) => formatPartialDate(edtf, 'short', 'it');
  switch (says.id) {
    case 'expires':
      return `Scade${termIt(says.termMonths)}.`;
    case 'renews':
      return `Si rinnova tacitamente per ${monthsIt(says.months)} salvo preavviso${termIt(says.termMonths)}.`;
    case 'expiryPassed':
      return `La data di scadenza è passata ma lo stato è ancora «${says.status ? (vocabIt[says.status] ?? says.status) : 'non registrato'}»${termIt(says.termMonths)}.`;
    case 'notice':
      return `Ultimo giorno per dare ${monthsIt(says.months)} di preavviso ${says.renewal ? 'per impedire il rinnovo tacito' : 'prima della scadenza'} (${date(says.end)}).`;
    case 'ratification':
      return `${says.party} ha firmato (${date(says.signed)}) ma dopo ${monthsIt(says.months)} non risulta registrata alcuna ratifica, approvazione o entrata in vigore.`;
    case 'session':
      return `Sessione ${says.edition}: ${says.title}${says.place ? ` (${says.place})` : ''}.`;
    case 'meetingPassed':
      return 'La data è passata, quindi l’incontro risulta svolto; registrare che cosa è avvenuto (svolto, rinviato o annullato).';
    case 'meetingPlanned':
      return `${says.place ? `${says.place}. ` : ''}Programmato.`;
  }
}

const IT: ReportWords = {
  lang: 'it',
  locale: 'it-IT',
  label: (code) => vocabIt[code] ?? labelOf(code),
  date: (edtf, style = 'short') => formatPartialDate(edtf, style, 'it'),
  attachmentKind: (kind) => ATTACHMENT_KIND_IT[kind],
  reminderKind: (kind) => REMINDER_IT[kind],
  reminderText: (r) => (r.says ? saysIt(r.says) : r.text),
  recordKind: (kind) => vocabIt[kind] ?? kind,
  precision: (p) => PRECISION_IT[p],
  kindCount: (kind, n) => `${n}\u00a0${KIND_IT[kind][n === 1 ? 0 : 1]}`,
  events: (n) => `${n} ${n === 1 ? 'evento' : 'eventi'}`,
  kicker: 'Entente · rapporto cronologico',
  headerRight: 'Entente · rapporto cronologico',
  page: (x, y) => `Pagina ${x} di ${y}`,
  h: {
    timeline: 'Cronologia grafica',
    records: 'Schede',
    chronology: 'Cronologia',
    undated: 'Eventi senza data nota',
    meetings: 'Incontri',
    reminders: 'Prossime scadenze e promemoria',
  },
  row: {
    scope: 'Ambito',
    asOf: 'Alla data',
    generated: 'Generato',
    marking: 'Classifica',
    contents: 'Contenuto',
    report: 'Rapporto',
    note: 'Nota',
    sheets: 'Fogli',
    dates: 'Date',
  },
  col: {
    date: 'Data',
    dateEdtf: 'Data (EDTF)',
    precision: 'Precisione',
    record: 'Scheda',
    recordKind: 'Tipo di scheda',
    event: 'Evento',
    note: 'Nota',
    source: 'Fonte',
    recordId: 'Id scheda',
    noteAndSource: 'Nota e fonte',
    type: 'Tipo',
    parties: 'Parti',
    status: 'Stato',
    statusDate: 'Data dello stato',
    summary: 'Sintesi',
    shortTitle: 'Titolo breve',
    kind: 'Tipo di scheda',
    areas: 'Settori',
    attachment: 'Allegato',
    file: 'File',
    attachmentKind: 'Tipo di allegato',
    sha: 'SHA-256 (prime 12 cifre)',
    dateAsRecorded: 'Data come registrata',
    earliestDay: 'Primo giorno',
    meeting: 'Incontro',
    place: 'Luogo',
    participants: 'Partecipanti',
    topics: 'Argomenti',
    outcomes: 'Esiti',
    reminder: 'Promemoria',
    detail: 'Dettaglio',
    overdue: 'In ritardo',
    daysFromToday: 'Giorni da oggi',
  },
  statusAsOf: (d) => `Stato alla data ${d}`,
  reached: {
    // Italian "since" is the open range's own display: "dal 2019", "da mar 2021", "dalla primavera 2021".
    since: (edtf) => formatPartialDate(`${edtf}/..`, 'short', 'it'),
    by: (edtf) => {
      const d = formatPartialDate(edtf, 'short', 'it');
      return /^\d/.test(d) ? `entro il ${d}` : `entro ${d}`;
    },
    within: (text) => `nel periodo ${text}`,
    unknown: 'data sconosciuta',
  },
  notRecorded: 'non registrato',
  mayHaveChanged: (label) => `* potrebbe essere cambiato: ${label}, data sconosciuta`,
  undatedLaterNote:
    '* Dopo lo stato indicato è stato inserito uno stato senza data. Non si può collocare prima o dopo la data di riferimento, quindi lo stato potrebbe essere cambiato; il grafico lo mostra come «data sconosciuta».',
  noRecords: 'Nessuna scheda nell’ambito.',
  noDated: 'Nessun evento datato nell’ambito.',
  undatedExplain: 'Registrati senza data, quindi non collocabili nella cronologia precedente.',
  noMeetings: 'Nessun incontro nell’ambito.',
  noReminders: (days, today) =>
    `Nessuna scadenza imminente o superata per queste schede entro ${days} giorni dal ${today}.`,
  overdue: 'in ritardo',
  yes: 'sì',
  no: 'no',
  sourcePrefix: 'Fonte: ',
  participantsPrefix: 'Partecipanti: ',
  outcomePrefix: 'Esito: ',
  attachmentsPrefix: 'Allegati: ',
  signedAt: (place) => `Firmato a ${place}`,
  endNote: (g) =>
    `Fine del rapporto. Generato da Entente il ${g}. Le date sono riportate come registrate: «c.» indica una data approssimativa; un anno o un mese da soli indicano che il giorno esatto non è noto.`,
  endShort: (g) => `Fine del rapporto. Generato da Entente il ${g}.`,
  chartLimit: (shown, total) =>
    `Il grafico mostra le prime ${shown} di ${total} schede (nell’ordine della tabella Schede). Restringere l’ambito (parte, programma, gruppo di lavoro o date) per un grafico completo; le tabelle seguenti elencano ogni scheda ed evento.`,
  chartTitle: (title, part, parts) => `${title}: cronologia${parts > 1 ? ` (parte ${part} di ${parts})` : ''}`,
  chartPart: (part, parts, first, last, shown) => `Parte ${part} di ${parts} (schede ${first}–${last} di ${shown}).`,
  chartMissing: (error) =>
    `Il grafico cronologico non è incluso in questo documento: ${error} Le versioni HTML e PDF del rapporto lo contengono.`,
  chartOmitted: (n) =>
    `Il grafico qui sopra mostra solo le prime schede; altre ${n} parti del grafico sono nelle versioni HTML e PDF del rapporto.`,
  milestone: (name) => `Tappa: ${name}`,
  phaseBegins: (name) => `Inizio fase: ${name}`,
  phaseEnds: (name) => `Fine fase: ${name}`,
  aParty: 'Parte',
  undatedNote: (n) =>
    n === 1
      ? '1 evento non ha una data nota; è elencato in «Eventi senza data nota» e mostrato nella colonna «Senza data» del grafico anziché sull’asse del tempo.'
      : `${n} eventi non hanno una data nota; sono elencati in «Eventi senza data nota» e mostrati nella colonna «Senza data» del grafico anziché sull’asse del tempo.`,
  asOfNote: (d) => `Gli stati sono quelli alla data ${d}; gli eventi successivi sono esclusi.`,
  sheetNames: {
    cover: 'Rapporto',
    records: 'Schede',
    attachments: 'Allegati',
    chronology: 'Cronologia',
    meetings: 'Incontri',
    reminders: 'Promemoria',
  },
  sheetsList:
    'Schede, Allegati (i documenti di ogni scheda), Cronologia (eventi datati, poi eventi senza data nota), Incontri, Promemoria',
  datesExplain:
    'Una data nota al giorno è una vera cella data; le altre sono riportate come registrate (es. «2019», «c. 2022») con la precisione in una colonna a parte.',
  ics: {
    product: 'Entente rapporto cronologico',
    overdueSummary: 'IN RITARDO — ',
    overdueCategory: 'In ritardo',
    dueWas: (d) => `In ritardo: la scadenza era ${d}.`,
    recorded: (d, firstDay) => `Data come registrata: ${d}${firstDay ? ' (indicata al primo giorno possibile)' : ''}`,
    report: (t) => `Rapporto: ${t}`,
    description: (marking, scope, generated) => `${marking}. ${scope} Generato il ${generated}.`,
  },
};

const WORDS: Record<ReportLang, ReportWords> = { en: EN, it: IT };

/** The report's words in `lang` (English when absent: reports made before languages, API callers). */
export function reportWords(lang: ReportLang | undefined): ReportWords {
  return WORDS[lang ?? 'en'];
}
