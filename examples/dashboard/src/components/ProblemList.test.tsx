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

  it('shows the first 200 of 130 000 problems, then how many more, with keys printable', () => {
    const issues = Array.from({ length: 130_000 }, (_, i) => ({ path: `subscriptions[${i}]`, message: `must be an object, got number ${i}` }));
    issues.unshift({ path: '$["a\\nb"]', message: 'is not a dataset section\u001b[2J' });
    render(<ProblemList strings={stringsFor('fr-FR')} issues={issues} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(201);
    expect(items[0]?.textContent).toBe('$["a\\nb"] is not a dataset section\\u001b[2J');
    expect(items[200]?.textContent).toMatch(/^… et 129\s801 autres problèmes$/);
  });
});
