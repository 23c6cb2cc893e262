/**
 * The register's own settings (domain/register-settings.ts) over the settings table: the home party and the
 * reminder lead times. Keys: `register.homePartyId`, `register.homePartyAsked`, `register.leadDays` (JSON).
 */
import { AppError, parseOrThrow } from '../../electron/common/domain/errors';
import {
  DEFAULT_LEAD_DAYS,
  LEAD_KINDS,
  normaliseLeads,
  registerSettingsInputSchema,
  type LeadKind,
  type RegisterSettings,
  type RegisterSettingsInput,
} from '../../electron/common/domain/register-settings';
import { inTransaction } from './records';
import { getSetting, putSettings } from './settings';
import type { Db } from './sql';
import { get } from './sql';

const HOME = 'register.homePartyId';
const ASKED = 'register.homePartyAsked';
const LEADS = 'register.leadDays';

function readLeads(db: Db): Record<LeadKind, number[]> {
  const out = { ...DEFAULT_LEAD_DAYS };
  let stored: unknown = {};
  try {
    stored = JSON.parse(getSetting(db, LEADS) ?? '{}');
  } catch {
    // A hand-edited value: the defaults stand.
  }
  for (const kind of LEAD_KINDS) {
    const value = (stored as Record<string, unknown>)[kind];
    if (Array.isArray(value) && value.length > 0 && value.every((n) => Number.isInteger(n) && n >= 0))
      out[kind] = normaliseLeads(value as number[]);
  }
  return out;
}

export function readRegisterSettings(db: Db): RegisterSettings {
  const id = getSetting(db, HOME) ?? null;
  const party = id ? get<{ name: string }>(db, 'SELECT name FROM parties WHERE id = ?', id) : undefined;
  return {
    homePartyId: party ? id : null,
    homePartyName: party?.name ?? null,
    leadDays: readLeads(db),
    homePartyAsked: party !== undefined || getSetting(db, ASKED) === 'yes',
  };
}

/**
 * Changes the given settings in one transaction. A home party must be a party of this register (VALIDATION
 * naming the field otherwise); null clears it. Either answer marks the welcome question as asked.
 */
export function updateRegisterSettings(db: Db, input: RegisterSettingsInput): RegisterSettings {
  const parsed = parseOrThrow(registerSettingsInputSchema, input, 'Register settings');
  inTransaction(db, () => {
    const changes: Record<string, string | null> = {};
    if (parsed.homePartyId !== undefined) {
      if (parsed.homePartyId !== null && !get(db, 'SELECT 1 AS x FROM parties WHERE id = ?', parsed.homePartyId)) {
        const message = 'The home party must be one of the parties in this register.';
        throw new AppError('VALIDATION', message, { fields: [{ path: 'homePartyId', message }] });
      }
      changes[HOME] = parsed.homePartyId;
      changes[ASKED] = 'yes';
    }
    if (parsed.leadDays) {
      const merged = { ...readLeads(db) };
      for (const [kind, days] of Object.entries(parsed.leadDays)) merged[kind as LeadKind] = normaliseLeads(days);
      changes[LEADS] = JSON.stringify(merged);
    }
    putSettings(db, changes);
  });
  return readRegisterSettings(db);
}
