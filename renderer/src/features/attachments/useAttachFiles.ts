/**
 * Attaching files: each file's bytes go to the host (uploadFile → an upload id), then one `attachments.add` attaches
 * them all (all or none), then `attachments.extract` reads their text in the background worker. Oversize files are
 * refused here already, with the same words the host would use.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ATTACHMENT_LIMITS, tooLargeMessage } from '../../../../electron/common/domain/attachments';
import { api, uploadFile } from '../../api/client';

export type AttachPhase = { step: 'idle' } | { step: 'uploading'; count: number } | { step: 'extracting' };

export function useAttachFiles(recordId: string) {
  const client = useQueryClient();
  const [phase, setPhase] = useState<AttachPhase>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);

  async function extract(): Promise<void> {
    setPhase({ step: 'extracting' });
    for (let round = 0; round < 50; round++) {
      const reply = await api.call('attachments.extract', { recordId });
      await client.invalidateQueries();
      if (!reply.ok || !reply.value.more) break;
    }
  }

  /** Attaches `files` (a new version of `replaceId` when given). Resolves when the text has been read. */
  async function attach(files: readonly File[], replaceId?: string): Promise<void> {
    setError(null);
    const tooBig = files.find((f) => f.size > ATTACHMENT_LIMITS.maxBytes);
    if (tooBig) return setError(tooLargeMessage(tooBig.name, tooBig.size));
    if (files.length === 0) return;
    setPhase({ step: 'uploading', count: files.length });
    try {
      const ids: string[] = [];
      for (const file of files) {
        const staged = await uploadFile(file);
        if (!staged.ok) return setError(staged.error.message);
        ids.push(staged.value.id);
      }
      const reply = replaceId
        ? await api.call('attachments.replace', { id: replaceId, upload: ids[0]! })
        : await api.call('attachments.add', { recordId, uploads: ids });
      if (!reply.ok) return setError(reply.error.message);
      await client.invalidateQueries();
      await extract();
    } finally {
      setPhase({ step: 'idle' });
    }
  }

  return { attach, extract, phase, error, clearError: () => setError(null) };
}
