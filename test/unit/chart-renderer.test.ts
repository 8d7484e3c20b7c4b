import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ChartRenderer, chartRenderer } from '../../src/core/summaries/chart-renderer.js';
import { MOOD_CHART_HEIGHT_PX, MOOD_CHART_WIDTH_PX, renderMoodChart } from '../../src/core/summaries/mood-chart.js';

const DAYS = [
  { localDate: '2026-03-02', mood: 4 },
  { localDate: '2026-03-03', mood: null },
  { localDate: '2026-03-04', mood: 6.5 },
  { localDate: '2026-03-05', mood: 7 },
];

describe('mood charts on a worker thread', () => {
  it('renders the same PNG as in this thread, without holding up the event loop', async () => {
    const before = chartRenderer.renderedInWorker;
    let loopTurns = 0;
    const ticker = setInterval(() => loopTurns++, 1);
    const charts = await Promise.all(Array.from({ length: 4 }, () => chartRenderer.render(DAYS)));
    clearInterval(ticker);
    expect(chartRenderer.renderedInWorker - before).toBe(4);
    expect(loopTurns).toBeGreaterThan(0); // this thread kept turning while ~100 ms of charts were drawn
    const local = renderMoodChart(DAYS);
    for (const chart of charts) {
      expect(chart.png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([chart.png.readUInt32BE(16), chart.png.readUInt32BE(20)]).toEqual([MOOD_CHART_WIDTH_PX, MOOD_CHART_HEIGHT_PX]);
      expect(chart.png.equals(local.png)).toBe(true);
      expect(chart.alt).toBe(local.alt);
    }
    await chartRenderer.close();
    // After close (app shutdown) the next chart starts a new worker.
    await chartRenderer.render(DAYS);
    expect(chartRenderer.renderedInWorker - before).toBe(5);
    await chartRenderer.close();
  });

  it('stops its worker once it has had nothing to draw for a while, and starts a new one for the next chart', async () => {
    const renderer = new ChartRenderer(50);
    try {
      const stopped = once(renderer, 'stopped');
      await renderer.render(DAYS);
      expect(renderer.renderedInWorker).toBe(1);
      expect(await stopped).toEqual(['idle']);
      await renderer.render(DAYS);
      expect(renderer.renderedInWorker).toBe(2);
    } finally {
      await renderer.close();
    }
  });
});
