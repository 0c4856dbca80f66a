import { ExactDecimal, fractionToExact, gcd } from '../../engine/exact/index.js';

/**
 * A monthly series of integer numerators over one denominator, held as
 * running sums (Σ y, Σ t·y and Σ y per phase of the season) so the fit of
 * {@link exactTrendSeasonalForecast} on any first `count` values costs a few
 * exact operations whatever `count` is: the least-squares line and the mean
 * deviation of each phase are linear in those sums. Forecasts of every month
 * of a range from the history before it then cost the range's months, not
 * the history's months squared.
 *
 * The figures are exact fractions, converted once to a 60-digit decimal: the
 * value the decimal fit gives, without its intermediate roundings.
 */
export class PrefixTrendFit {
  /** sums[k] = Σ y_t for t < k. */
  private readonly sums: bigint[] = [0n];
  /** weighted[k] = Σ t·y_t for t < k. */
  private readonly weighted: bigint[] = [0n];
  /** phaseSums[t] = y_t + y_(t − season) + …: the sum of t's phase up to t. */
  private readonly phaseSums: bigint[] = [];

  constructor(
    readonly denominator: bigint,
    readonly seasonLength = 12,
  ) {}

  /** Values pushed so far. */
  get length(): number {
    return this.phaseSums.length;
  }

  /** Appends the series' next value (a numerator over {@link denominator}). */
  push(value: bigint): void {
    const t = this.phaseSums.length;
    const { sums, weighted, phaseSums } = this;
    sums.push((sums[t] ?? 0n) + value);
    weighted.push((weighted[t] ?? 0n) + BigInt(t) * value);
    phaseSums.push((t >= this.seasonLength ? (phaseSums[t - this.seasonLength] ?? 0n) : 0n) + value);
  }

  /**
   * `exactTrendSeasonalForecast(first count values, { horizon, seasonLength })`:
   * `null` with fewer than 2 values.
   *
   * @throws {RangeError} when fewer than `count` values were pushed
   */
  forecast(count: number, horizon: number): ExactDecimal[] | null {
    if (count > this.length) throw new RangeError(`PrefixTrendFit: ${count} values asked, ${this.length} pushed`);
    if (count < 2) return null;
    const n = BigInt(count);
    const s = this.sums[count] ?? 0n;
    const c = 2n * (this.weighted[count] ?? 0n) - (n - 1n) * s;
    const span = n * n - 1n;
    // trendAt(t) = mean + slope·(t − (n − 1)/2), slope = 12·cov/(n(n² − 1)), cov = Σ t·y − (n − 1)/2·Σ y,
    // all over K = 2·D·n·(n² − 1): its numerator is 2·S·(n² − 1) + 6·C·(2t − n + 1), C = 2·Σ t·y − (n − 1)·S.
    const k = 2n * this.denominator * n * span;
    const trendNumerator = (t: bigint): bigint => 2n * s * span + 6n * c * (2n * t - n + 1n);
    const season = this.seasonLength;
    // Each phase's deviation over one common denominator k·M·L (M: a multiple of every phase's member
    // count, L: the season), so no fraction is reduced on the way: the value is the same rational, divided once.
    let common = 1n;
    const deviations: bigint[] = [];
    if (season >= 2 && count >= 2 * season) {
      // Mean deviation from the line of each phase p: (Σ y of p − Σ trendAt of p) ÷ its count.
      const L = BigInt(season);
      const members = Array.from({ length: season }, (_, p) => BigInt(Math.floor((count - 1 - p) / season) + 1));
      for (const m of members) common = (common * m) / gcd(common, m);
      let total = 0n;
      for (let p = 0; p < season; p++) {
        const last = p + season * Math.floor((count - 1 - p) / season);
        const m = members[p] ?? 1n;
        const phaseT = m * BigInt(p) + (L * m * (m - 1n)) / 2n;
        const trendSum = 2n * s * span * m + 6n * c * (2n * phaseT - m * (n - 1n));
        // The phase's mean deviation is this ÷ (k·common).
        const deviation = ((this.phaseSums[last] ?? 0n) * 2n * n * span - trendSum) * (common / m);
        deviations.push(deviation);
        total += deviation;
      }
      // Less the mean of the phases' means: over k·common·L.
      for (let p = 0; p < season; p++) deviations[p] = (deviations[p] ?? 0n) * L - total;
      common *= L;
    }
    const out: ExactDecimal[] = [];
    for (let h = 1; h <= horizon; h++) {
      const t = count - 1 + h;
      const numerator = trendNumerator(BigInt(t)) * common + (deviations.length === 0 ? 0n : (deviations[t % season] ?? 0n));
      out.push(numerator <= 0n ? new ExactDecimal(0) : fractionToExact(numerator, k * common));
    }
    return out;
  }
}
