import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/index.js';
import { funnelStages } from './index.js';

describe('funnelStages', () => {
  it('runs Visitors to Customers, never growing down the funnel, ending at the customer count', () => {
    for (const customers of [10, 500, 1_000_000]) {
      const stages = funnelStages(createRandom(customers), customers);
      expect(stages.map((s) => s.stage)).toEqual(['Visitors', 'Leads', 'MQL', 'SQL', 'Opportunities', 'Customers']);
      expect(stages.at(-1)!.count).toBe(customers);
      for (let k = 1; k < stages.length; k++) {
        expect(stages[k]!.count).toBeLessThanOrEqual(stages[k - 1]!.count);
        expect(Number.isInteger(stages[k]!.count)).toBe(true);
      }
    }
  });
});
