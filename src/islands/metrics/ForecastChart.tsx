import { chartScale, roundCases, type ForecastMonth } from '../../lib/metrics/forecast';

const WIDTH = 640;
const HEIGHT = 300;
const PLOT = { left: 56, right: 12, top: 28, bottom: 236 };

/** Short labels ("12.3K") so twelve bars' values fit side by side. */
const short = (value: number) => value.toLocaleString('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Bar chart of cases to handle per month, with staff needed printed under each month. Screen
 * readers get the title and description; the table that follows is the full equivalent.
 */
export default function ForecastChart({ months, description }: { months: ForecastMonth[]; description: string }) {
  const { top, ticks } = chartScale(Math.max(...months.map((month) => month.cases)));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = PLOT.bottom - PLOT.top;
  const band = plotWidth / months.length;
  const barWidth = band * 0.62;
  const y = (value: number) => PLOT.bottom - (value / top) * plotHeight;

  return (
    <figure class="fc-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="fc-chart-title" aria-describedby="fc-chart-desc">
        <title id="fc-chart-title">Cases to handle and staff needed, next 12 months</title>
        <desc id="fc-chart-desc">{description}</desc>
        <text x={PLOT.left} y={14} class="fc-axis-title">Cases to handle per month</text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} class="fc-grid" />
            <text x={PLOT.left - 6} y={y(tick) + 4} text-anchor="end" class="fc-tick">{short(tick)}</text>
          </g>
        ))}
        {months.map((month, index) => {
          const centre = PLOT.left + band * index + band / 2;
          const barTop = y(month.cases);
          return (
            <g key={month.month}>
              <rect x={centre - barWidth / 2} y={barTop} width={barWidth} height={Math.max(0, PLOT.bottom - barTop)} class="fc-bar" />
              <text x={centre} y={barTop - 4} text-anchor="middle" class="fc-value">{short(roundCases(month.cases))}</text>
              <text x={centre} y={PLOT.bottom + 18} text-anchor="middle" class="fc-tick">M{month.month}</text>
              <text x={centre} y={PLOT.bottom + 40} text-anchor="middle" class="fc-staff">{short(month.staff)}</text>
            </g>
          );
        })}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} class="fc-baseline" />
        <text x={PLOT.left - 6} y={PLOT.bottom + 18} text-anchor="end" class="fc-tick">Month</text>
        <text x={PLOT.left - 6} y={PLOT.bottom + 40} text-anchor="end" class="fc-staff">Staff</text>
      </svg>
      <figcaption>Bars: cases to handle each month after deflection. Row below: staff needed. The table has every figure.</figcaption>
    </figure>
  );
}
