import { describe, expect, test } from 'vitest';
import { checkInput, checkedDecimal, scoresArgument, validDatasetArgument } from './index.js';

describe('validDatasetArgument', () => {
  test('a section the validator holds as columns is not read: its objects are made only on first read', () => {
    let reads = 0;
    const dataset = {
      currency: 'EUR',
      deals: [],
      funnel: [],
      get subscriptions() {
        reads += 1;
        return [];
      },
      get surveys() {
        reads += 1;
        return [];
      },
    };
    expect(validDatasetArgument(dataset, 'buildReportFromValid')).toBe(dataset);
    expect(reads).toBe(0);
  });
  test('a section that is not an array names the dataset path', () => {
    expect(() => validDatasetArgument({ currency: 'EUR', subscriptions: [], deals: 'none', funnel: [], surveys: [] } as never, 'reportRange')).toThrow(
      new TypeError("reportRange: dataset.deals must be an array (validateDataset's result), got \"none\""),
    );
  });
});

describe('checkInput', () => {
  test('optional and nullable fields may be missing or null; the others may not', () => {
    const fields = { a: 'count', b: 'decimal?', c: 'decimal | null' } as const;
    expect(checkInput({ a: 1, c: null }, 'f', fields)).toEqual({ a: 1, c: null });
    expect(() => checkInput({ a: 1, b: null, c: null }, 'f', fields)).toThrow(/^f: input\.b must be a decimal/);
    expect(() => checkInput({ a: 1.5, c: '2' }, 'f', fields)).toThrow(new TypeError('f: input.a must be an integer, got number 1.5'));
  });
});

describe('checkedDecimal', () => {
  test('reads what toExact reads, without hex, NaN or infinities', () => {
    for (const value of [0, -1.5, '12.50', '-.5', '1e-3', 10n ** 30n]) expect(checkedDecimal(value, 'f', 'x')).toBe(value);
    for (const value of ['0x10', '1,5', ' 1', Number.NaN, Number.POSITIVE_INFINITY, 'Infinity', {}]) expect(() => checkedDecimal(value, 'f', 'x')).toThrow(TypeError);
  });
});

describe('scoresArgument', () => {
  test('the ends of the scale are in it, the next integers are not', () => {
    expect(scoresArgument([0, 10], 'nps', 0, 10)).toEqual([0, 10]);
    expect(() => scoresArgument([-1], 'nps', 0, 10)).toThrow(RangeError);
    expect(() => scoresArgument([9.5], 'nps', 0, 10)).toThrow(TypeError);
  });
});
