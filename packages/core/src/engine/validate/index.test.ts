import { describe, expect, it } from 'vitest';
import { RevkitValidationError, type ValidationIssue } from '../errors/index.js';
import { validateDataset } from './index.js';

const sub = (overrides: Record<string, unknown> = {}) => ({
  id: 'sub_1',
  customerId: 'cus_1',
  start: '2024-01-15',
  amount: '49.90',
  interval: 'month',
  ...overrides,
});

function issuesOf(input: unknown): ValidationIssue[] {
  try {
    validateDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RevkitValidationError);
    return [...(error as RevkitValidationError).issues];
  }
  throw new Error('expected the dataset to be rejected');
}

describe('validateDataset', () => {
  it('accepts a minimal dataset and applies the defaults', () => {
    const valid = validateDataset({ currency: 'EUR', subscriptions: [sub()] });
    expect(valid.subscriptions[0]).toMatchObject({ intervalCount: 1, end: null, quantity: { units: 1n, scale: 0 } });
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a dataset that is not an object', [], '$', /must be an object/],
    ['a missing currency', { subscriptions: [] }, 'currency', /is required/],
    ['a currency that is not ISO 4217', { currency: 'euro' }, 'currency', /ISO 4217/],
    ['an unknown section', { currency: 'EUR', subscription: [] }, 'subscription', /not a dataset section/],
    ['a section that is not an array', { currency: 'EUR', deals: {} }, 'deals', /must be an array/],
    ['a missing subscription id', { currency: 'EUR', subscriptions: [sub({ id: undefined })] }, 'subscriptions[0].id', /is required/],
    ['a numeric customer id', { currency: 'EUR', subscriptions: [sub({ customerId: 7 })] }, 'subscriptions[0].customerId', /non-empty string/],
    ['an unparsable start', { currency: 'EUR', subscriptions: [sub({ start: 'yesterday' })] }, 'subscriptions[0].start', /ISO date/],
    ['an impossible calendar date', { currency: 'EUR', subscriptions: [sub({ start: '2024-02-30' })] }, 'subscriptions[0].start', /not a calendar date/],
    ['an end before start', { currency: 'EUR', subscriptions: [sub({ end: '2024-01-01' })] }, 'subscriptions[0].end', /must be after start/],
    ['an end equal to start', { currency: 'EUR', subscriptions: [sub({ end: '2024-01-15T00:00:00Z' })] }, 'subscriptions[0].end', /must be after start/],
    ['a negative amount', { currency: 'EUR', subscriptions: [sub({ amount: '-1' })] }, 'subscriptions[0].amount', /at least 0/],
    ['a non-decimal amount', { currency: 'EUR', subscriptions: [sub({ amount: '12,50' })] }, 'subscriptions[0].amount', /decimal/],
    ['a negative quantity', { currency: 'EUR', subscriptions: [sub({ quantity: -2 })] }, 'subscriptions[0].quantity', /at least 0/],
    ['a discount above 1', { currency: 'EUR', subscriptions: [sub({ discount: 1.5 })] }, 'subscriptions[0].discount', /at most 1/],
    ['a negative discount', { currency: 'EUR', subscriptions: [sub({ discount: -0.1 })] }, 'subscriptions[0].discount', /at least 0/],
    ['an unknown interval', { currency: 'EUR', subscriptions: [sub({ interval: 'fortnight' })] }, 'subscriptions[0].interval', /one of day, week, month, quarter, year/],
    ['an intervalCount below 1', { currency: 'EUR', subscriptions: [sub({ intervalCount: 0 })] }, 'subscriptions[0].intervalCount', /at least 1/],
    ['a fractional intervalCount', { currency: 'EUR', subscriptions: [sub({ intervalCount: 1.5 })] }, 'subscriptions[0].intervalCount', /integer/],
    ['a currency without fx rate', { currency: 'EUR', subscriptions: [sub({ currency: 'USD' })] }, 'subscriptions[0].currency', /no rate in fxRates for USD/],
    ['a zero fx rate', { currency: 'EUR', fxRates: { USD: 0 } }, 'fxRates.USD', /greater than 0/],
    ['an unknown deal status', { currency: 'EUR', deals: [{ id: 'd', createdAt: '2024-01-01', status: 'pending', amount: 1 }] }, 'deals[0].status', /one of open, won, lost/],
    ['a won deal without closedAt', { currency: 'EUR', deals: [{ id: 'd', createdAt: '2024-01-01', status: 'won', amount: 1 }] }, 'deals[0].closedAt', /required when status is won/],
    ['a deal closed before it was created', { currency: 'EUR', deals: [{ id: 'd', createdAt: '2024-01-05', closedAt: '2024-01-01', status: 'lost', amount: 1 }] }, 'deals[0].closedAt', /before createdAt/],
    ['an open deal with closedAt', { currency: 'EUR', deals: [{ id: 'd', createdAt: '2024-01-05', closedAt: '2024-01-06', status: 'open', amount: 1 }] }, 'deals[0].closedAt', /null while status is open/],
    ['a negative deal amount', { currency: 'EUR', deals: [{ id: 'd', createdAt: '2024-01-05', status: 'open', amount: -5 }] }, 'deals[0].amount', /at least 0/],
    ['an unknown survey type', { currency: 'EUR', surveys: [{ type: 'ces2', score: 3, at: '2024-01-01' }] }, 'surveys[0].type', /one of csat, nps, ces/],
    ['an nps score outside 0-10', { currency: 'EUR', surveys: [{ type: 'nps', score: 11, at: '2024-01-01' }] }, 'surveys[0].score', /between 0 and 10/],
    ['a csat score outside 1-5', { currency: 'EUR', surveys: [{ type: 'csat', score: 0, at: '2024-01-01' }] }, 'surveys[0].score', /between 1 and 5/],
    ['a ces score outside 1-7', { currency: 'EUR', surveys: [{ type: 'ces', score: 8, at: '2024-01-01' }] }, 'surveys[0].score', /between 1 and 7/],
    ['a fractional score', { currency: 'EUR', surveys: [{ type: 'nps', score: 7.5, at: '2024-01-01' }] }, 'surveys[0].score', /integer/],
    ['a negative funnel count', { currency: 'EUR', funnel: [{ stage: 'Leads', count: -1 }] }, 'funnel[0].count', /at least 0/],
  ])('rejects %s with its path', (_case, input, path, message) => {
    const issues = issuesOf(input);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('rejects a duplicate subscription id, naming the first one', () => {
    const issues = issuesOf({ currency: 'EUR', subscriptions: [sub(), sub({ customerId: 'cus_2' })] });
    expect(issues).toEqual([{ path: 'subscriptions[1].id', message: 'duplicates subscriptions[0].id "sub_1"' }]);
  });

  it('names the first holder of an id, whether that record was valid or not', () => {
    const issues = issuesOf({
      currency: 'EUR',
      subscriptions: [sub(), sub({ id: 'sub_2', amount: -1 }), sub({ customerId: 'cus_2' }), sub({ id: 'sub_2' })],
      deals: [
        { id: 'd', createdAt: '2024-01-01', status: 'open', amount: 1 },
        { id: 'd', createdAt: '2024-01-02', status: 'open', amount: 2 },
      ],
    });
    expect(issues).toEqual([
      { path: 'subscriptions[1].amount', message: 'must be at least 0, got -1' },
      { path: 'subscriptions[2].id', message: 'duplicates subscriptions[0].id "sub_1"' },
      { path: 'subscriptions[3].id', message: 'duplicates subscriptions[1].id "sub_2"' },
      { path: 'deals[1].id', message: 'duplicates deals[0].id "d"' },
    ]);
  });

  it('reads every field of a valid record the same way, with the defaults', () => {
    const valid = validateDataset({
      currency: 'EUR',
      fxRates: { USD: '0.9' },
      subscriptions: [
        sub({ customerId: 'cus_b' }),
        sub({ id: 'sub_2', customerId: 'cus_a', end: '2024-03-01', quantity: '2', discount: '0.5', currency: 'USD', interval: 'year', intervalCount: 2 }),
        sub({ id: 'sub_3', customerId: 'cus_b', currency: 'EUR' }),
      ],
      deals: [{ id: 'd', createdAt: '2024-01-01', closedAt: '2024-01-03', status: 'won', amount: '10', owner: 'ann' }],
      surveys: [{ type: 'ces', score: 7, at: '2024-01-01' }],
    });
    expect(valid.subscriptions).toEqual([
      { id: 'sub_1', customerId: 'cus_b', customerIndex: 0, start: Date.UTC(2024, 0, 15), end: null, amount: { units: 499n, scale: 1 }, interval: 'month', intervalCount: 1, quantity: { units: 1n, scale: 0 }, discount: { units: 0n, scale: 0 }, fx: { units: 1n, scale: 0 } },
      { id: 'sub_2', customerId: 'cus_a', customerIndex: 1, start: Date.UTC(2024, 0, 15), end: Date.UTC(2024, 2, 1), amount: { units: 499n, scale: 1 }, interval: 'year', intervalCount: 2, quantity: { units: 2n, scale: 0 }, discount: { units: 5n, scale: 1 }, fx: { units: 9n, scale: 1 } },
      { id: 'sub_3', customerId: 'cus_b', customerIndex: 0, start: Date.UTC(2024, 0, 15), end: null, amount: { units: 499n, scale: 1 }, interval: 'month', intervalCount: 1, quantity: { units: 1n, scale: 0 }, discount: { units: 0n, scale: 0 }, fx: { units: 1n, scale: 0 } },
    ]);
    expect(valid.deals).toEqual([{ id: 'd', createdAt: Date.UTC(2024, 0, 1), closedAt: Date.UTC(2024, 0, 3), status: 'won', amount: { units: 10n, scale: 0 }, stage: null, owner: 'ann', leadId: null }]);
    expect(valid.surveys).toEqual([{ type: 'ces', score: 7, at: Date.UTC(2024, 0, 1) }]);
  });

  it('rejects a blank id, customer, stage or owner however it is blank', () => {
    const issues = issuesOf({
      currency: 'EUR',
      subscriptions: [sub({ id: ' ' }), sub({ id: 'sub_2', customerId: '\u00a0' })],
      deals: [{ id: 'd', createdAt: '2024-01-01', status: 'open', amount: 1, stage: '', owner: '\t' }],
    });
    expect(issues.map((issue) => issue.path)).toEqual(['subscriptions[0].id', 'subscriptions[1].customerId', 'deals[0].stage', 'deals[0].owner']);
  });

  it('returns every problem at once, in input order', () => {
    const issues = issuesOf({
      currency: 'EUR',
      subscriptions: [sub({ amount: -1 }), sub({ id: 'sub_2', end: '2020-01-01', interval: 'decade' })],
      surveys: [{ type: 'nps', score: 12, at: '2024-13-01' }],
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      'subscriptions[0].amount',
      'subscriptions[1].end',
      'subscriptions[1].interval',
      'surveys[0].score',
      'surveys[0].at',
    ]);
  });

  it('accepts numbers and decimal strings for money, and honours time zone offsets', () => {
    const valid = validateDataset({
      currency: 'GBP',
      fxRates: { EUR: '1.085' },
      subscriptions: [sub({ amount: 1.99, currency: 'EUR', start: '2023-03-01T05:30:00+05:30' })],
    });
    expect(valid.subscriptions[0]!.start).toBe(Date.UTC(2023, 2, 1));
    expect(valid.subscriptions[0]!.fx).toEqual({ units: 1085n, scale: 3 });
  });

  it('requires an fx rate given for the dataset currency itself to be exactly 1', () => {
    expect(issuesOf({ currency: 'EUR', fxRates: { EUR: '1.1' }, subscriptions: [sub()] })).toEqual([
      { path: 'fxRates.EUR', message: 'is the dataset currency: its rate must be 1, got "1.1"' },
    ]);
    expect(validateDataset({ currency: 'EUR', fxRates: { EUR: '1.000' }, subscriptions: [sub({ currency: 'EUR' })] }).subscriptions[0]!.fx).toEqual({
      units: 1n,
      scale: 0,
    });
  });

  it('reports a bad dataset currency as the cause, not as a missing rate on every subscription', () => {
    const subs = Array.from({ length: 626 }, (_, i) => sub({ id: `s${i}`, currency: 'EUR' }));
    expect(issuesOf({ currency: 'euro', subscriptions: subs })).toEqual([
      { path: 'currency', message: 'must be an ISO 4217 code such as "EUR", got "euro"' },
    ]);
  });

  it('refuses dates outside years 0001 to 9998 with their path', () => {
    const issues = issuesOf({
      currency: 'EUR',
      subscriptions: [sub({ start: '0000-01-01T00:00:00+01:00' }), sub({ id: 's2', start: '2024-01-01', end: '9999-12-31T23:00-05:00' })],
      deals: [{ id: 'd', createdAt: '9999-01-01', status: 'open', amount: 1 }],
      costs: [{ month: '9999-12', category: 'sales', amount: 1 }],
    });
    expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'subscriptions[0].start: is outside the supported dates (years 0001 to 9998 in UTC): 0000-01-01T00:00:00+01:00',
      'subscriptions[1].end: is outside the supported dates (years 0001 to 9998 in UTC): 9999-12-31T23:00-05:00',
      'deals[0].createdAt: is outside the supported dates (years 0001 to 9998 in UTC): 9999-01-01',
      'costs[0].month: must be a month from 0001-01 to 9998-12, got "9999-12"',
    ]);
  });

  it('names hostile keys and values in printable words of bounded length', () => {
    const issues = issuesOf({ currency: 'EUR', 'x\nsubscriptions[0].id: forged': 1, fxRates: { '\u001b[2J': 1 }, subscriptions: [sub({ amount: 'z'.repeat(10_000_000) })] });
    expect(issues.map((issue) => issue.path)).toEqual(['$["x\\nsubscriptions[0].id: forged"]', 'fxRates["\\u001b[2J"]', 'subscriptions[0].amount']);
    expect(issues[2]!.message).toBe(`must be a decimal number, got "${'z'.repeat(80)}…"`);
  });
});
