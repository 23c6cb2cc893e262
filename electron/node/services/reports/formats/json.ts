/** The report data itself, for scripts and archives: canonical EDTF dates beside their display text. */
import type { ReportData } from '../../../../common/domain/report';

export function renderJson(data: ReportData): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`);
}
