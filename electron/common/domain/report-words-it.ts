/**
 * The Italian words of a timeline report (issue 18; the shape is report-words-table.ts). The terms follow the
 * interface's (renderer/src/i18n/it.ts): "scheda", "rapporto cronologico", "ambito", "classifica di trattamento";
 * the precision, reminder-kind and document-kind tables below are the interface's own too.
 */
import { formatPartialDate, type DatePrecision } from './partial-date';
import type { AttachmentKind } from './attachments';
import type { ReminderKind, ReminderSays } from './reminders';
import type { ReportWords } from './report-words-table';
import { labelOf, type RecordKind } from './vocab';
import { vocabIt } from './vocab-it';

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

export const REPORT_WORDS_IT: ReportWords = {
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
