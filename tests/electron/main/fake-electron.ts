/**
 * A hand-written stand-in for the few `electron` APIs main and preload use. Tests install it with
 *   vi.mock('electron', () => import('./fake-electron'));
 * and import the same module to inspect what main did: the options every BrowserWindow got, the
 * listeners on its WebContents, the IPC handlers, the session's permission handlers, the protocol
 * handlers, dialogs shown… It records; it does not pretend to render anything.
 */
type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapper = ((...args: never[]) => {
      this.removeListener(event, wrapper);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapper);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    for (const listener of list) (listener as (...a: unknown[]) => unknown)(...args);
    return list.length > 0;
  }
  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

let nextId = 1;

export class FakeWebFrame {
  readonly routingId = nextId++;
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
    public processId = 1,
  ) {}
}

/** A cancellable event like Electron's, for navigation and webview events. */
export function cancellable(extra: Record<string, unknown> = {}) {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeWebContents extends Emitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame('about:blank');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  printOptions: unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  async printToPDF(options: unknown) {
    this.printOptions = options;
    return Buffer.from('%PDF-1.7 fake');
  }
  /** Fires a navigation event the way Electron 45 does; true if main prevented it. */
  tryNavigate(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string): boolean {
    const e = cancellable({ url });
    this.emit(event, e, url);
    return e.defaultPrevented;
  }
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getAllWindows() {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return FakeBrowserWindow.focused;
  }

  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  loadedFile: string | undefined;
  destroyed = false;
  visible = false;
  focusCount = 0;
  maximized = false;
  minimized = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', cancellable(), this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  loadFile(file: string) {
    this.loadedFile = file;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  isVisible() {
    return this.visible;
  }
  focus() {
    this.focusCount++;
    FakeBrowserWindow.focused = this;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
  close() {
    this.emit('close', cancellable());
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends Emitter {
  name = 'Electron';
  /** What app.getLocale() answers: the system language. */
  locale = 'en-US';
  getLocale() {
    return this.locale;
  }
  isPackaged = false;
  lockAvailable = true;
  quitCount = 0;
  exitCode: number | undefined;
  readonly paths = new Map<string, string>();
  setName(name: string) {
    this.name = name;
  }
  getName() {
    return this.name;
  }
  getVersion() {
    return '45.5.0';
  }
  getPath(key: string) {
    const value = this.paths.get(key);
    if (value === undefined) throw new Error(`fake app: no path "${key}" set by the test`);
    return value;
  }
  setPath(key: string, value: string) {
    this.paths.set(key, value);
  }
  requestSingleInstanceLock() {
    return this.lockAvailable;
  }
  quit() {
    this.quitCount++;
  }
  exit(code = 0) {
    this.exitCode = code;
  }
  whenReady() {
    return Promise.resolve();
  }
}

export type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler) {
    // Like Electron: registering a channel twice is an error.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  privileged: { scheme: string; privileges: Record<string, boolean> }[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]) {
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: ProtocolHandler) {
    this.handlers.set(scheme, handler);
  }
}

export class FakeSession {
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | undefined;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  readonly protocol = new FakeProtocol();
  readonly webRequest = {
    onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    },
  };
  constructor(readonly partition: string) {}
  setPermissionRequestHandler(handler: (...args: unknown[]) => void) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.devicePermissionHandler = handler;
  }
}

const partitions = new Map<string, FakeSession>();

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = new FakeIpcMain();
export const protocol = new FakeProtocol();
export const session = {
  defaultSession: new FakeSession(''),
  fromPartition(partition: string) {
    const existing = partitions.get(partition) ?? new FakeSession(partition);
    partitions.set(partition, existing);
    return existing;
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as Record<string, unknown>[],
  saveDialogs: [] as Record<string, unknown>[],
  saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  /** The button index showMessageBoxSync answers. */
  messageBoxSyncAnswer: 0,
  showMessageBoxSync(...args: unknown[]) {
    dialog.messageBoxes.push(args.at(-1) as Record<string, unknown>);
    return dialog.messageBoxSyncAnswer;
  },
  showErrorBox(title: string, content: string) {
    dialog.errorBoxes.push({ title, content });
  },
  async showMessageBox(...args: unknown[]) {
    dialog.messageBoxes.push(args.at(-1) as Record<string, unknown>);
    return { response: 0, checkboxChecked: false };
  },
  async showSaveDialog(...args: unknown[]) {
    dialog.saveDialogs.push(args.at(-1) as Record<string, unknown>);
    return dialog.saveDialogAnswer;
  },
};

export const shell = {
  opened: [] as string[],
  revealed: [] as string[],
  /** Paths handed to the system viewer (openPath), and what it answers ('' = opened, else the error text). */
  openedPaths: [] as string[],
  openPathAnswer: '',
  async openExternal(url: string) {
    shell.opened.push(url);
  },
  async openPath(path: string) {
    shell.openedPaths.push(path);
    return shell.openPathAnswer;
  },
  showItemInFolder(path: string) {
    shell.revealed.push(path);
  },
};

export const Menu = {
  applicationMenu: undefined as { template: unknown[] } | undefined,
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] }) {
    Menu.applicationMenu = menu;
  },
};

const PRIMARY = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
export const screen = {
  displays: [PRIMARY],
  getAllDisplays() {
    return screen.displays;
  },
  getPrimaryDisplay() {
    return screen.displays[0] ?? PRIMARY;
  },
};

// Preload side.
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    contextBridge.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends Emitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  async invoke(channel: string, ...args: unknown[]) {
    this.invocations.push({ channel, args });
    // Main answers with the database worker's reply as JSON bytes (electron/main/ipc.ts).
    return new TextEncoder().encode(JSON.stringify({ ok: true, value: channel }));
  }
}
export const ipcRenderer = new FakeIpcRenderer();

/** Back to a freshly started process; call in beforeEach. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  app.listeners.clear();
  app.name = 'Electron';
  app.locale = 'en-US';
  app.isPackaged = false;
  app.lockAvailable = true;
  app.quitCount = 0;
  app.exitCode = undefined;
  app.paths.clear();
  ipcMain.handlers.clear();
  protocol.privileged = [];
  protocol.handlers.clear();
  session.defaultSession = new FakeSession('');
  partitions.clear();
  dialog.errorBoxes = [];
  dialog.messageBoxes = [];
  dialog.messageBoxSyncAnswer = 0;
  dialog.saveDialogs = [];
  dialog.saveDialogAnswer = { canceled: true, filePath: '' };
  shell.opened = [];
  shell.revealed = [];
  shell.openedPaths = [];
  shell.openPathAnswer = '';
  Menu.applicationMenu = undefined;
  screen.displays = [PRIMARY];
  contextBridge.exposed.clear();
  ipcRenderer.invocations.length = 0;
  ipcRenderer.listeners.clear();
}

/** An IPC invoke event from `contents`' frame `frame` (its main frame by default). */
export function invokeEvent(contents: FakeWebContents, frame: FakeWebFrame | null = contents.mainFrame) {
  return { sender: contents, senderFrame: frame, frameId: frame?.routingId ?? 0, processId: 1, type: 'frame' };
}
