import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScreeningContext } from '../../src/core/safety/crisis-types.js';

/**
 * The labelled crisis-detection corpus (test/safety/corpus/**.jsonl, one message per line), read
 * the same way by `npm run bench:safety`, `npm run safety:train` and the model's tests. What each
 * folder holds and who wrote it: docs/safety.md.
 */
export interface CorpusItem {
  id: string;
  lang: string;
  text: string;
  label: 'crisis' | 'none';
  category: string;
  severity: 'high' | 'medium' | 'low' | 'none';
  /** `heldout` is never read item by item nor trained on; `dev` and `dev2` are development sets. */
  split: 'dev' | 'dev2' | 'heldout';
  /** Where it was typed: `free_text`, or an exercise field where people describe (safety plan…). */
  context: string;
  /** Its file, relative to the corpus folder ("dev5/en.jsonl"). */
  file: string;
}

export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

/** Every corpus message, files in name order. */
export function readCorpus(): CorpusItem[] {
  return readdirSync(CORPUS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(CORPUS_DIR, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => ({ ...(JSON.parse(line) as Omit<CorpusItem, 'file'>), file })),
    );
}

/** Where the corpus says a message was written → how Between screens it there. */
export const screeningOf = (item: Pick<CorpusItem, 'context'>): ScreeningContext => (item.context === 'free_text' ? 'free_text' : 'describing');
