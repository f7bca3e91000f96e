// The value axis of the report charts: from 0 to a round maximum, in at most five round steps (1, 2 or 5 × 10ⁿ),
// so bars of different years read against the same gridlines.
export type ValueAxis = { max: number; ticks: number[] };

export function valueAxis(values: readonly (number | null)[], maxTicks = 5): ValueAxis {
  const top = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (top === 0) return { max: 1, ticks: [0, 1] };
  const rough = top / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Counts are whole: never a step below 1.
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!);
  const max = Math.ceil(top / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  return { max, ticks };
}
