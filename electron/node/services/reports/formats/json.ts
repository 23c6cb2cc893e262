/** The report data itself, for scripts and archives: canonical EDTF dates beside their display text. */
import { stripUnholdableDeep } from '../../../../common/domain/characters';
import type { ReportData } from '../../../../common/domain/report';

/** JSON.stringify escapes controls and lone surrogates itself; unholdable characters are stripped like everywhere else. */
export function renderJson(data: ReportData): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(stripUnholdableDeep(data), null, 2)}\n`);
}
