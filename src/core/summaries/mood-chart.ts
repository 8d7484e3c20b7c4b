import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { LineChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartText } from './chart-text.js';

// Only what a line chart with a title draws: the full ECharts build registers every chart type and
// component, and each setOption walks them all.
use([LineChart, GridComponent, TitleComponent, SVGRenderer]);

export const MOOD_CHART_WIDTH_PX = 800;
export const MOOD_CHART_HEIGHT_PX = 400;
const FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif';

/** One day on the chart: the mean mood (0–10) of that day's check-ins, or null without one. */
export interface MoodChartDay {
  localDate: string;
  mood: number | null;
}

export interface RenderedChart {
  png: Buffer;
  /** The numbers in words, for screen readers and platforms without images. */
  alt: string;
  renderMs: number;
}

/** Where fonts usually are (Linux, macOS, Windows); the first DejaVu Sans found is used. */
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local/share/fonts'), join(homedir(), '.fonts'), '/Library/Fonts', '/System/Library/Fonts', 'C:\\Windows\\Fonts'];
const CHART_FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']; // the labels, and the bold title

let fontOptions: ResvgRenderOptions['font'] | undefined;

/**
 * The fonts resvg gets, found once per thread. Without them it reads every installed font for every
 * chart (a few ms here, far more on a machine with many fonts); with them, only the two files the
 * chart draws with. Where DejaVu Sans is not installed, every installed font is offered, as before.
 */
export function chartFonts(dirs = FONT_DIRS): ResvgRenderOptions['font'] {
  if (fontOptions && dirs === FONT_DIRS) return fontOptions;
  const found = new Map<string, string>();
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names) {
      const file = name.split(/[\\/]/).pop()!;
      if (CHART_FONTS.includes(file) && !found.has(file)) found.set(file, join(dir, name));
    }
    if (found.size === CHART_FONTS.length) break;
  }
  const options: ResvgRenderOptions['font'] = found.has(CHART_FONTS[0]!)
    ? { loadSystemFonts: false, fontFiles: CHART_FONTS.flatMap((file) => found.get(file) ?? []), defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
    : { loadSystemFonts: true };
  if (dirs === FONT_DIRS) fontOptions = options;
  return options;
}

/**
 * Renders the mood trend as a PNG: ECharts' server-side SVG renderer (no DOM, no canvas), then
 * resvg for the raster and its PNG. Deterministic for the same input; no animation, no network.
 * The words (`text`: title, day labels, alt) are in the reader's language, worked out by the caller.
 */
export function renderMoodChart(days: MoodChartDay[], text: ChartText): RenderedChart {
  const started = performance.now();
  const svg = moodChartSvg(days, text);
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: MOOD_CHART_WIDTH_PX }, background: '#ffffff', font: chartFonts() }).render().asPng();
  return { png: Buffer.from(png), alt: text.alt, renderMs: performance.now() - started };
}

/** The chart as SVG (ECharts' server-side renderer; a new instance each time, disposed at once). */
export function moodChartSvg(days: MoodChartDay[], text: Pick<ChartText, 'title' | 'dayLabels'>): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: MOOD_CHART_WIDTH_PX, height: MOOD_CHART_HEIGHT_PX });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: text.title, left: 'center', textStyle: { fontSize: 16, fontFamily: FONT_FAMILY } },
      grid: { left: 50, right: 30, top: 50, bottom: 50 },
      xAxis: { type: 'category', data: text.dayLabels, axisLabel: { fontFamily: FONT_FAMILY } },
      yAxis: { type: 'value', min: 0, max: 10, interval: 2, axisLabel: { fontFamily: FONT_FAMILY } },
      series: [
        {
          type: 'line',
          data: days.map((day) => day.mood),
          connectNulls: false,
          symbolSize: 8,
          lineStyle: { width: 3, color: '#3b6ea5' },
          itemStyle: { color: '#3b6ea5' },
          label: { show: true, position: 'top', fontFamily: FONT_FAMILY },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
