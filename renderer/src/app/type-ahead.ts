/**
 * "Typing right after Ctrl+N must not lose the first letter." The new form is loaded and focused a moment
 * after the shortcut; letters typed in between would land on the page body and vanish. From Ctrl+N until a
 * form field takes them, printable keys pressed outside any field are held here; the form's first field
 * appends them when it mounts (see features/records/form/fields.tsx, TextField with autoFocus).
 */
let buffering = false;
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
      if (isEditable(document.activeElement)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) {
        event.preventDefault();
        event.stopImmediatePropagation();
        held += event.key;
      } else if (event.key !== 'Shift') {
        // Any other key (Tab, Escape, arrows) means the person is doing something else.
        buffering = false;
        held = '';
      }
    },
    true,
  );
}

/** Starts holding keys (Ctrl+N, File ▸ New). */
export function startTypeAhead(): void {
  install();
  buffering = true;
  held = '';
}

/** The form's first field takes what was typed and stops the holding. */
export function takeTypeAhead(): string {
  const text = held;
  buffering = false;
  held = '';
  return text;
}
