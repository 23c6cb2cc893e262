/**
 * The ordered list of schema migrations. A released migration is never edited: changes
 * come as a new numbered file appended here, versions ascending (numbers are assigned per branch, see below).
 */
import { migration as m0001 } from './0001-initial';
import { migration as m0002 } from './0002-change-groups';
import { migration as m0003 } from './0003-search';
import { migration as m0004 } from './0004-search-contentless';
import { migration as m0005 } from './0005-status-order';
import { migration as m0006 } from './0006-search-fold';
import { migration as m0009 } from './0009-attachments';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0009];

/**
 * The newest version. Version numbers are assigned per branch (issue 17 holds 9 while 7 and 8 land from other
 * branches), so this is the last migration's number, not the list's length.
 */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
