import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ChartRenderer, chartRenderer, startChartEarly } from '../../src/core/summaries/chart-renderer.js';
import { chartFonts, encodePng, MOOD_CHART_HEIGHT_PX, MOOD_CHART_WIDTH_PX, moodChartSvg, renderMoodChart, type RenderedChart } from '../../src/core/summaries/mood-chart.js';

/** The pixels of a PNG, decoded by resvg (an SVG holding it as its only image). */
function decode(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
}

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

describe('the mood chart image', () => {
  it('has exactly the pixels resvg draws from the same SVG with every installed font, as a valid PNG', () => {
    for (const days of [DAYS, Array.from({ length: 30 }, (_, i) => ({ localDate: `2026-04-${String(i + 1).padStart(2, '0')}`, mood: i % 4 === 0 ? null : (i * 37) % 11 }))]) {
      const chart = renderMoodChart(days, 'Stimmung (0–10)');
      const reference = new Resvg(moodChartSvg(days, 'Stimmung (0–10)'), { fitTo: { mode: 'width', value: MOOD_CHART_WIDTH_PX }, background: '#ffffff' }).render();
      expect(decode(chart.png, MOOD_CHART_WIDTH_PX, MOOD_CHART_HEIGHT_PX).equals(reference.pixels)).toBe(true);
      expect(decode(Buffer.from(reference.asPng()), MOOD_CHART_WIDTH_PX, MOOD_CHART_HEIGHT_PX).equals(reference.pixels)).toBe(true);
    }
  });

  it('encodes any RGBA pixels losslessly', () => {
    const pixels = Buffer.alloc(3 * 2 * 4);
    pixels.set([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255, 200, 100, 50, 255, 1, 2, 3, 255]);
    const png = encodePng(pixels, 3, 2);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(decode(png, 3, 2).equals(pixels)).toBe(true);
  });

  it('gives resvg only the chart’s two font files when DejaVu Sans is installed, and every installed font when it is not', () => {
    const root = mkdtempSync(join(tmpdir(), 'between-fonts-'));
    try {
      mkdirSync(join(root, 'truetype/dejavu'), { recursive: true });
      writeFileSync(join(root, 'truetype/dejavu/DejaVuSans.ttf'), '');
      writeFileSync(join(root, 'truetype/dejavu/DejaVuSans-Bold.ttf'), '');
      expect(chartFonts([join(root, 'missing'), root])).toMatchObject({
        loadSystemFonts: false,
        fontFiles: [join(root, 'truetype/dejavu/DejaVuSans.ttf'), join(root, 'truetype/dejavu/DejaVuSans-Bold.ttf')],
      });
      expect(chartFonts([join(root, 'missing')])).toEqual({ loadSystemFonts: true });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a chart started early is the one the message waits for, and one that fails unawaited is no unhandled rejection', async () => {
    const drawn: RenderedChart = { png: Buffer.from('png'), alt: 'alt', renderMs: 1 };
    const early = startChartEarly({ render: async () => drawn });
    expect(early.started).toBeUndefined();
    early.onMoodDays(DAYS);
    expect(await early.started).toBe(drawn);
    const failing = startChartEarly({ render: async () => Promise.reject(new Error('no chart')) });
    failing.onMoodDays(DAYS);
    await new Promise((resolve) => setImmediate(resolve));
    await expect(failing.started).rejects.toThrow('no chart');
  });
});
