/**
 * The preload puts exactly the contract on window.entente — one function per channel plus
 * onMenuCommand, upload (file bytes for attachments) and setLanguage (for main's menus) — and nothing that would let the page reach other IPC channels.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTRACT } from '../../../electron/common/contract';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../electron/common/contract/channels';
import { LANGUAGE_CHANNEL, MENU_EVENT_CHANNEL } from '../../../electron/common/contract/events';
import * as fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

type Bridge = Record<string, (...args: unknown[]) => unknown>;
let bridge: Bridge;

beforeAll(async () => {
  fake.resetFakeElectron();
  await import('../../../electron/preload/index');
  bridge = fake.contextBridge.exposed.get('entente') as Bridge;
});

describe('window.entente', () => {
  it('is the only thing exposed', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['entente']);
  });

  it('has exactly one function per contract channel, plus onMenuCommand, upload and setLanguage', () => {
    const keys = Object.keys(bridge).sort();
    expect(keys).toEqual([...CHANNEL_NAMES, 'onMenuCommand', 'upload', 'setLanguage'].sort());
    expect(keys).toEqual([...Object.keys(CONTRACT), 'onMenuCommand', 'upload', 'setLanguage'].sort());
    for (const key of keys) expect(typeof bridge[key], key).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const leak of ['invoke', 'send', 'on', 'ipcRenderer', 'require', 'process'])
      expect(bridge).not.toHaveProperty(leak);
  });

  it('forwards each call to its own IPC channel with exactly one argument', async () => {
    fake.ipcRenderer.invocations.length = 0;
    const reply = await bridge['records.list']!({ kind: 'agreement' }, 'extra', 'arguments');
    expect(reply).toEqual({ ok: true, value: 'entente:records.list' });
    for (const name of CHANNEL_NAMES) await bridge[name]!({});
    expect(fake.ipcRenderer.invocations[0]).toEqual({
      channel: `${IPC_PREFIX}records.list`,
      args: [{ kind: 'agreement' }],
    });
    expect(fake.ipcRenderer.invocations.slice(1).map((i) => i.channel)).toEqual(
      CHANNEL_NAMES.map((n) => IPC_PREFIX + n),
    );
  });
});

describe('upload', () => {
  it('sends the name and the bytes to entente:upload only, and decodes the staged id', async () => {
    fake.ipcRenderer.invocations.length = 0;
    const bytes = new Uint8Array([1, 2, 3]);
    await Promise.resolve(bridge.upload!('scan.pdf', bytes)).catch(() => undefined);
    expect(fake.ipcRenderer.invocations.at(-1)).toEqual({
      channel: `${IPC_PREFIX}upload`,
      args: [{ name: 'scan.pdf', bytes }],
    });
  });
});

describe('setLanguage', () => {
  it('sends one string to entente:language only, whatever the page passes', async () => {
    fake.ipcRenderer.invocations.length = 0;
    await bridge.setLanguage!('it', 'extra');
    await bridge.setLanguage!({ toString: () => 'en' });
    expect(fake.ipcRenderer.invocations).toEqual([
      { channel: LANGUAGE_CHANNEL, args: ['it'] },
      { channel: LANGUAGE_CHANNEL, args: ['en'] },
    ]);
  });
});

describe('onMenuCommand', () => {
  it('passes on known menu commands only, without the IPC event, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = bridge.onMenuCommand!((...args: unknown[]) => received.push(args)) as () => void;
    const event = { sender: 'ipc internals' };
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, event, 'new:agreement');
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, event, 'theme:dark');
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, event, 'rm -rf /');
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, event, { command: 'undo' });
    fake.ipcRenderer.emit('entente:other', event, 'undo');
    expect(received).toEqual([['new:agreement'], ['theme:dark']]);

    unsubscribe();
    fake.ipcRenderer.emit(MENU_EVENT_CHANNEL, event, 'undo');
    expect(received).toHaveLength(2);
    expect(fake.ipcRenderer.listenerCount(MENU_EVENT_CHANNEL)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onMenuCommand!('alert(1)')).toThrow(/needs a function/);
  });
});
