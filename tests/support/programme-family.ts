/**
 * A programme with records of four kinds tied to it, as its detail page relates them, added to a generated register:
 * two working groups it founded (each under one of the register's agreements) with three dated sessions each, an
 * undated meeting that discussed a group, and two meetings that discussed the programme. `expected` is exactly the
 * programme's timeline scope.
 */
import { createRecord } from '../../db/store/records';
import type { Db } from '../../db/store/sql';
import type { TreatyRegister } from './treaty-register';

export interface ProgrammeFamily {
  programme: string;
  /** Every record the programme's timeline must show, the programme included. */
  expected: string[];
}

/** `offset`: which of the register's agreements found its two groups (distinct per programme). */
export function addProgrammeFamily(db: Db, reg: TreatyRegister, name: string, offset: number): ProgrammeFamily {
  const make = (kind: Parameters<typeof createRecord>[1], input: unknown) => createRecord(db, kind, input).id;
  const mod = reg.italianParties[1]!;
  const programme = make('programme', {
    name,
    type: 'development',
    partners: [{ partyId: mod, role: 'lead' }],
    statusEvents: [{ status: 'development', date: '2018' }],
  });
  const expected = [programme];
  for (let g = 0; g < 2; g++) {
    const sessions = [1, 2, 3].map((edition) => {
      const meetingId = make('meeting', {
        title: `${name} group ${g + 1}, session ${edition}`,
        type: 'jwg_session',
        date: `${2018 + edition}-0${g + 2}`,
        statusEvents: [{ status: 'held', date: `${2018 + edition}-0${g + 2}` }],
      });
      expected.push(meetingId);
      return { edition, meetingId };
    });
    const founding = reg.agreements[offset + g]!;
    expected.push(founding);
    const group = make('working_group', {
      name: `${name} working group ${g + 1}`,
      foundingProgrammeId: programme,
      foundingAgreementId: founding,
      parties: [{ partyId: mod, role: 'co_chair' }],
      sessions,
      statusEvents: [{ status: 'active', date: '2019' }],
    });
    expected.push(group);
    if (g === 0) {
      // A meeting that discussed the group (not one of its sessions); undated, so it is listed apart, not dropped.
      expected.push(make('meeting', { title: `${name} review`, type: 'call', date: 'unknown', linkedIds: [group] }));
    }
  }
  // Meetings that discussed the programme itself.
  for (let m = 0; m < 2; m++) {
    expected.push(
      make('meeting', {
        title: `${name} steering meeting ${m + 1}`,
        type: 'conference',
        date: `202${m}-10-0${m + 1}`,
        linkedIds: [programme],
        statusEvents: [{ status: 'held', date: `202${m}-10-0${m + 1}` }],
      }),
    );
  }
  return { programme, expected };
}
