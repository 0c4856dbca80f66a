import { readFileSync } from 'node:fs';
import type { Dataset } from '@revkit/core';
import { createRandom } from '@revkit/sample-data';
import { fixture } from './cli.js';

/** The dbt MRR playbook's subscription periods in the contract's format: monthly amounts, periods ending on the 1st. */
export function playbookDataset(): Dataset {
  const [header, ...lines] = readFileSync(fixture('dbt-mrr-playbook/subscription_periods.csv'), 'utf8').trim().split('\n');
  if (header !== 'subscription_id,customer_id,start_date,end_date,monthly_amount') throw new Error(`unexpected playbook header: ${header}`);
  return {
    currency: 'USD',
    subscriptions: lines.map((line) => {
      const [id, customerId, start, end, amount] = line.split(',') as [string, string, string, string, string];
      return { id, customerId, start, end: end === '' ? null : end, amount, interval: 'month' };
    }),
  };
}

const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const AMOUNTS = ['0', '0.01', '0.005', '9.99', '49.90', '12.345', '100', '1234.5678', '0.333', 2.675, 19, 1e-7];
const DISCOUNTS = [0, 0, 0, '0.1', '0.15', '0.333', 1, '0.5'];
const QUANTITIES = [1, 1, 1, 2, 3, 0, '1.5', 7];
const CURRENCIES = [undefined, undefined, 'USD', 'GBP', 'EUR'];

/**
 * A seeded dataset of the awkward cases: every interval and odd interval
 * counts, discounts, fractional quantities, fx, amounts that land on half a
 * cent, zero-MRR months, reactivations, subscriptions that start and end in
 * the same month, date-times with offsets, deals and surveys around the
 * range bounds.
 */
export function edgeCaseDataset(seed: number, customers = 40): Dataset {
  const random = createRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const day = (month: number, dayOfMonth: number): string => {
    const date = new Date(Date.UTC(2022, month, dayOfMonth));
    return date.toISOString().slice(0, 10);
  };
  const instant = (month: number): string => {
    const form = Math.floor(random() * 4);
    const d = 1 + Math.floor(random() * 28);
    if (form === 0) return day(month, 1);
    if (form === 1) return day(month, d);
    if (form === 2) return `${day(month, 1)}T00:30:00+01:00`; // the previous month in UTC
    return `${day(month, d)}T23:59:59.999Z`;
  };
  const subscriptions: NonNullable<Dataset['subscriptions']> = [];
  for (let c = 0; c < customers; c++) {
    const count = 1 + Math.floor(random() * 4);
    for (let s = 0; s < count; s++) {
      const start = Math.floor(random() * 30);
      const length = Math.floor(random() * 14);
      const ongoing = random() < 0.3;
      const begins = instant(start);
      let end = `${day(start + length, 1 + Math.floor(random() * 28))}T12:00:00Z`;
      // Same-month subscriptions stay (they never count at a month end), but end > start always.
      if (Date.parse(end) <= Date.parse(begins)) end = `${day(start + 1, 1)}T00:00:00Z`;
      subscriptions.push({
        id: `sub_${c}_${s}`,
        customerId: `cus_${c}`,
        start: begins,
        end: ongoing ? null : end,
        amount: pick(AMOUNTS),
        interval: pick(INTERVALS),
        intervalCount: random() < 0.7 ? 1 : pick([2, 3, 6, 7, 12]),
        quantity: pick(QUANTITIES),
        discount: pick(DISCOUNTS),
        currency: pick(CURRENCIES),
      });
    }
  }
  const statuses = ['open', 'won', 'lost'] as const;
  const deals = Array.from({ length: 30 }, (_, i) => {
    const created = Math.floor(random() * 30);
    const status = pick(statuses);
    return {
      id: `deal_${i}`,
      createdAt: instant(created),
      closedAt: status === 'open' ? null : `${day(created + 1 + Math.floor(random() * 5), 2)}T06:00:00Z`,
      status,
      amount: pick(['1200', '999.99', '0.005', '50', '12345.678']),
      stage: 'Negotiation',
      owner: pick(['alice', 'bob']),
    };
  });
  const surveys = Array.from({ length: 60 }, () => {
    const type = pick(['csat', 'nps', 'ces'] as const);
    const max = type === 'nps' ? 10 : type === 'csat' ? 5 : 7;
    const min = type === 'nps' ? 0 : 1;
    return { type, score: min + Math.floor(random() * (max - min + 1)), at: instant(Math.floor(random() * 36)) };
  });
  return {
    currency: 'EUR',
    fxRates: { USD: '0.92', GBP: '1.1675', EUR: '1' },
    subscriptions,
    deals,
    funnel: [
      { stage: 'Visitors', count: 3000 },
      { stage: 'Leads', count: 100 },
      { stage: 'Empty', count: 0 },
      { stage: 'After empty', count: 0 },
    ],
    surveys,
  };
}
