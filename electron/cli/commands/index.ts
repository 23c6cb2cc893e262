/** Every CLI command. A feature adds its module here and nowhere else. */
import type { CliCommand } from '../command';
import { initCommand } from './init';
import { listCommand, showCommand, statusCommand } from './records';

export const COMMANDS: readonly CliCommand[] = [initCommand, listCommand, showCommand, statusCommand];
