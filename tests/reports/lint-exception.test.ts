/**
 * The one exception to the layer table (eslint.config.js REPORTS_EXCEPTION): report services may render
 * the shared timeline chart — and nothing else from the renderer or the UI libraries.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
  // The first lint loads the config and the TypeScript parser: do it here, under the hook's longer timeout.
  await eslint.lintText('export const warm = 1;\n', { filePath: path.join(ROOT, 'electron/services/reports/__warmup.ts') });
}, 60_000);

async function layerMessages(file: string, spec: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as probe from '${spec}';\nexport { probe };\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('report services may use the shared timeline chart', () => {
  it.each([
    ['electron/services/reports/x.ts', '../../../renderer/src/timeline'],
    ['electron/services/reports/html/x.tsx', '../../../../renderer/src/timeline/TimelineChart'],
    ['electron/services/reports/html/x.tsx', 'react'],
    ['electron/services/reports/html/x.tsx', 'react-dom/server'],
    ['electron/services/reports/formats/x.ts', 'docx'],
  ])('%s may import %s', async (file, spec) => {
    expect(await layerMessages(file, spec)).toEqual([]);
  });

  it.each([
    ['electron/services/reports/html/x.tsx', '../../../../renderer/src/app/App'],
    ['electron/services/reports/x.ts', '../../../renderer/src/api/client'],
    ['electron/services/reports/x.ts', 'react-dom/client'],
    ['electron/services/reports/x.ts', '@mantine/core'],
    ['electron/services/reports/x.ts', 'electron'],
    ['electron/services/reports/x.ts', '../../handlers/context'],
    ['electron/services/pdf/x.ts', 'react'],
    ['electron/services/pdf/x.ts', '../../../renderer/src/timeline'],
    ['electron/services/x.ts', '../../renderer/src/timeline'],
  ])('%s may not import %s', async (file, spec) => {
    expect((await layerMessages(file, spec)).join('\n')).toContain('Layer rule (electron/services)');
  });
});
