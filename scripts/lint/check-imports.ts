// The module graph's rules, checked by `npm run lint` (and so by .ci/run):
// 1. no import cycle between files in src/ and adapters/ (static imports, type-only ones included);
// 2. every file in src/ belongs to one layer of LAYERS, and imports only from its own layer or a
//    layer listed before it — so there is no cycle between folders either.
// Dynamic `import()` is not an edge: it loads nothing until it runs (main.ts loads adapters so).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/** One static import: `type` when it is erased at run time (`import type`, `export type … from`). */
export interface ImportEdge {
  from: string;
  to: string;
  type: boolean;
}

/**
 * A layer: the files it holds (paths relative to the repository, `/`-separated). A file may import
 * files of its own layer and of the layers before it, never of a layer after it.
 */
export interface Layer {
  name: string;
  holds(file: string): boolean;
}

const under = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const oneOf = (...files: string[]) => (file: string) => files.includes(file);

/** The core's leaf modules: shared types, markup, time maths, button prefixes, sentences (and `src/core/i18n/`, the catalogs). */
const CORE_KERNEL = ['adapter', 'after-commit', 'buttons', 'clock', 'copy', 'country', 'events', 'keyed-lock', 'messages', 'time'].map((name) => `src/core/${name}.ts`);

/** The layers of src/, first to last (docs/architecture.md shows the same table). */
export const LAYERS: readonly Layer[] = [
  { name: 'base (config, logger, field crypto, data key)', holds: (file) => oneOf('src/config.ts', 'src/logger.ts', 'src/data-key.ts')(file) || under('src/privacy')(file) },
  { name: 'core kernel', holds: (file) => oneOf(...CORE_KERNEL)(file) || under('src/core/i18n')(file) },
  { name: 'db', holds: under('src/db') },
  { name: 'scheduling', holds: under('src/scheduling') },
  { name: 'core/safety', holds: under('src/core/safety') },
  { name: 'core/assessments', holds: under('src/core/assessments') },
  { name: 'core/flows', holds: under('src/core/flows') },
  { name: 'core/exercises', holds: under('src/core/exercises') },
  { name: 'core/partners', holds: under('src/core/partners') },
  { name: 'core/privacy', holds: under('src/core/privacy') },
  { name: 'core/summaries', holds: under('src/core/summaries') },
  { name: 'core/therapists', holds: under('src/core/therapists') },
  { name: 'core (routing)', holds: (file) => /^src\/core\/[^/]+\.ts$/.test(file) && !CORE_KERNEL.includes(file) },
  { name: 'delivery', holds: under('src/delivery') },
  { name: 'app', holds: oneOf('src/app.ts', 'src/main.ts', 'src/health.ts') },
];

/** Folders whose TypeScript files are checked; generated code is left out. */
const CHECKED = ['src', 'adapters'];
const SKIPPED = ['src/generated'];

function sourceFiles(root: string, folder: string): string[] {
  const absolute = join(root, folder);
  if (!existsSync(absolute) || SKIPPED.includes(folder)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const path = `${folder}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names (`./x.js` is `./x.ts` on disk), or undefined. */
function resolveRelative(root: string, from: string, specifier: string): string | undefined {
  const base = resolve(root, dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found && relative(root, found).split(sep).join('/');
}

/** Static relative imports of every checked file under `root`. */
export function importGraph(root: string, folders: readonly string[] = CHECKED): { files: string[]; edges: ImportEdge[]; unresolved: string[] } {
  const files = folders.flatMap((folder) => sourceFiles(root, folder));
  const edges: ImportEdge[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, false);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      const type = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly === true : statement.isTypeOnly;
      const to = resolveRelative(root, file, specifier.text);
      if (to) edges.push({ from: file, to, type });
      else unresolved.push(`${file} → ${specifier.text}`);
    }
  }
  return { files, edges, unresolved };
}

/** Strongly connected components with more than one member (Tarjan): each one is a cycle. */
export function cyclesOf(nodes: readonly string[], successors: (node: string) => readonly string[]): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const successor of successors(node)) {
      if (!index.has(successor)) {
        visit(successor);
        low.set(node, Math.min(low.get(node)!, low.get(successor)!));
      } else if (onStack.has(successor)) low.set(node, Math.min(low.get(node)!, index.get(successor)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || successors(node).includes(node)) cycles.push(component.reverse());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return cycles;
}

/** Everything wrong with the graph under `root`, one line each; empty when the rules hold. */
export function checkImports(root: string, layers: readonly Layer[] = LAYERS, folders: readonly string[] = CHECKED): string[] {
  const { files, edges, unresolved } = importGraph(root, folders);
  const problems = unresolved.map((line) => `unresolved import: ${line}`);
  const successors = new Map<string, string[]>(files.map((file) => [file, []]));
  for (const edge of edges) successors.get(edge.from)?.push(edge.to);
  for (const cycle of cyclesOf(files, (file) => successors.get(file) ?? [])) {
    problems.push(`import cycle between files: ${[...cycle, cycle[0]].join(' → ')}`);
  }
  const layerOf = (file: string) => layers.findIndex((layer) => layer.holds(file));
  for (const file of files.filter((file) => file.startsWith('src/'))) {
    if (layerOf(file) === -1) problems.push(`${file} belongs to no layer: add it to LAYERS in scripts/lint/check-imports.ts`);
  }
  for (const edge of edges) {
    if (!edge.from.startsWith('src/')) continue;
    if (!edge.to.startsWith('src/')) {
      problems.push(`${edge.from} imports ${edge.to}: src/ imports nothing outside src/ (adapters depend on the core, not the reverse)`);
      continue;
    }
    const [from, to] = [layerOf(edge.from), layerOf(edge.to)];
    if (from !== -1 && to > from) problems.push(`${edge.from} (${layers[from]!.name}) imports ${edge.to} (${layers[to]!.name}), a later layer${edge.type ? ' (type-only imports count too)' : ''}`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const problems = checkImports(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n${problems.length} import rule${problems.length === 1 ? '' : 's'} broken (see LAYERS in scripts/lint/check-imports.ts and docs/architecture.md).`);
    process.exit(1);
  }
  const { files, edges } = importGraph(root);
  console.log(`imports: ${files.length} files, ${edges.length} static imports, no cycle, every layer imports only those before it`);
}
