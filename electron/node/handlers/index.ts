/** Every handler, merged from one map per feature; typed against the whole contract. */
import type { Contract } from '../../common/contract';
import { attachmentHandlers } from './attachments';
import type { Handlers } from './context';
import { recordHandlers } from './records';
import { registerHandlers } from './register';
import { reportHandlers } from './reports';
import { safetyHandlers } from './safety';
import { searchHandlers } from './search';
import { sheetHandlers } from './sheets';

export const HANDLERS: Handlers<Contract> = {
  ...attachmentHandlers,
  ...recordHandlers,
  ...registerHandlers,
  ...reportHandlers,
  ...safetyHandlers,
  ...searchHandlers,
  ...sheetHandlers,
};
