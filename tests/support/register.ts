/**
 * A generated register at the scale a desk officer reaches after some years: `meetings` meetings (default
 * 1,000) with titles that share words ("Bilateral staff talks 17, Rome"), among a few parties, people and
 * agreements, so pickers and lists are tried where the number of records matters.
 */
import type { Db } from '../../db/store/sql';
import { createRecord } from '../../db/store/records';

const PLACES = ['Rome', 'Tokyo', 'London', 'Paris', 'Canberra', 'Madrid', 'Berlin', 'Ottawa'];
const KINDS = ['staff_talks', 'ministerial_bilateral', 'jwg_session', 'call', 'conference'] as const;

export interface Register {
  parties: { id: string; name: string }[];
  people: { id: string; name: string }[];
  agreements: { id: string; title: string }[];
  meetingCount: number;
}

export function generateRegister(db: Db, meetings = 1_000): Register {
  const parties = ['Italian Ministry of Defence', 'Ministry of Defense of Japan', 'UK Ministry of Defence'].map(
    (name) => ({ id: createRecord(db, 'party', { name, type: 'ministry' }).id, name }),
  );
  const people = [
    ['Lorenzo Guerini', 0],
    ['Kishi Nobuo', 1],
    ['Tanaka Hiroshi', 1],
    ['Laura Bianchi', 0],
  ].map(([name, party]) => ({
    id: createRecord(db, 'person', { name, partyId: parties[party as number]!.id }).id,
    name: name as string,
  }));
  const agreements = [
    'Memorandum of Understanding on defence cooperation',
    'Technical Arrangement on equipment and technology transfer',
    'Agreement on the security of information',
  ].map((title) => ({ id: createRecord(db, 'agreement', { title, type: 'mou' }).id, title }));
  const insert = db.transaction(() => {
    for (let i = 1; i <= meetings; i++) {
      const place = PLACES[i % PLACES.length]!;
      createRecord(db, 'meeting', {
        title: `Bilateral staff talks ${i}, ${place}`,
        type: KINDS[i % KINDS.length],
        date: `${(i % 28) + 1}/${(i % 12) + 1}/${2000 + (i % 25)}`,
        place,
        participants: [{ personId: people[i % people.length]!.id }],
        linkedIds: i % 10 === 0 ? [agreements[0]!.id] : [],
      });
    }
  });
  insert();
  return { parties, people, agreements, meetingCount: meetings };
}
