/**
 * Native menu commands for data safety, wherever the person is: Edit ▸ Undo / Redo run at once
 * (refreshing every view); Back up now runs at once; Restore…, Import… and Export… open the Data &
 * backups page, where they confirm. Mount it in the app shell; the Data & backups page mounts it
 * too. However many components mount it, each command is handled once (one shared subscription).
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, onMenuCommand } from '../../api/client';
import { navigate } from '../../app/router';

export const SAFETY_PATH = '/data';

let subscribers = 0;
let unsubscribe: (() => void) | null = null;

function subscribe(client: QueryClient): void {
  unsubscribe = onMenuCommand((command) => {
    const refresh = () => void client.invalidateQueries();
    if (command === 'undo') void api.request('history.undo', {}).then(refresh, refresh);
    else if (command === 'redo') void api.request('history.redo', {}).then(refresh, refresh);
    else if (command === 'backup-now') void api.request('backups.create', {}).then(refresh, refresh);
    else if (command === 'restore' || command === 'import-bundle' || command === 'export-bundle') navigate(SAFETY_PATH);
  });
}

export function useSafetyCommands(): void {
  const client = useQueryClient();
  useEffect(() => {
    subscribers += 1;
    if (subscribers === 1) subscribe(client);
    return () => {
      subscribers -= 1;
      if (subscribers === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    };
  }, [client]);
}
