/** Handlers for record channels: thin calls into the store, no SQL here. */
import { AppError } from '../../common/domain/errors';
import type { recordChannels } from '../../common/contract/records';
import { fromEdtf, todayIso } from '../../common/domain/partial-date';
import type { RecordSummary } from '../../common/domain/types';
import type { Handlers } from './context';

/** A ULID: `parties.resolve` reads such a text as an id first. */
const ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export const recordHandlers: Handlers<typeof recordChannels> = {
  'app.info': (_input, ctx) => {
    const counts = ctx.store.countRecords();
    return {
      name: 'Entente',
      version: ctx.appVersion,
      databaseFile: ctx.databaseFile,
      schemaVersion: ctx.store.schemaVersion(),
      sqliteVersion: ctx.store.sqliteVersion(),
      isEmpty: Object.values(counts).every((n) => n === 0),
      counts,
      transport: ctx.transport,
    };
  },
  'demo.load': (_input, ctx) => {
    const total = Object.values(ctx.store.countRecords()).reduce((a, b) => a + b, 0);
    if (total > 0) throw new AppError('CONFLICT', 'Example data can only be loaded into an empty register.');
    ctx.store.loadDemo();
    return { loaded: Object.values(ctx.store.countRecords()).reduce((a, b) => a + b, 0) };
  },
  'records.list': (input, ctx) => ctx.store.listRecords(input),
  'records.titles': (input, ctx) => ctx.store.recordTitles(input.kinds, input.ids),
  'records.palette': (_input, ctx) => ctx.store.paletteEntries(),
  'parties.resolve': (input, ctx) => {
    const byId = ID.test(input.name) ? ctx.store.findRecord('party', input.name) : undefined;
    return byId ? [{ id: byId.id, name: byId.name }] : ctx.store.partiesNamed(input.name);
  },
  'records.get': (input, ctx) => ctx.store.getRecord(input.kind, input.id),
  'records.create': (input, ctx) => ctx.store.createRecord(input.kind, input.draft),
  'records.update': (input, ctx) =>
    ctx.store.updateRecord(
      input.kind,
      input.id,
      input.draft,
      input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion },
    ),
  'records.delete': (input, ctx) => {
    const { deleted, detachedFrom } = ctx.store.deleteRecord(input.kind, input.id, {
      detach: input.detach ?? false,
      ...(input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion }),
    });
    return { deletedId: deleted.id, detachedFrom };
  },
  'records.dependents': (input, ctx) => ctx.store.dependents(input.id),
  'records.incomingLinks': (input, ctx) => ctx.store.incomingLinks(input.id),
  'records.audit': (input, ctx) => ctx.store.recordAudit(input.id, input.limit),
  'status.add': (input, ctx) => ctx.store.addStatusEvent(input.kind, input.recordId, input.event),
  'status.update': (input, ctx) => ctx.store.updateStatusEvent(input.kind, input.recordId, input.eventId, input.event),
  'status.remove': (input, ctx) => ctx.store.removeStatusEvent(input.kind, input.recordId, input.eventId),
  'status.asOf': (input, ctx) => ctx.store.statusAsOf(input.kind, input.recordId, input.asOf),
  'dashboard.get': (_input, ctx) => ({
    counts: ctx.store.countRecords(),
    statusCounts: ctx.store.statusCounts(),
    recentChanges: ctx.store.recentAudit(15).map((e) => {
      // The records themselves stay behind (size); their title stays, so the interface can word the line itself.
      const record = (e.after ?? e.before) as { title?: string; name?: string } | null;
      return { ...e, before: null, after: null, recordTitle: record?.title ?? record?.name ?? '' };
    }),
    recentMeetings: recentMeetings(ctx.store.listRecords({ kind: 'meeting' }), todayIso()),
  }),
};

/**
 * The dashboard's recent meetings: those begun by today, newest first (by the last day their date may mean, so
 * "Jan 2021" sorts with the end of January), then undated ones if there is room; 10 in all.
 */
export function recentMeetings(meetings: RecordSummary[], today: string): RecordSummary[] {
  const dated = meetings
    .map((m) => ({ m, span: fromEdtf(m.date) }))
    .filter((x) => x.span.from !== null && x.span.from <= today)
    .sort((a, b) => (b.span.to ?? '').localeCompare(a.span.to ?? '') || b.m.date.localeCompare(a.m.date))
    .map((x) => x.m);
  const undated = meetings.filter((m) => fromEdtf(m.date).from === null);
  return [...dated, ...undated].slice(0, 10);
}
