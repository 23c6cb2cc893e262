/**
 * Every CLI command, in the order the overall help lists them. A feature adds its module here and nowhere else.
 * Command modules are light (no store, service or handler code): the register loads when a command runs.
 */
import type { CliCommand } from '../command';
import { attachCommand, attachmentsCommand, extractTextCommand } from './attachments';
import { backupCommand, checkCommand, restoreCommand } from './backups';
import { exportCommand, importCommand, redoCommand, undoCommand } from './exchange';
import { historyCommand } from './history';
import { importSheetCommand } from './import-sheet';
import { initCommand } from './init';
import { listCommand, showCommand, statusCommand } from './records';
import { reportCommand } from './report';
import { reindexCommand, searchCommand } from './search';

export const COMMANDS: readonly CliCommand[] = [
  initCommand,
  listCommand,
  showCommand,
  statusCommand,
  historyCommand,
  reportCommand,
  backupCommand,
  restoreCommand,
  checkCommand,
  exportCommand,
  importCommand,
  importSheetCommand,
  undoCommand,
  redoCommand,
  searchCommand,
  reindexCommand,
  attachCommand,
  attachmentsCommand,
  extractTextCommand,
];
