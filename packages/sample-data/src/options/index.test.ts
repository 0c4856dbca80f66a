import { REVOPS_DEFAULTS } from '../revops/index.js';
import { describe, expect, it } from 'vitest';
import { checkOptions, type GenerateDatasetOptions } from './index.js';

const valid: GenerateDatasetOptions = { seed: 1, customers: 500, months: 36, start: '2023-11' };

describe('checkOptions', () => {
  it('accepts valid options and turns start into a month index', () => {
    expect(checkOptions(valid)).toEqual({ seed: 1, customers: 500, months: 36, startMonth: 2023 * 12 + 10, revops: REVOPS_DEFAULTS });
    expect(checkOptions({ ...valid, revops: false }).revops).toBeNull();
  });

  it.each([
    [{ seed: 1.5 }, TypeError, 'options.seed'],
    [{ seed: '1' }, TypeError, 'options.seed'],
    [{ customers: 9 }, RangeError, 'options.customers'],
    [{ customers: 1_000_001 }, RangeError, 'options.customers'],
    [{ customers: 20.5 }, TypeError, 'options.customers'],
    [{ months: 0 }, RangeError, 'options.months'],
    [{ months: Number.NaN }, TypeError, 'options.months'],
    [{ start: '2024-13' }, RangeError, 'options.start'],
    [{ start: '2024-1' }, RangeError, 'options.start'],
    [{ start: '1969-12' }, RangeError, 'options.start'],
    [{ start: '9998-01', months: 13 }, RangeError, 'options.months'],
    [{ start: '9999-01' }, RangeError, 'options.start'],
  ])('rejects %j naming the option', (override, type, name) => {
    const options = { ...valid, ...override } as GenerateDatasetOptions;
    expect(() => checkOptions(options)).toThrow(type);
    expect(() => checkOptions(options)).toThrow(name);
  });

  it('rejects a missing options object', () => {
    expect(() => checkOptions(null as unknown as GenerateDatasetOptions)).toThrow(/options must be an object/);
  });
});
