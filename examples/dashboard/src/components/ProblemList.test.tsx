import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stringsFor } from '../i18n/strings.js';
import { ProblemList } from './ProblemList.js';

describe('ProblemList', () => {
  it('collapses identical problems into one line with the range and count, the cause first', () => {
    const issues = [
      ...Array.from({ length: 626 }, (_, i) => ({ path: `subscriptions[${i}].currency`, message: 'has no rate in fxRates for USD' })),
      { path: 'fxRates.EUR', message: 'is the dataset currency: its rate must be 1, got "0.9"' },
    ];
    render(<ProblemList strings={stringsFor('en-US')} issues={issues} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'fxRates.EUR is the dataset currency: its rate must be 1, got "0.9"',
      'subscriptions[0..625].currency has no rate in fxRates for USD (626 times)',
    ]);
  });

  it('collapses one rule whatever value each record echoed', () => {
    const issues = Array.from({ length: 130_000 }, (_, i) => ({ path: `subscriptions[${i}].start`, message: `must be an ISO date string, got "x${i}"` }));
    render(<ProblemList strings={stringsFor('en-US')} issues={issues} />);
    expect(within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'subscriptions[0..129999].start must be an ISO date string, e.g. "x0" (130,000 times)',
    ]);
  });

  it('shows the first 200 of 130 000 problems, then how many more, with keys printable', () => {
    // Different fields, so no two collapse into one line.
    const issues = Array.from({ length: 130_000 }, (_, i) => ({ path: `fxRates.X${i}`, message: `must be a decimal, got number ${i}` }));
    issues.unshift({ path: '$["a\\nb"]', message: 'is not a dataset section\u001b[2J' });
    render(<ProblemList strings={stringsFor('fr-FR')} issues={issues} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(201);
    expect(items[0]?.textContent).toBe('$["a\\nb"] is not a dataset section\\u001b[2J');
    expect(items[200]?.textContent).toMatch(/^… et 129\s801 autres problèmes$/);
  });
});
