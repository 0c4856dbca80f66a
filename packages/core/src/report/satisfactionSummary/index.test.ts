import { describe, expect, it } from 'vitest';
import { satisfactionSummary } from './index.js';

describe('satisfactionSummary', () => {
  it('gives CSAT, NPS and CES with their response counts from counts per score', () => {
    // CSAT 5,5,4,2 → 3 of 4 satisfied; NPS 10,9,8,3 → (2 − 1) ÷ 4; CES 5,2 → mean 3.5.
    const csat = [0, 0, 1, 0, 1, 2];
    const nps = [0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1];
    const ces = [0, 0, 1, 0, 0, 1];
    expect(satisfactionSummary({ csat, nps, ces })).toEqual({
      csat: 0.75,
      nps: 25,
      ces: 3.5,
      csatResponses: 4,
      npsResponses: 4,
      cesResponses: 2,
    });
  });

  it('no responses: every score is null and every count is zero', () => {
    expect(satisfactionSummary({ csat: [], nps: new Int32Array(11), ces: [0, 0, 0] })).toEqual({
      csat: null,
      nps: null,
      ces: null,
      csatResponses: 0,
      npsResponses: 0,
      cesResponses: 0,
    });
  });

  it('rejects a negative or fractional count, and scores past 10, naming the type and score', () => {
    expect(() => satisfactionSummary({ csat: [0, -1], nps: [], ces: [] })).toThrow('satisfactionSummary: csat score 1 has -1 responses');
    expect(() => satisfactionSummary({ csat: [], nps: [0.5], ces: [] })).toThrow('nps score 0 has 0.5 responses');
    expect(() => satisfactionSummary({ csat: [], nps: new Array(12).fill(0), ces: [] })).toThrow(RangeError);
  });
});
