import 'server-only';
import * as echarts from 'echarts';

// Charts rendered on the server as SVG with ECharts' server-side renderer (decision 020): no
// browser JavaScript is needed to see them, and the same figures sit in a table beside each chart.

export type ValueFormat = 'rupiah' | 'count' | 'percent';

const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
export const formatValue = (value: number, format: ValueFormat) =>
  format === 'rupiah'
    ? `Rp ${id.format(value)}`
    : format === 'percent'
      ? `${id.format(value)}%`
      : id.format(value);
/** Short labels for axes and bars: Rp 1,5 jt, Rp 2 M (the table beside has the full figure). */
export const compactValue = (value: number, format: ValueFormat) => {
  if (format !== 'rupiah') return format === 'percent' ? `${id.format(value)}%` : id.format(value);
  if (Math.abs(value) >= 1e9) return `Rp ${id.format(value / 1e9)} M`;
  if (Math.abs(value) >= 1e6) return `Rp ${id.format(value / 1e6)} jt`;
  return `Rp ${id.format(value)}`;
};

const escape = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The SVG as an accessible image: role="img", a <title> and a <desc>, scaling to its box. */
function accessible(svg: string, title: string, description: string, key: string) {
  return svg
    .replace(
      /^<svg width="(\d+)" height="(\d+)"/,
      (_m, w, h) =>
        `<svg role="img" aria-labelledby="${key}-t ${key}-d" preserveAspectRatio="xMidYMid meet" style="width:100%;height:auto;max-width:${w}px" data-height="${h}"`,
    )
    .replace(
      /(<svg[^>]*>)/,
      `$1<title id="${key}-t">${escape(title)}</title><desc id="${key}-d">${escape(description)}</desc>`,
    );
}

export type BarChartInput = {
  key: string;
  title: string;
  /** the text alternative: what the chart shows, in a sentence or two */
  description: string;
  categories: string[];
  xName: string;
  yName: string;
  format: ValueFormat;
  /** null: no figure (a gap in a line, no bar) */
  series: { name: string; values: (number | null)[]; kind?: 'bar' | 'line' }[];
  /** a horizontal reference line, e.g. the 40% target */
  target?: { value: number; label: string };
  width?: number;
  height?: number;
};

export function barChartSvg(input: BarChartInput) {
  const width = input.width ?? 560;
  const height = input.height ?? 300;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({
    animation: false,
    color: ['#047857', '#0ea5e9', '#f59e0b', '#6366f1'],
    textStyle: { fontFamily: 'Inter, system-ui, sans-serif' },
    title: { text: input.title, left: 0, top: 0, textStyle: { fontSize: 14 } },
    legend: input.series.length > 1 ? { top: 28, left: 0 } : undefined,
    grid: {
      left: 72,
      right: 16,
      top: input.series.length > 1 ? 84 : 64,
      bottom: input.categories.length > 6 ? 96 : 56,
    },
    xAxis: {
      type: 'category',
      data: input.categories,
      name: input.xName,
      nameLocation: 'middle',
      nameGap: input.categories.length > 6 ? 70 : 34,
      // Many or long names (kecamatan, programs, UMKM): slanted and cut to fit under their bar.
      axisLabel: {
        interval: 0,
        hideOverlap: true,
        rotate: input.categories.length > 6 ? 35 : 0,
        width: input.categories.length > 6 ? 80 : 120,
        overflow: 'truncate',
      },
    },
    yAxis: {
      type: 'value',
      name: input.yName,
      nameTextStyle: { align: 'left' },
      nameGap: 14,
      axisLabel: { formatter: (v: number) => compactValue(v, input.format) },
    },
    series: input.series.map((s, i) => ({
      name: s.name,
      type: s.kind ?? 'bar',
      data: s.values,
      label: {
        show: true,
        position: 'top',
        fontSize: 9,
        formatter: (p: { value: number | null }) =>
          p.value === null ? '' : compactValue(p.value, input.format),
      },
      ...(i === 0 && input.target
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: '#dc2626', type: 'dashed' },
              label: { formatter: input.target.label, position: 'insideEndTop' },
              data: [{ yAxis: input.target.value }],
            },
          }
        : {}),
    })),
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return accessible(svg, input.title, input.description, input.key);
}
