/**
 * The ordered list of schema migrations. A released migration is never edited: changes
 * come as a new numbered file appended here. `version` must equal the position + 1.
 */
import { migration as m0001 } from './0001-initial';
import { migration as m0002 } from './0002-change-groups';
import { migration as m0003 } from './0003-search';
import { migration as m0004 } from './0004-search-contentless';
import { migration as m0005 } from './0005-status-order';
import { migration as m0006 } from './0006-search-fold';
import { migration as m0007 } from './0007-reminders-views';
import { migration as m0008 } from './0008-sheet-import';
import { migration as m0009 } from './0009-attachments';
import { migration as m0010 } from './0010-record-links';
import { migration as m0011 } from './0011-search-fold-persian';
import { migration as m0012 } from './0012-status-range-start';
import { migration as m0013 } from './0013-status-begun';
import { migration as m0014 } from './0014-meeting-open-dates';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  m0001,
  m0002,
  m0003,
  m0004,
  m0005,
  m0006,
  m0007,
  m0008,
  m0009,
  m0010,
  m0011,
  m0012,
  m0013,
  m0014,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
