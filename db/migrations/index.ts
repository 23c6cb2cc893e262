/**
 * The ordered list of schema migrations. A released migration is never edited: changes
 * come as a new numbered file appended here, in version order. Numbers are assigned per branch (0005–0006 status
 * order and search folding, 0007 reminders and views), so a branch may run with a gap until the others are merged.
 */
import { migration as m0001 } from './0001-initial';
import { migration as m0002 } from './0002-change-groups';
import { migration as m0003 } from './0003-search';
import { migration as m0004 } from './0004-search-contentless';
import { migration as m0007 } from './0007-reminders-views';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0007];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
