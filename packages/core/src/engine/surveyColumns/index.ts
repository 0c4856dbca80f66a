import { float64At, itemAt, uint8At } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';
import type { SurveyType } from '../../types.js';
import { dateKeyDay, dateKeyInstant, MS_PER_DAY } from '../time/index.js';
import type { ValidSurvey } from '../validate/index.js';

/** Survey types by their number in {@link SurveyColumns.type}. */
export const SURVEY_TYPES: readonly SurveyType[] = ['csat', 'nps', 'ces'];

/**
 * Validated survey responses as columns: a large dataset has about two per
 * customer (1.75 M at a million customers). Responses dated by plain days
 * (the usual case) take 4 bytes each: type, score and the day as an offset.
 * That matters past the memory itself: V8 starts a full collection of the
 * whole heap once typed arrays made since the last one pass 64 MB, and at a
 * million customers 8-byte instants pushed validation over that line.
 * Row i is the i-th valid response in input order.
 */
export interface SurveyColumns {
  readonly count: number;
  /** Index into {@link SURVEY_TYPES} per row. */
  readonly type: Uint8Array;
  /** Score per row (every scale is within 0–10). */
  readonly score: Uint8Array;
  /** Instant (epoch ms) per row; when the rows are kept as {@link SurveyColumns.days}, made on first read. */
  readonly at: Float64Array;
  /**
   * Day per row as an offset from {@link SurveyColumns.dayBase} (day + dayBase is the day since
   * 1970-01-01) while every row is a plain day within 65 535 days of the others; null when the rows
   * are kept as instants. Loops over many rows read these, so no instant column is made.
   */
  readonly days: Uint16Array | null;
  /** Days since 1970-01-01 of the offset 0 in {@link SurveyColumns.days}. */
  readonly dayBase: number;
  /** The earliest and latest instants (Infinity and −Infinity without rows): the data's span without a pass. */
  readonly firstAt: number;
  readonly lastAt: number;
}

/** Above every `plainDateKey`. */
const NO_FIRST_KEY = 2 ** 30;
/** The first day seen is kept this far above offset 0, so earlier days fit too. */
const DAY_OFFSET_MIDDLE = 2 ** 15;
const DAY_OFFSET_MAX = 2 ** 16 - 1;

/** Columns kept as days, with their instants made on first read. */
class SurveyRows implements SurveyColumns {
  private instants: Float64Array | undefined;

  constructor(
    readonly count: number,
    readonly type: Uint8Array,
    readonly score: Uint8Array,
    readonly days: Uint16Array | null,
    readonly dayBase: number,
    instants: Float64Array | undefined,
    readonly firstAt: number,
    readonly lastAt: number,
  ) {
    this.instants = instants;
  }

  get at(): Float64Array {
    if (this.instants === undefined) {
      this.instants = new Float64Array(this.count);
      if (this.days !== null) fillInstants(this.instants, this.days, this.dayBase, this.count);
    }
    return this.instants;
  }
}

keepShape(new SurveyRows(0, new Uint8Array(0), new Uint8Array(0), null, 0, undefined, Infinity, -Infinity));

function fillInstants(instants: Float64Array, days: Uint16Array, dayBase: number, to: number): void {
  for (let i = 0; i < to; i++) instants[i] = ((days[i] ?? 0) + dayBase) * MS_PER_DAY;
}

