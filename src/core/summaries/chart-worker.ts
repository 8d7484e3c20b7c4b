// The worker thread behind ./chart-renderer.ts: renders mood charts off the main event loop.
import { parentPort } from 'node:worker_threads';
import { renderMoodChart, type MoodChartDay } from './mood-chart.js';
import type { ChartText } from './chart-text.js';

export interface ChartRequest {
  id: number;
  days: MoodChartDay[];
  /** The words, worked out by the sender (chart-text.ts): the worker only draws. */
  text: ChartText;
}

export type ChartResponse = { id: number; png: Uint8Array; alt: string; renderMs: number } | { id: number; error: string };

parentPort?.on('message', (request: ChartRequest) => {
  let response: ChartResponse;
  try {
    const chart = renderMoodChart(request.days, request.text);
    response = { id: request.id, png: chart.png, alt: chart.alt, renderMs: chart.renderMs };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.name : 'Error' };
  }
  parentPort!.postMessage(response);
});
