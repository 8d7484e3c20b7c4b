// Module hooks for load-tracer.mjs (they run on the loader thread; appending is synchronous, so
// every URL is on disk before the import that needed it resolves).
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
