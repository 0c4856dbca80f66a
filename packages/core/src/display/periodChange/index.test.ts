import { describe, expect, it } from 'vitest';
import { periodChange } from './index.js';

describe('periodChange', () => {
  it('gives the absolute and the relative change', () => {
    expect(periodChange({ current: 110, previous: 100 })).toEqual({ absolute: 10, relative: 0.1 });
    expect(periodChange({ current: 90, previous: 100 })).toEqual({ absolute: -10, relative: -0.1 });
  });

  it('divides by the absolute previous figure, so a smaller loss is a rise', () => {
    expect(periodChange({ current: -50, previous: -100 })).toEqual({ absolute: 50, relative: 0.5 });
  });

  it('returns a null relative change when the previous figure is 0 (zero denominator)', () => {
    expect(periodChange({ current: 5, previous: 0 })).toEqual({ absolute: 5, relative: null });
    expect(periodChange({ current: 0, previous: 0 })).toEqual({ absolute: 0, relative: null });
    expect(periodChange({ current: 5, previous: -0 })).toEqual({ absolute: 5, relative: null });
  });

  it('returns null changes when the previous figure is null or missing (zero denominator)', () => {
    expect(periodChange({ current: 5, previous: null })).toEqual({ absolute: null, relative: null });
    expect(periodChange({ current: 5 })).toEqual({ absolute: null, relative: null });
  });

  it('returns null changes when the current figure is missing', () => {
    expect(periodChange({ current: null, previous: 3 })).toEqual({ absolute: null, relative: null });
    expect(periodChange({ previous: 3 })).toEqual({ absolute: null, relative: null });
    expect(periodChange({})).toEqual({ absolute: null, relative: null });
  });

  it('treats NaN and Infinity as missing', () => {
    expect(periodChange({ current: 3, previous: Number.NaN })).toEqual({ absolute: null, relative: null });
    expect(periodChange({ current: Number.POSITIVE_INFINITY, previous: 3 })).toEqual({ absolute: null, relative: null });
  });
});
