import { float64At, itemAt, uint8At } from '../../_lib/itemAt/index.js';
import { keepShape } from '../../_lib/keepShape/index.js';
import type { SurveyType } from '../../types.js';
import { dateKeyDay, dateKeyInstant, MS_PER_DAY } from '../time/index.js';
import type { ValidSurvey } from '../validate/index.js';

/** Survey types by their number in {@link SurveyColumns.type}. */
export const SURVEY_TYPES: readonly SurveyType[] = ['csat', 'nps', 'ces'];

/**
 * Validated survey responses as columns: a large dataset has about two per
 * customer (1.75 M at a million customers), and three typed-array entries
 * take 10 bytes where an object takes about 40 plus the garbage collector's
 * time. Row i is the i-th valid response in input order.
 */
export interface SurveyColumns {
  readonly count: number;
  /** Index into {@link SURVEY_TYPES} per row. */
  readonly type: Uint8Array;
  /** Score per row (every scale is within 0–10). */
  readonly score: Uint8Array;
  /** Instant (epoch ms) per row. */
  readonly at: Float64Array;
  /** The earliest and latest instants (Infinity and −Infinity without rows): the data's span without a pass. */
  readonly firstAt: number;
  readonly lastAt: number;
}

/** Above every `plainDateKey`. */
const NO_FIRST_KEY = 2 ** 30;

/** Appends validated responses into columns sized for at most `capacity` rows. */
export class SurveyColumnsBuilder {
  private count = 0;
  private readonly type: Uint8Array;
  private readonly score: Uint8Array;
  private readonly at: Float64Array;
  // The extremes: plain dates as keys (small integers), other instants as instants.
  private firstKey = NO_FIRST_KEY;
  private lastKey = -1;
  private firstAt = Infinity;
  private lastAt = -Infinity;

  constructor(capacity: number) {
    this.type = new Uint8Array(capacity);
    this.score = new Uint8Array(capacity);
    this.at = new Float64Array(capacity);
  }

  /** Adds a row: `type` is an index into {@link SURVEY_TYPES}. */
  push(type: number, score: number, at: number): void {
    const row = this.count++;
    this.type[row] = type;
    this.score[row] = score;
    this.at[row] = at;
    if (at < this.firstAt) this.firstAt = at;
    if (at > this.lastAt) this.lastAt = at;
  }

  /** {@link SurveyColumnsBuilder.push} for a plain date given as a `plainDateKey`: no instant is boxed on the way. */
  pushPlainDate(type: number, score: number, dateKey: number): void {
    const row = this.count++;
    this.type[row] = type;
    this.score[row] = score;
    this.at[row] = dateKeyDay(dateKey) * MS_PER_DAY;
    if (dateKey < this.firstKey) this.firstKey = dateKey;
    if (dateKey > this.lastKey) this.lastKey = dateKey;
  }

  build(): SurveyColumns {
    const count = this.count;
    return {
      count,
      type: this.type.subarray(0, count),
      score: this.score.subarray(0, count),
      at: this.at.subarray(0, count),
      firstAt: Math.min(this.firstAt, this.firstKey === NO_FIRST_KEY ? Infinity : dateKeyInstant(this.firstKey)),
      lastAt: Math.max(this.lastAt, this.lastKey < 0 ? -Infinity : dateKeyInstant(this.lastKey)),
    };
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
  const { count, type, score, at } = columns;
  let kept = 0;
  for (let i = 0; i < count; i++) if (float64At(at, i, 'surveysBefore') < instant) kept++;
  if (kept === count) return columns;
  const builder = new SurveyColumnsBuilder(kept);
  for (let i = 0; i < count; i++) {
    const instantOfRow = float64At(at, i, 'surveysBefore');
    if (instantOfRow < instant) builder.push(uint8At(type, i, 'surveysBefore'), uint8At(score, i, 'surveysBefore'), instantOfRow);
  }
  return builder.build();
}
