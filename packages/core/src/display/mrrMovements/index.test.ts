import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MrrMovement } from '../../types.js';
import { isMrrMovement, MRR_GAINS, MRR_LOSSES, MRR_MOVEMENTS } from './index.js';

describe('MRR_MOVEMENTS', () => {
  it('lists every movement of the contract once, gains before losses', () => {
    expect(MRR_MOVEMENTS).toEqual(['new', 'expansion', 'reactivation', 'contraction', 'churn']);
    expect(new Set(MRR_MOVEMENTS).size).toBe(MRR_MOVEMENTS.length);
    expect([...MRR_GAINS, ...MRR_LOSSES]).toEqual(MRR_MOVEMENTS);
    // Every member of the MrrMovement union is listed: a new movement added to the type fails here.
    expectTypeOf<(typeof MRR_MOVEMENTS)[number]>().toEqualTypeOf<MrrMovement>();
  });
});

describe('isMrrMovement', () => {
  it('accepts the five movements', () => {
    for (const movement of MRR_MOVEMENTS) expect(isMrrMovement(movement)).toBe(true);
  });

  it('refuses other figures, other cases and non-strings', () => {
    for (const value of ['mrr', 'Churn', 'rounding', '', null, undefined, 3, ['churn']]) expect(isMrrMovement(value)).toBe(false);
  });
});
