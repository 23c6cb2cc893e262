/**
 * `--party` takes what a person calls a party — its name, short name or native name ("Japan", "JASDF", "防衛省"), in
 * any case — or its id, like the app's party pickers. Resolved by the register (`parties.resolve`); an ambiguous name
 * lists the parties it could mean (exit 2), an unknown one says so (exit 3).
 */
import { AppError } from '../../common/domain/errors';
import type { Register } from './command';

export async function resolveParty(register: Register, text: string): Promise<string> {
  const found = await register.call('parties.resolve', { name: text });
  if (found.length === 1) return found[0]!.id;
  if (found.length === 0)
    throw new AppError('NOT_FOUND', `No party named “${text}”. Give its exact name, short name, native name or id.`);
  throw new AppError(
    'VALIDATION',
    `“${text}” names ${found.length} parties: ${found.map((p) => `${p.name} (${p.id})`).join(', ')}. Give the id.`,
  );
}

/** Several parties (repeatable and comma-separated --party), each resolved as above. */
export function resolveParties(register: Register, texts: readonly string[]): Promise<string[]> {
  return Promise.all(texts.map((text) => resolveParty(register, text)));
}
