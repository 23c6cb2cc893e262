import { AppError } from '../../common/domain/errors';
import { RECORD_KINDS, type RecordKind } from '../../common/domain/vocab';

/** Accepts "agreements", "agreement", "working-groups", "working_group", "people"… */
const ALIASES: Record<string, RecordKind> = {
  parties: 'party',
  people: 'person',
  persons: 'person',
  agreements: 'agreement',
  programmes: 'programme',
  programs: 'programme',
  program: 'programme',
  meetings: 'meeting',
  'working-groups': 'working_group',
  working_groups: 'working_group',
  'working-group': 'working_group',
  wg: 'working_group',
  jwg: 'working_group',
};

/** The kinds as a person types them (singular works too). */
export const KIND_WORDS = 'parties, people, agreements, working-groups, programmes or meetings';

export function parseKind(word: string | undefined): RecordKind {
  const key = (word ?? '').toLowerCase();
  const kind = (RECORD_KINDS as readonly string[]).includes(key) ? (key as RecordKind) : ALIASES[key];
  if (!kind) {
    throw new AppError('VALIDATION', `Unknown record kind “${word ?? ''}”. Use ${KIND_WORDS}.`);
  }
  return kind;
}
