/**
 * "Typing right after Ctrl+N must not lose the first letter." The new form is loaded and focused a moment
 * after the shortcut; letters typed in between would land on the page body and vanish. From Ctrl+N until a
 * form field takes them, printable keys pressed outside any field are held here; the form's first field
 * appends them when it mounts (see features/records/form/fields.tsx, TextField with autoFocus).
 * Ctrl+K is the same race from inside a field: "memorandum" typed right after it must reach the palette, not
 * end the title being typed with an "m"; so the palette holds keys over fields too until its input has the focus.
 */
let buffering = false;
let overFields = false;
let held = '';
let installed = false;

function isEditable(element: Element | null): boolean {
  return !!element && (element.matches('input, textarea, select') || (element as HTMLElement).isContentEditable);
}

function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener(
    'keydown',
    (event) => {
      if (!buffering) return;
      const active = document.activeElement;
      // The field the held letters are meant for already has the focus (Ctrl+K with the palette open): let them in.
      if (active?.hasAttribute('data-takes-type-ahead')) {
        buffering = false;
        overFields = false;
        return;
      }
      if (!overFields && isEditable(active)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) {
        event.preventDefault();
        event.stopImmediatePropagation();
        held += event.key;
      } else if (event.key !== 'Shift') {
        // Any other key (Tab, Escape, arrows) means the person is doing something else.
        buffering = false;
        overFields = false;
        held = '';
      }
    },
    true,
  );
}

/**
 * Starts holding keys (Ctrl+N, File ▸ New: only keys outside fields; Ctrl+K with `overFields`: also keys that would
 * land in the field that still has the focus). Any key that is not a letter ends the holding.
 */
export function startTypeAhead(options: { overFields?: boolean } = {}): void {
  install();
  buffering = true;
  overFields = options.overFields ?? false;
  held = '';
}

/** The form's first field takes what was typed and stops the holding. */
export function takeTypeAhead(): string {
  const text = held;
  buffering = false;
  overFields = false;
  held = '';
  return text;
}

/** True when letters are being held for a form that is not showing yet (typing has started). */
export function hasTypeAhead(): boolean {
  return buffering && held !== '';
}
