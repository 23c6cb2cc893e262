/**
 * Status events are part of their record's aggregate; these helpers edit one event at a
 * time through the same audited write path, and answer "status now" and "as of".
 */
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import { asOfCutoff } from '../../electron/common/domain/partial-date';
import { statusEventSchema } from '../../electron/common/domain/schemas';
import { recordStatusAsOf, type StatusAsOf } from '../../electron/common/domain/status';
import type { RecordByKind, StatusEvent } from '../../electron/common/domain/types';
import type { StatusKind } from '../../electron/common/domain/vocab';
import type { Db } from './sql';
import { getRecord, patchRecord, type UpdateOptions } from './records';

type WithTimeline = RecordByKind[StatusKind];

function eventInput(kind: StatusKind, input: unknown): StatusEvent {
  // Typed text: the contract passes a status event on unparsed (status.add / status.update).
  const parsed = parseOrThrow(statusEventSchema(kind), input, 'Status event');
  return { ...parsed, id: parsed.id ?? '' } as StatusEvent;
}

function withEvents(record: WithTimeline, events: StatusEvent[]): unknown {
  return { ...record, statusEvents: events.map((e) => ({ ...e, id: e.id || null })) };
}

export function addStatusEvent(
  db: Db,
  kind: StatusKind,
  recordId: string,
  input: unknown,
  ctx: UpdateOptions = {},
): WithTimeline {
  const event = eventInput(kind, input);
  return patchRecord(db, kind, recordId, (r) => withEvents(r, [...r.statusEvents, { ...event, id: '' }]), ctx);
}

export function updateStatusEvent(
  db: Db,
  kind: StatusKind,
  recordId: string,
  eventId: string,
  input: unknown,
  ctx: UpdateOptions = {},
): WithTimeline {
  const event = eventInput(kind, input);
  return patchEvent(
    db,
    kind,
    recordId,
    eventId,
    (events) => events.map((e) => (e.id === eventId ? { ...event, id: eventId } : e)),
    ctx,
  );
}

export function removeStatusEvent(
  db: Db,
  kind: StatusKind,
  recordId: string,
  eventId: string,
  ctx: UpdateOptions = {},
): WithTimeline {
  return patchEvent(db, kind, recordId, eventId, (events) => events.filter((e) => e.id !== eventId), ctx);
}

/** Changes the record's events through `change` once the event `eventId` is known to be there (else NOT_FOUND). */
function patchEvent(
  db: Db,
  kind: StatusKind,
  recordId: string,
  eventId: string,
  change: (events: StatusEvent[]) => StatusEvent[],
  ctx: UpdateOptions,
): WithTimeline {
  return patchRecord(
    db,
    kind,
    recordId,
    (r) => {
      if (!r.statusEvents.some((e) => e.id === eventId))
        throw new AppError('NOT_FOUND', `No status event ${eventId} on this record.`);
      return withEvents(r, change(r.statusEvents));
    },
    ctx,
  );
}

export interface StatusAsOfAnswer extends StatusAsOf {
  asOf: string; // as typed, canonical EDTF
  cutoff: string; // last ISO day the question covers
}

/** Status on a date typed by a person ("2021", "Jan 2021", "15/01/2021"): the last day it covers is the cutoff. */
export function getStatusAsOf(db: Db, kind: StatusKind, recordId: string, asOf: string): StatusAsOfAnswer {
  const parsed = asOfCutoff(asOf);
  if (!parsed.ok || !parsed.cutoff) {
    throw new AppError('VALIDATION', `As-of date: ${parsed.ok ? 'an as-of date must be known' : parsed.error}`, {
      fields: [{ path: 'asOf', message: parsed.ok ? 'Give a date' : parsed.error }],
    });
  }
  const record = getRecord(db, kind, recordId);
  return { ...recordStatusAsOf(record, parsed.cutoff), asOf: parsed.value.edtf, cutoff: parsed.cutoff };
}