/** Appends validated responses into columns sized for at most `capacity` rows. */
export class SurveyColumnsBuilder {
  private count = 0;
  private readonly type: Uint8Array;
  private readonly score: Uint8Array;
  private readonly days: Uint16Array;
  private dayBase = NaN;
  /** The instants, made at the first row that is not a plain day within reach of the offsets (the rows before it filled from their days). */
  private at: Float64Array | undefined;
  // The extremes: plain dates as keys (small integers), other instants as instants.
  private firstKey = NO_FIRST_KEY;
  private lastKey = -1;
  private firstAt = Infinity;
  private lastAt = -Infinity;

  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.score = new Uint8Array(capacity);
    this.days = new Uint16Array(capacity);
  }

  /** Adds a row: `type` is an index into {@link SURVEY_TYPES}. */
  push(type: number, score: number, at: number): void {
    if (at < this.firstAt) this.firstAt = at;
    if (at > this.lastAt) this.lastAt = at;
    if (at % MS_PER_DAY === 0) {
      this.pushDay(type, score, at / MS_PER_DAY);
      return;
    }
    const row = this.count++;
    this.type[row] = type;
    this.score[row] = score;
    this.instants(row)[row] = at;
  }

  /** {@link SurveyColumnsBuilder.push} for a plain date given as a `plainDateKey`: no instant is boxed on the way. */
  pushPlainDate(type: number, score: number, dateKey: number): void {
    if (dateKey < this.firstKey) this.firstKey = dateKey;
    if (dateKey > this.lastKey) this.lastKey = dateKey;
    this.pushDay(type, score, dateKeyDay(dateKey));
  }

  /** A row dated 00:00 UTC of a day (days since 1970-01-01); the caller keeps the extremes. */
  private pushDay(type: number, score: number, day: number): void {
    const row = this.count++;
    this.type[row] = type;
    this.score[row] = score;
    if (this.at !== undefined) {
      this.at[row] = day * MS_PER_DAY;
      return;
    }
    if (row === 0) this.dayBase = day - DAY_OFFSET_MIDDLE;
    const offset = day - this.dayBase;
    if (offset >= 0 && offset <= DAY_OFFSET_MAX) this.days[row] = offset;
    else this.instants(row)[row] = day * MS_PER_DAY;
  }

  private instants(row: number): Float64Array {
    if (this.at === undefined) {
      this.at = new Float64Array(this.days.length);
      fillInstants(this.at, this.days, this.dayBase, row);
    }
    return this.at;
  }

  build(): SurveyColumns {
    const count = this.count;
    const firstAt = Math.min(this.firstAt, this.firstKey === NO_FIRST_KEY ? Infinity : dateKeyInstant(this.firstKey));
    const lastAt = Math.max(this.lastAt, this.lastKey < 0 ? -Infinity : dateKeyInstant(this.lastKey));
    const type = this.type.subarray(0, count);
    const score = this.score.subarray(0, count);
    if (this.at !== undefined) return new SurveyRows(count, type, score, null, 0, this.at.subarray(0, count), firstAt, lastAt);
    const dayBase = count === 0 ? 0 : this.dayBase;
    return new SurveyRows(count, type, score, this.days.subarray(0, count), dayBase, undefined, firstAt, lastAt);
  }
}

keepShape(new SurveyColumnsBuilder(0));

const columnsOfArray = new WeakMap<object, SurveyColumns>();

/**
 * Survey objects as columns (the columns of an array this module made are
 * kept with it, so nothing is converted twice).
 *
 * @example
 * surveyColumns([{ type: 'nps', score: 9, at: Date.UTC(2024, 0, 5) }]).type //=> Uint8Array [1]
 * @throws never
 */
export function surveyColumns(surveys: readonly ValidSurvey[]): SurveyColumns {
  const known = columnsOfArray.get(surveys);
  if (known !== undefined && known.count === surveys.length) return known;
  const builder = new SurveyColumnsBuilder(surveys.length);
  for (const survey of surveys) builder.push(SURVEY_TYPES.indexOf(survey.type), survey.score, survey.at);
  return builder.build();
}

/**
 * The public objects of survey columns, in row order.
 *
 * @example
 * surveyObjects(columns)[0] //=> { type: 'nps', score: 9, at: 1704412800000 }
 * @throws never
 */
