import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ChartRenderer, chartRenderer, startChartEarly } from '../../src/core/summaries/chart-renderer.js';
import { chartFonts, MOOD_CHART_HEIGHT_PX, MOOD_CHART_WIDTH_PX, moodChartSvg, renderMoodChart, type RenderedChart } from '../../src/core/summaries/mood-chart.js';
import { chartText } from '../../src/core/summaries/chart-text.js';
import { setTherapistLocale } from '../../src/core/i18n/index.js';

const DAYS = [
  { localDate: '2026-03-02', mood: 4 },
  { localDate: '2026-03-03', mood: null },
  { localDate: '2026-03-04', mood: 6.5 },
  { localDate: '2026-03-05', mood: 7 },
];

describe('a mood chart in its reader’s language', () => {
  it('says its title, days and numbers in Spanish and German (Intl dates, decimal comma), the therapist’s in the practice’s language', async () => {
    expect(chartText(DAYS)).toEqual({
      title: 'Mood (0–10)',
      dayLabels: ['Mon 2 Mar', 'Tue 3 Mar', 'Wed 4 Mar', 'Thu 5 Mar'],
      alt: 'Mood (0–10) by day: Mon 2 Mar 4, Tue 3 Mar no check-in, Wed 4 Mar 6.5, Thu 5 Mar 7.',
    });
    expect(chartText(DAYS, { title: 'Your mood (0–10)', locale: 'en' }).alt).toBe('Your mood (0–10) by day: Mon 2 Mar 4, Tue 3 Mar no check-in, Wed 4 Mar 6.5, Thu 5 Mar 7.');
    const spanish = chartText(DAYS, { title: 'Tu ánimo (0–10)', locale: 'es' });
    expect(spanish.dayLabels).toEqual(['lun, 2 mar', 'mar, 3 mar', 'mié, 4 mar', 'jue, 5 mar']);
    expect(spanish.alt).toBe('Tu ánimo (0–10) por día: lun, 2 mar: 4; mar, 3 mar: sin registro; mié, 4 mar: 6,5; jue, 5 mar: 7.');
    const german = chartText(DAYS, { title: 'Deine Stimmung (0–10)', locale: 'de' });
    expect(german.dayLabels).toEqual(['Mo., 2. März', 'Di., 3. März', 'Mi., 4. März', 'Do., 5. März']);
    expect(german.alt).toBe('Deine Stimmung (0–10) nach Tagen: Mo., 2. März: 4; Di., 3. März: kein Check-in; Mi., 4. März: 6,5; Do., 5. März: 7.');
    // The therapist's chart follows the practice's THERAPIST_LOCALE.
    setTherapistLocale('de');
    try {
      expect(chartText(DAYS)).toEqual({ ...german, title: 'Stimmung (0–10)', alt: german.alt.replace('Deine Stimmung', 'Stimmung') });
    } finally {
      setTherapistLocale('en');
    }
    expect(chartText(DAYS).title).toBe('Mood (0–10)');
    // Drawn with those words: the axis and title differ from the English chart.
    const drawn = await chartRenderer.render(DAYS, { title: 'Tu ánimo (0–10)', locale: 'es' });
    expect(drawn.alt).toBe(spanish.alt);
    expect(drawn.png.equals(renderMoodChart(DAYS, spanish).png)).toBe(true);
    expect(drawn.png.equals(renderMoodChart(DAYS, chartText(DAYS)).png)).toBe(false);
    await chartRenderer.close();
  });
});

describe('mood charts on a worker thread', () => {
  it('renders the same PNG as in this thread, without holding up the event loop', async () => {
    const before = chartRenderer.renderedInWorker;
    let loopTurns = 0;
    const ticker = setInterval(() => loopTurns++, 1);
    const charts = await Promise.all(Array.from({ length: 4 }, () => chartRenderer.render(DAYS)));
    clearInterval(ticker);
    expect(chartRenderer.renderedInWorker - before).toBe(4);
    expect(loopTurns).toBeGreaterThan(0); // this thread kept turning while ~100 ms of charts were drawn
    const local = renderMoodChart(DAYS, chartText(DAYS));
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
  it('is resvg’s own PNG of the chart, drawn with only the two chosen font files and the same as with every installed font', () => {
    const fonts = chartFonts();
    const month = Array.from({ length: 30 }, (_, i) => ({ localDate: `2026-04-${String(i + 1).padStart(2, '0')}`, mood: i % 4 === 0 ? null : (i * 37) % 11 }));
    for (const days of [DAYS, month]) {
      const text = chartText(days, { title: 'Deine Stimmung (0–10)', locale: 'de' });
      const chart = renderMoodChart(days, text);
      expect(chart.png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([chart.png.readUInt32BE(16), chart.png.readUInt32BE(20)]).toEqual([MOOD_CHART_WIDTH_PX, MOOD_CHART_HEIGHT_PX]);
      const draw = (font: ResvgRenderOptions['font']) =>
        Buffer.from(new Resvg(moodChartSvg(days, text), { fitTo: { mode: 'width', value: MOOD_CHART_WIDTH_PX }, background: '#ffffff', font }).render().asPng());
      // Only the chosen files: the same image as resvg given just them, and as with every installed font.
      expect(chart.png.equals(draw(fonts))).toBe(true);
      expect(chart.png.equals(draw({ loadSystemFonts: true }))).toBe(true);
      // The words really are drawn from those files: with no font at all the image differs.
      expect(chart.png.equals(draw({ loadSystemFonts: false }))).toBe(false);
    }
  });

  it.skipIf(!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))('offers resvg only DejaVu Sans and its bold where they are installed (as on Debian and Ubuntu)', () => {
    expect(chartFonts()).toEqual({
      loadSystemFonts: false,
      fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    });
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
