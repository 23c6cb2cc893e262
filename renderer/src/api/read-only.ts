/**
 * Whether the register open in this window can be changed (issue 15): `app.info`'s `readOnly` is the reason it
 * cannot (damaged, or owned by another window), null when it can. Screens hide the actions that could only be
 * refused (new, edit, delete, add a status, restore, import, undo); the banner above every page says why.
 */
import { useApiQuery } from './hooks';

export function useReadOnly(): string | null {
  const info = useApiQuery('app.info', {});
  return info.data?.readOnly ?? null;
}