export function surveyObjects(columns: SurveyColumns): ValidSurvey[] {
  const { count, type, score, at } = columns;
  const out = new Array<ValidSurvey>(count);
  for (let i = 0; i < count; i++) {
    out[i] = { type: itemAt(SURVEY_TYPES, uint8At(type, i, 'surveyObjects'), 'surveyObjects'), score: uint8At(score, i, 'surveyObjects'), at: float64At(at, i, 'surveyObjects') };
  }
  columnsOfArray.set(out, columns);
  return out;
}

/**
 * The rows dated before an instant: the same columns when every row is.
 *
 * @example
 * surveysBefore(columns, monthBoundary(parseMonth('2024-06')!)).count //=> responses up to the end of June 2024
 * @throws never
 */
export function surveysBefore(columns: SurveyColumns, instant: number): SurveyColumns {
  const { count, type, score, days, dayBase } = columns;
  // Rows kept as days are compared as days (their instants are not made): day × MS_PER_DAY < instant
  // exactly when day < ⌈instant ÷ MS_PER_DAY⌉.
  const at = days === null ? columns.at : null;
  const dayLimit = Math.ceil(instant / MS_PER_DAY) - dayBase;
  let kept = 0;
  for (let i = 0; i < count; i++) if (isBefore(days, at, i, dayLimit, instant)) kept++;
  if (kept === count) return columns;
  const builder = new SurveyColumnsBuilder(kept);
  for (let i = 0; i < count; i++) {
    if (!isBefore(days, at, i, dayLimit, instant)) continue;
    const instantOfRow = days === null ? float64At(at ?? columns.at, i, 'surveysBefore') : ((days[i] ?? 0) + dayBase) * MS_PER_DAY;
    builder.push(uint8At(type, i, 'surveysBefore'), uint8At(score, i, 'surveysBefore'), instantOfRow);
  }
  return builder.build();
}

function isBefore(days: Uint16Array | null, at: Float64Array | null, i: number, dayLimit: number, instant: number): boolean {
  if (days !== null) return (days[i] ?? DAY_OFFSET_MAX + 1) < dayLimit;
  return at !== null && float64At(at, i, 'surveysBefore') < instant;
}

/**
 * The responses dated in [start, end), counted per type and score: slot
 * `type × slotsPerType + score` (types as in {@link SURVEY_TYPES}). One pass,
 * with no instant made for rows kept as days.
 *
 * @example
 * scoreTally(columns, Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1), 11)[1 * 11 + 9] //=> NPS responses scoring 9 in January 2024
 * @throws {RangeError} when a score is not below `slotsPerType`
 */
export function scoreTally(columns: SurveyColumns, start: number, end: number, slotsPerType: number): Int32Array {
  const { count, type, score, days, dayBase } = columns;
  const tally = new Int32Array(SURVEY_TYPES.length * slotsPerType);
  // Plain reads, no checked-read call per row: this loop runs once per report, mostly in the interpreter,
  // where a call per read was most of its time. The columns have `count` rows (they are made so).
  if (days !== null) {
    // day × MS_PER_DAY ≥ start exactly when day ≥ ⌈start ÷ MS_PER_DAY⌉, and likewise below end.
    const low = Math.ceil(start / MS_PER_DAY) - dayBase;
    const high = Math.ceil(end / MS_PER_DAY) - dayBase;
    for (let i = 0; i < count; i++) {
      const day = days[i] ?? -1;
      if (day < low || day >= high) continue;
      countScore(tally, type[i] ?? 0, score[i] ?? 0, slotsPerType);
    }
    return tally;
  }
  const at = columns.at;
  for (let i = 0; i < count; i++) {
    const instant = at[i] ?? NaN;
    if (!(instant >= start && instant < end)) continue;
    countScore(tally, type[i] ?? 0, score[i] ?? 0, slotsPerType);
  }
  return tally;
}

function countScore(tally: Int32Array, type: number, score: number, slotsPerType: number): void {
  if (score >= slotsPerType) throw new RangeError(`scoreTally: score ${score} has no slot below ${slotsPerType}`);
  const slot = type * slotsPerType + score;
  tally[slot] = (tally[slot] ?? 0) + 1;
}
