import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartText } from './chart-text.js';

export const MOOD_CHART_WIDTH_PX = 800;
export const MOOD_CHART_HEIGHT_PX = 400;

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

/**
 * Renders the mood trend as a PNG: ECharts' server-side SVG renderer (no DOM, no canvas), then
 * resvg for the raster. Deterministic for the same input; no animation, no network.
 */
export function renderMoodChart(days: MoodChartDay[], text: ChartText): RenderedChart {
  const started = performance.now();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: MOOD_CHART_WIDTH_PX, height: MOOD_CHART_HEIGHT_PX });
  let svg: string;
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: text.title, left: 'center', textStyle: { fontSize: 16, fontFamily: 'DejaVu Sans, Arial, sans-serif' } },
      grid: { left: 50, right: 30, top: 50, bottom: 50 },
      xAxis: { type: 'category', data: text.dayLabels, axisLabel: { fontFamily: 'DejaVu Sans, Arial, sans-serif' } },
      yAxis: { type: 'value', min: 0, max: 10, interval: 2, axisLabel: { fontFamily: 'DejaVu Sans, Arial, sans-serif' } },
      series: [
        {
          type: 'line',
          data: days.map((day) => day.mood),
          connectNulls: false,
          symbolSize: 8,
          lineStyle: { width: 3, color: '#3b6ea5' },
          itemStyle: { color: '#3b6ea5' },
          label: { show: true, position: 'top', fontFamily: 'DejaVu Sans, Arial, sans-serif' },
        },
      ],
    });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: MOOD_CHART_WIDTH_PX }, background: '#ffffff' }).render().asPng();
  return { png: Buffer.from(png), alt: text.alt, renderMs: performance.now() - started };
}
