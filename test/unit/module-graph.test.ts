import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImports, type Layer } from '../../scripts/lint/check-imports.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TRACER = join(ROOT, 'test/helpers/load-tracer.mjs');
const run = promisify(execFile);

/** Packages the crisis path must never load: the chart renderer, the FHIR validator and every platform SDK. */
const HEAVY = /(^|\/)node_modules\/(echarts|zrender|@resvg|@medplum|grammy|@grammyjs|discord\.js|@discordjs|@slack)\//;

const scratch: string[] = [];
afterAll(() => scratch.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Every module (our files relative to the repository, packages as URLs) a fresh process loads to import `entry`. */
async function modulesLoadedBy(entry: string): Promise<string[]> {
  const folder = mkdtempSync(join(tmpdir(), 'between-trace-'));
  scratch.push(folder);
  const file = join(folder, 'loaded.txt');
  writeFileSync(file, '');
  await run(process.execPath, ['--import', 'tsx', '--import', TRACER, '--input-type=module', '-e', 'await import(process.env.TRACE_ENTRY)'], {
    cwd: ROOT,
    env: { ...process.env, LOAD_TRACE_FILE: file, TRACE_ENTRY: pathToFileURL(join(ROOT, entry)).href },
  });
  const root = pathToFileURL(ROOT).href + '/';
  return [...new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean))].map((url) => (url.startsWith(root) ? url.slice(root.length) : url));
}

describe('module graph', () => {
  it('has no import cycle, and every layer of src/ imports only the layers before it', () => {
    expect(checkImports(ROOT)).toEqual([]);
  });

  it('the check finds a cycle between files, an import from a later layer and a file in no layer', () => {
    const root = mkdtempSync(join(tmpdir(), 'between-graph-'));
    scratch.push(root);
    mkdirSync(join(root, 'src/low'), { recursive: true });
    writeFileSync(join(root, 'src/low/a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
    writeFileSync(join(root, 'src/low/b.ts'), "import type { a } from './a.js';\nimport { high } from '../high.js';\nexport const b: typeof a | string = high;\n");
    writeFileSync(join(root, 'src/high.ts'), "export const high = 'high';\n");
    writeFileSync(join(root, 'src/stray.ts'), 'export {};\n');
    const layers: Layer[] = [
      { name: 'low', holds: (file) => file.startsWith('src/low/') },
      { name: 'high', holds: (file) => file === 'src/high.ts' },
    ];
    const problems = checkImports(root, layers, ['src']);
    expect(problems).toContainEqual(expect.stringMatching(/^import cycle between files: src\/low\/a\.ts → src\/low\/b\.ts → src\/low\/a\.ts$/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/low\/b\.ts \(low\) imports src\/high\.ts \(high\), a later layer$/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/stray\.ts belongs to no layer/));
    expect(problems).toHaveLength(3);
  });

  it('loading the safety module loads no chart renderer, no platform SDK and nothing of the therapist, summary, exercise or partner code', async () => {
    const loaded = await modulesLoadedBy('src/core/safety/safety-service.ts');
    // The trace follows imports all the way down (the detector's word lists are two imports away).
    expect(loaded).toContain('src/core/safety/crisis-detector.ts');
    expect(loaded).toContain('src/core/safety/lexicons/en.ts');
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
    expect(loaded.filter((file) => /^src\/core\/(therapists|summaries|exercises|partners)\//.test(file))).toEqual([]);
  }, 60_000);

  it('loading the core, which wires the crisis path, loads no chart renderer or platform SDK either', async () => {
    const loaded = await modulesLoadedBy('src/core/core.ts');
    expect(loaded).toContain('src/core/therapists/risk-alert.ts');
    expect(loaded.filter((url) => HEAVY.test(url))).toEqual([]);
  }, 60_000);

  it('the composition root loads no chart renderer and no FHIR validator: ECharts, resvg and @medplum wait for the first chart or export', async () => {
    const loaded = await modulesLoadedBy('src/app.ts');
    expect(loaded).toContain('src/core/summaries/chart-renderer.ts');
    expect(loaded).toContain('src/core/privacy/fhir-validation.ts');
    expect(loaded.filter((url) => /(^|\/)node_modules\/(echarts|zrender|@resvg|@medplum)\//.test(url))).toEqual([]);
  }, 60_000);

  it('the trace sees packages: the Telegram adapter loads grammY', async () => {
    const loaded = await modulesLoadedBy('adapters/telegram/index.ts');
    expect(loaded.filter((url) => HEAVY.test(url))).toContainEqual(expect.stringMatching(/(^|\/)node_modules\/grammy\//));
  }, 60_000);
});
