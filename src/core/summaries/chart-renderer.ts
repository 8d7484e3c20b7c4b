import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { ChartRequest, ChartResponse } from './chart-worker.js';
import type { MoodChartDay, RenderedChart } from './mood-chart.js';
import { chartText, type ChartText, type ChartWords } from './chart-text.js';

/** A chart the worker has not answered by then is rendered here instead. */
const WORKER_TIMEOUT_MS = 10_000;
/** A worker with nothing to draw for this long is stopped (its ~60 MB of ECharts and resvg freed). */
const IDLE_STOP_MS = 30_000;

/**
 * Draws a chart in this thread. ECharts and the native resvg binding are imported here, on first
 * need only: a process that never draws a chart in this thread never loads them.
 */
async function renderHere(days: MoodChartDay[], text: ChartText): Promise<RenderedChart> {
  const { renderMoodChart } = await import('./mood-chart.js');
  return renderMoodChart(days, text);
}

/**
 * Renders mood charts on a worker thread: each takes ~25 ms of CPU, and a weekly run covers every
 * client of every therapist, which would otherwise hold up replies on the main event loop. One
 * worker, started on first use, never keeping the process alive. If it cannot start or fails, the
 * chart is rendered in this thread — a summary never goes without its chart for that.
 */
export class ChartRenderer extends EventEmitter<{ stopped: [reason: 'idle' | 'closed'] }> {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  /** Charts the worker rendered (the rest were rendered in this thread). */
  renderedInWorker = 0;
  private readonly pending = new Map<number, { resolve: (chart: RenderedChart) => void; fallback: () => void; timer: NodeJS.Timeout }>();

  constructor(private readonly idleStopMs = IDLE_STOP_MS) {
    super();
  }

  /**
   * Draws `days` with a person's words (title and language: dates and alt text in it), or the
   * therapist's English without them.
   */
  render(days: MoodChartDay[], words?: ChartWords): Promise<RenderedChart> {
    clearTimeout(this.idleTimer);
    const text = chartText(days, words);
    const worker = this.ensureWorker();
    if (!worker) return renderHere(days, text);
    return new Promise<RenderedChart>((resolve, reject) => {
      const id = this.nextId++;
      const fallback = () => {
        clearTimeout(this.pending.get(id)?.timer);
        this.pending.delete(id);
        renderHere(days, text).then(resolve, reject);
      };
      const timer = setTimeout(fallback, WORKER_TIMEOUT_MS);
      timer.unref();
      this.pending.set(id, { resolve, fallback, timer });
      worker.ref(); // keep it alive while it owes an answer
      worker.postMessage({ id, days, text } satisfies ChartRequest);
    });
  }

  /** Stops the worker (at shutdown); a later chart starts a new one. */
  async close(): Promise<void> {
    await this.stopWorker('closed');
  }

  private async stopWorker(reason: 'idle' | 'closed'): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    for (const { fallback } of [...this.pending.values()]) fallback();
    await worker?.terminate();
    if (worker) this.emit('stopped', reason);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    try {
      // Compiled (dist/), the worker is plain JavaScript. Run from source (npm start, tests), it is
      // TypeScript: the thread registers tsx's loader first (a worker does not inherit it).
      const typescript = import.meta.url.endsWith('.ts');
      const entry = new URL(typescript ? './chart-worker.ts' : './chart-worker.js', import.meta.url);
      const worker = typescript
        ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true })
        : new Worker(entry);
      worker.on('message', (response: ChartResponse) => this.answer(response));
      worker.on('error', () => this.fail(worker));
      worker.on('exit', () => this.fail(worker));
      worker.unref();
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private answer(response: ChartResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    if ('error' in response) return waiting.fallback();
    clearTimeout(waiting.timer);
    this.pending.delete(response.id);
    if (this.pending.size === 0) {
      this.worker?.unref();
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.stopWorker('idle'), this.idleStopMs);
      this.idleTimer.unref();
    }
    this.renderedInWorker++;
    waiting.resolve({ png: Buffer.from(response.png), alt: response.alt, renderMs: response.renderMs });
  }

  /** The worker died or would not start: what it owed is rendered here, and so is everything after. */
  private fail(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.broken = true;
    for (const { fallback } of [...this.pending.values()]) fallback();
  }
}

export const chartRenderer = new ChartRenderer();

/**
 * A chart started as soon as the summary being built has read its mood days (`onMoodDays`, the
 * hook of buildClientSummary / buildPreSessionBrief), so the worker draws it while this thread reads
 * and writes the rest; `started` is then handed to summaryMessage / briefMessage, which wait for it.
 */
export function startChartEarly(renderer: Pick<ChartRenderer, 'render'> = chartRenderer): { onMoodDays: (days: MoodChartDay[]) => void; readonly started: Promise<RenderedChart> | undefined } {
  let started: Promise<RenderedChart> | undefined;
  return {
    onMoodDays: (days) => {
      started = renderer.render(days);
      started.catch(() => undefined); // awaited by the message; if the summary fails first, no unhandled rejection
    },
    get started() {
      return started;
    },
  };
}
