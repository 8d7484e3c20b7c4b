import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { LineChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { shortDayLabel } from '../time.js';

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
 * Renders the mood trend as a PNG: ECharts' server-side SVG renderer (no DOM, no canvas), resvg for
 * the raster, and the PNG written here (zlib's fast level: the same pixels, lossless, in a third of
 * the time resvg's own encoder takes). Deterministic for the same input; no animation, no network.
 */
export function renderMoodChart(days: MoodChartDay[], title = 'Mood (0–10)'): RenderedChart {
  const started = performance.now();
  const svg = moodChartSvg(days, title);
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: MOOD_CHART_WIDTH_PX }, background: '#ffffff', font: chartFonts() }).render();
  const png = encodePng(image.pixels, image.width, image.height);
  return { png, alt: moodChartAlt(days, title), renderMs: performance.now() - started };
}

/** The chart as SVG (ECharts' server-side renderer; a new instance each time, disposed at once). */
export function moodChartSvg(days: MoodChartDay[], title = 'Mood (0–10)'): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: MOOD_CHART_WIDTH_PX, height: MOOD_CHART_HEIGHT_PX });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: title, left: 'center', textStyle: { fontSize: 16, fontFamily: FONT_FAMILY } },
      grid: { left: 50, right: 30, top: 50, bottom: 50 },
      xAxis: { type: 'category', data: days.map((day) => shortDayLabel(day.localDate)), axisLabel: { fontFamily: FONT_FAMILY } },
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

/** "Mood (0–10) by day: Mon 12 Jan 4, Tue 13 Jan no check-in, …" */
export function moodChartAlt(days: MoodChartDay[], title = 'Mood (0–10)'): string {
  const parts = days.map((day) => `${shortDayLabel(day.localDate)} ${day.mood === null ? 'no check-in' : String(day.mood)}`);
  return `${title} by day: ${parts.join(', ')}.`;
}

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data: Uint8Array): number {
  let crc = -1;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG of 8-bit RGBA pixels (PNG 1.2: colour type 6, no filter, one IDAT). */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height); // each row: filter byte 0 (None), then its pixels
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}
