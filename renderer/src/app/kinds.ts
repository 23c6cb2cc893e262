/** Where each record kind lives in the UI: its URL segment, i18n keys and icon. */
import type { Icon } from '@tabler/icons-react';
import {
  IconBuildingBank,
  IconCalendarEvent,
  IconFileCertificate,
  IconRocket,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { RecordKind } from '../../../electron/common/domain/vocab';

export const KIND_SEGMENTS: Record<RecordKind, string> = {
  agreement: 'agreements',
  working_group: 'working-groups',
  programme: 'programmes',
  meeting: 'meetings',
  party: 'parties',
  person: 'people',
};

export const KIND_ICONS: Record<RecordKind, Icon> = {
  agreement: IconFileCertificate,
  working_group: IconUsersGroup,
  programme: IconRocket,
  meeting: IconCalendarEvent,
  party: IconBuildingBank,
  person: IconUser,
};

/** Sidebar order. */
export const KINDS_IN_ORDER: RecordKind[] = ['agreement', 'working_group', 'programme', 'meeting', 'party', 'person'];

export const listPath = (kind: RecordKind): string => `/${KIND_SEGMENTS[kind]}`;
export const recordPath = (kind: RecordKind, id: string): string => `/${KIND_SEGMENTS[kind]}/${encodeURIComponent(id)}`;
export const newRecordPath = (kind: RecordKind): string => `/${KIND_SEGMENTS[kind]}/new`;
export const editRecordPath = (kind: RecordKind, id: string): string => `${recordPath(kind, id)}/edit`;
