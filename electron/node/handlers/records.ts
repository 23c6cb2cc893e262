/** Handlers for record channels: thin calls into the store, no SQL here. */
import { loadSeedArticle } from '../../../db/demo/seed-article';
import { recentAudit, listAudit } from '../../../db/store/audit';
import { findDependents, recordTitlesList } from '../../../db/store/dependents';
import { listSummaries } from '../../../db/store/lists';
import { schemaVersion } from '../../../db/store/open';
import { countRecords, createRecord, deleteRecord, getRecord, updateRecord } from '../../../db/store/records';
import { statusCounts } from '../../../db/store/stats';
import { addStatusEvent, getStatusAsOf, removeStatusEvent, updateStatusEvent } from '../../../db/store/status';
import { AppError } from '../../common/domain/errors';
import type { recordChannels } from '../../common/contract/records';
import type { Handlers } from './context';

export const recordHandlers: Handlers<typeof recordChannels> = {
  'app.info': (_input, ctx) => {
    const counts = countRecords(ctx.db);
    return {
      name: 'Entente',
      version: ctx.appVersion,
      databaseFile: ctx.databaseFile,
      schemaVersion: schemaVersion(ctx.db),
      isEmpty: Object.values(counts).every((n) => n === 0),
      transport: ctx.transport,
    };
  },
  'demo.load': (_input, ctx) => {
    const total = Object.values(countRecords(ctx.db)).reduce((a, b) => a + b, 0);
    if (total > 0) throw new AppError('CONFLICT', 'Example data can only be loaded into an empty register.');
    loadSeedArticle(ctx.db);
    return { loaded: Object.values(countRecords(ctx.db)).reduce((a, b) => a + b, 0) };
  },
  'records.list': (input, ctx) => listSummaries(ctx.db, input),
  'records.titles': (input, ctx) => recordTitlesList(ctx.db, input.kinds),
  'records.get': (input, ctx) => getRecord(ctx.db, input.kind, input.id),
  'records.create': (input, ctx) => createRecord(ctx.db, input.kind, input.draft),
  'records.update': (input, ctx) =>
    updateRecord(
      ctx.db,
      input.kind,
      input.id,
      input.draft,
      input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion },
    ),
  'records.delete': (input, ctx) => {
    const { deleted, detachedFrom } = deleteRecord(ctx.db, input.kind, input.id, {
      detach: input.detach ?? false,
      ...(input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion }),
    });
    return { deletedId: deleted.id, detachedFrom };
  },
  'records.dependents': (input, ctx) => findDependents(ctx.db, input.id),
  'records.audit': (input, ctx) => listAudit(ctx.db, input.id, input.limit),
  'status.add': (input, ctx) => addStatusEvent(ctx.db, input.kind, input.recordId, input.event),
  'status.update': (input, ctx) => updateStatusEvent(ctx.db, input.kind, input.recordId, input.eventId, input.event),
  'status.remove': (input, ctx) => removeStatusEvent(ctx.db, input.kind, input.recordId, input.eventId),
  'status.asOf': (input, ctx) => getStatusAsOf(ctx.db, input.kind, input.recordId, input.asOf),
  'dashboard.get': (_input, ctx) => ({
    counts: countRecords(ctx.db),
    statusCounts: statusCounts(ctx.db),
    recentChanges: recentAudit(ctx.db, 15).map((e) => ({ ...e, before: null, after: null })),
    recentMeetings: listSummaries(ctx.db, { kind: 'meeting' })
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
      .slice(0, 10),
  }),
};
