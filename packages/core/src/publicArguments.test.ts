// Every public function, called from plain JavaScript with a wrong structure,
// either answers (when any value is a valid question) or throws an error that
// names it: never the engine's own "Cannot read properties of undefined",
// "is not iterable", a decimal.js message or a NaN in the result.
import { describe, expect, test } from 'vitest';
import * as core from './index.js';
import * as display from './display/index.js';

/** Functions that answer any value, and why that answer is right. */
const ANSWERS_ANY_VALUE: Record<string, string> = {
  isMetricId: 'a type guard: false for anything that is not a metric id',
  isMrrMovement: 'a type guard: false for anything that is not a movement',
  isRevkitValidationError: 'a type guard: false for anything else',
  parseMonth: 'null for anything that is not a month',
  parseInstant: 'returns the problem as text for anything that is not an instant',
  repYieldBand: 'null for a missing or non-finite multiple (a KPI card shows no band)',
  periodChange: 'null changes for missing figures (a KPI card without a previous period)',
  targetProgress: 'null progress for missing figures',
  keyPath: 'a path is built from any key text',
  formatMonth: 'a month index; a non-index is a TypeError naming it',
  firstDayOfMonth: 'arithmetic on a month index, as monthBoundary',
  monthBoundary: 'arithmetic on a month index (NaN in, NaN out is checked by its callers)',
  monthOfInstant: 'arithmetic on an instant',
  addCalendarMonths: 'null for an instant it cannot move',
  inPeriod: 'true without a period: every instant is in an unbounded one',
  toExact: 'reads numbers too; anything else is a TypeError naming it',
};

/** Internal helpers exported for the kit's other packages, whose arguments are the kit's own. */
const KIT_HELPERS = new Set(['itemAt']);

const WRONG_VALUES: readonly unknown[] = [undefined, null, 'abc', 42, true, {}, [1], [{}]];

type AnyFunction = (...args: unknown[]) => unknown;
const exported: Record<string, unknown> = { ...core, ...display };
const publicFunctions: [string, AnyFunction][] = Object.entries(exported).flatMap(([name, value]) =>
  typeof value === 'function' && /^[a-z]/.test(name) ? [[name, value as AnyFunction] as [string, AnyFunction]] : [],
);

function outcomeOf(run: () => unknown): { threw: false; result: unknown } | { threw: true; error: unknown } {
  try {
    return { threw: false, result: run() };
  } catch (error) {
    return { threw: true, error };
  }
}

describe('every public function, given a wrong structure', () => {
  test.each(publicFunctions.filter(([name]) => !(name in ANSWERS_ANY_VALUE) && !KIT_HELPERS.has(name)))('%s names itself in its error', (name, fn) => {
    for (const wrong of WRONG_VALUES) {
      const outcome = outcomeOf(() => fn(wrong));
      if (!outcome.threw) {
        // An answer is allowed only when it is a real one: no NaN anywhere in it.
        expect(JSON.stringify(outcome.result) ?? '', `${name}(${String(JSON.stringify(wrong))})`).not.toMatch(/NaN/);
        continue;
      }
      const { error } = outcome;
      expect(error, `${name}(${String(JSON.stringify(wrong))})`).toBeInstanceOf(Error);
      const message = (error as Error).message;
      if (core.isRevkitValidationError(error)) continue; // path: message issues, by construction
      expect(message, `${name}(${String(JSON.stringify(wrong))})`).toMatch(new RegExp(`^${name}: `));
      expect(message).not.toMatch(/Cannot read properties|is not iterable|is not a function|Cannot destructure|DecimalError/);
    }
  });

  test.each(publicFunctions.filter(([name]) => name in ANSWERS_ANY_VALUE))('%s answers without throwing an engine error', (name, fn) => {
    for (const wrong of WRONG_VALUES) {
      const outcome = outcomeOf(() => fn(wrong));
      if (outcome.threw) expect((outcome.error as Error).message, name).toMatch(new RegExp(`^${name}: `));
    }
  });
});

describe('checked arguments name the function and the path', () => {
  test('a missing count in an input object', () => {
    expect(() => core.customerChurnRate({ churnedCustomers: 3 } as never)).toThrow(
      new TypeError('customerChurnRate: input.startingCustomers must be an integer, got nothing'),
    );
  });
  test('a negative count is a RangeError, not a negative churn rate', () => {
    expect(() => core.customerChurnRate({ churnedCustomers: -1, startingCustomers: 3 })).toThrow(
      new RangeError('customerChurnRate: input.churnedCustomers must be ≥ 0, got -1'),
    );
  });
  test('a score off its scale is refused, not counted', () => {
    expect(() => core.nps([9, 10, 11])).toThrow(new RangeError('nps: scores[2] must be an integer from 0 to 10, got 11'));
    expect(() => core.csat(['5' as never])).toThrow(new TypeError('csat: scores[0] must be an integer from 1 to 5, got "5"'));
  });
  test('a string is not a list of scores', () => {
    expect(() => core.csat('abc' as never)).toThrow(new TypeError('csat: scores must be an array, got "abc"'));
  });
  test('a money field that is not a decimal names the field', () => {
    expect(() => core.arpa({ mrr: '12,5', customers: 2 })).toThrow(
      new TypeError('arpa: input.mrr must be a decimal (a finite number, a decimal string, a Decimal or a BigInt), got "12,5"'),
    );
  });
  test('a raw dataset passed where a validated one belongs', () => {
    expect(() => core.buildReportFromValid({ subscriptions: [] } as never)).toThrow(
      new TypeError("buildReportFromValid: dataset.currency must be a currency code (validateDataset's result), got nothing"),
    );
  });
  test('the projection horizon is bounded, so a huge one is refused at once', () => {
    expect(() => core.trendSeasonalForecast([1, 2, 3], { horizon: 1e9 })).toThrow(
      new RangeError('trendSeasonalForecast: options.horizon must be from 1 to 120 months, got 1000000000'),
    );
  });
});
