import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ChartRenderer, chartRenderer } from '../../src/core/summaries/chart-renderer.js';
import { MOOD_CHART_HEIGHT_PX, MOOD_CHART_WIDTH_PX, renderMoodChart } from '../../src/core/summaries/mood-chart.js';
import { chartText } from '../../src/core/summaries/chart-text.js';

const DAYS = [
  { localDate: '2026-03-02', mood: 4 },
  { localDate: '2026-03-03', mood: null },
  { localDate: '2026-03-04', mood: 6.5 },
  { localDate: '2026-03-05', mood: 7 },
];

describe('a mood chart in its reader’s language', () => {
  it('says its title, days and numbers in Spanish and German (Intl dates, decimal comma), English for the therapist', async () => {
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
