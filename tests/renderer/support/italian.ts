/**
 * Tests of what an Italian user reads (issue 18): a harness on a real register with the window switched to Italian
 * before each test and back to English after, and the refusal a call must end in.
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import type { Reply } from '../../../electron/common/contract/define';
import type { ErrorInfo } from '../../../electron/common/domain/errors';
import { setLanguageSetting } from '../../../renderer/src/i18n';
import { LANGUAGE_STORAGE_KEY } from '../../../renderer/src/i18n/language';
import { openHarness, type Harness } from './harness';

/** Registers the hooks; call the returned function inside a test for that test's harness. */
export function italianHarness(): () => Harness {
  let h: Harness | undefined;
  beforeEach(() => {
    h = openHarness();
    act(() => setLanguageSetting('it'));
  });
  afterEach(() => {
    act(() => setLanguageSetting('en'));
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    h?.close();
  });
  return () => h!;
}

/** The error a call was refused with; throws when it succeeded. */
export async function refusal(call: Promise<Reply<unknown>>): Promise<ErrorInfo> {
  const reply = await call;
  if (reply.ok) throw new Error('expected a refusal');
  return reply.error;
}
