import { describe, expect, it } from 'vitest';
import { netBurn } from './index.js';

describe('netBurn', () => {
  it('is gross burn minus revenue, exactly', () => {
    expect(netBurn({ grossBurn: '120000.10', revenue: '90000.05' }).toString()).toBe('30000.05');
  });

  it('is negative when revenue covers the operating costs', () => {
    expect(netBurn({ grossBurn: 80000, revenue: 90000 }).toNumber()).toBe(-10000);
  });
});
