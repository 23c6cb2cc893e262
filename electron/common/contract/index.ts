/**
 * THE contract: every channel the UI may call, merged from one map per feature. main
 * registers exactly these over IPC, the preview serves exactly these over HTTP, and the
 * preload exposes exactly these on window.entente.
 */
import { attachmentChannels } from './attachments';
import { CHANNEL_NAMES } from './channels';
import type { Channel, InputOf, OutputOf, Reply } from './define';
import { recordChannels } from './records';
import { registerChannels } from './register';
import { reportChannels } from './reports';
import { safetyChannels } from './safety';
import { searchChannels } from './search';
import { sheetChannels } from './sheets';

export const CONTRACT = {
  ...attachmentChannels,
  ...recordChannels,
  ...registerChannels,
  ...reportChannels,
  ...safetyChannels,
  ...searchChannels,
  ...sheetChannels,
} as const satisfies Record<string, Channel>;

export type Contract = typeof CONTRACT;
export type ChannelName = keyof Contract;
export type Input<N extends ChannelName> = InputOf<Contract[N]>;
export type Output<N extends ChannelName> = OutputOf<Contract[N]>;

/** The API the renderer sees: one async function per channel. */
export type EntenteApi = { [N in ChannelName]: (input: Input<N>) => Promise<Reply<Output<N>>> };

// channels.ts (the preload's list) must name exactly the contract's channels: both directions are checked.
type Listed = (typeof CHANNEL_NAMES)[number];
const everyListedIsInContract: Listed extends ChannelName ? true : never = true;
const everyChannelIsListed: ChannelName extends Listed ? true : never = true;
void everyListedIsInContract;
void everyChannelIsListed;

export { CHANNEL_NAMES };
export type { Reply };
