import { getMetric } from '@revkit/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { RevkitProvider } from '../provider/RevkitProvider.js';
import { sampleReport } from '../test/reports.js';
import { KpiCard } from './KpiCard.js';
import { KpiGrid } from './KpiGrid.js';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('KpiCard', () => {
  const rows = sampleReport().mrr;
  const last = rows.at(-1)!;
  const previous = rows.at(-2)!;

  test('shows label, value and the change in words, not only colour', () => {
    render(<KpiCard label="MRR" unit="money" value={2500} previousValue={2000} />);
    const card = screen.getByRole('group', { name: 'MRR' });
    expect(card).toHaveTextContent('$2.5K');
    expect(card).toHaveTextContent('up, +$500 (+25%), good vs previous period');
  });

  test('churn going up is bad: polarity lower-is-better', () => {
    render(<KpiCard label="Customer churn" unit="ratio" polarity="lower-is-better" value={0.05} previousValue={0.04} />);
    const card = screen.getByRole('group', { name: 'Customer churn' });
    expect(card).toHaveTextContent('up, +1 pts');
    expect(card).toHaveTextContent(', bad');
  });

  test('churned MRR improving from −500 to −200 is good: a negative movement is better closer to zero', () => {
    const churn = getMetric('churnMrr');
    render(<KpiCard metric={churn} value={-200} previousValue={-500} target={-300} />);
    const card = screen.getByRole('group', { name: churn.name.en });
    const delta = card.querySelector('.rk-kpi-delta')!;
    expect(delta).toHaveAttribute('data-tone', 'good');
    expect(delta).toHaveTextContent(', good');
    // Losing 200 against a target of at most 300 lost is past the target, not short of it.
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  });

  test('the change of a rate is in percentage points, not a second "%"', () => {
    render(<KpiCard metric={getMetric('customerChurnRate')} value={0.032} previousValue={0.0062} />);
    const card = screen.getByRole('group', { name: 'Customer churn' });
    const delta = card.querySelector('.rk-kpi-delta')!;
    const shown = delta.querySelector('[aria-hidden="true"]:not(.rk-kpi-arrow)');
    expect(plain(shown?.textContent)).toBe('+2.6 pts');
    expect(delta).toHaveTextContent('+2.6 percentage points (+416.1%)');
    expect(plain(delta.textContent)).not.toMatch(/\+2\.6%/);
  });

  test('fr-FR: the change of a rate is "+2,6 pts", said "points de pourcentage"', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <KpiCard label="Attrition" unit="ratio" polarity="lower-is-better" value={0.032} previousValue={0.006} />
      </RevkitProvider>,
    );
    const delta = screen.getByRole('group', { name: 'Attrition' }).querySelector('.rk-kpi-delta')!;
    expect(plain(delta.querySelector('[aria-hidden="true"]:not(.rk-kpi-arrow)')?.textContent)).toBe('+2,6 pts');
    expect(plain(delta.textContent)).toContain('+2,6 points de pourcentage');
  });

  test('multiples show as "6.6×" with a signed "+0.4×" change; scores keep their sign', () => {
    render(
      <>
        <KpiCard metric={getMetric('quickRatio')} value={6.6} previousValue={6.2} />
        <KpiCard metric={getMetric('nps')} value={42} previousValue={37.5} />
      </>,
    );
    const quick = screen.getByRole('group', { name: 'Quick ratio' });
    expect(quick.querySelector('.rk-kpi-value')).toHaveTextContent(/^6\.6×$/);
    expect(quick).toHaveTextContent('up, +0.4× (+6.5%), good');
    expect(quick).not.toHaveTextContent('660%');
    expect(screen.getByRole('group', { name: 'NPS' })).toHaveTextContent('up, +4.5 (+12%), good');
  });

  test('a tiny negative change never prints "-0"', () => {
    render(
      <>
        <KpiCard label="CES" unit="score" value={5.3} previousValue={5.30001} />
        <KpiCard label="Churn" unit="ratio" value={0.05} previousValue={0.0500001} />
        <KpiCard label="Quick" unit="multiple" value={2} previousValue={2.00001} />
      </>,
    );
    for (const name of ['CES', 'Churn', 'Quick']) {
      const delta = screen.getByRole('group', { name }).querySelector('.rk-kpi-delta');
      expect(plain(delta?.textContent), name).not.toMatch(/[-−]0(?![.,]?\d*[1-9])/);
    }
  });

  test('renders the engine figures of the sample report', () => {
    render(<KpiCard label="Customers" value={last.customers} previousValue={previous.customers} sparkline={rows.map((row) => row.customers)} />);
    expect(screen.getByRole('group', { name: 'Customers' })).toHaveTextContent(last.customers.toLocaleString('en-US'));
  });

  test('previous value of zero shows the absolute change without a percentage', () => {
    render(<KpiCard label="New MRR" unit="money" value={300} previousValue={0} />);
    const card = screen.getByRole('group', { name: 'New MRR' });
    expect(card).toHaveTextContent('+$300');
    expect(card).not.toHaveTextContent('%');
    expect(card).not.toHaveTextContent('NaN');
  });

  test('a missing value is said to be not available, never NaN', () => {
    render(<KpiCard label="ARPA" unit="money" value={null} previousValue={12} />);
    const card = screen.getByRole('group', { name: 'ARPA' });
    expect(card).toHaveTextContent('not available');
    expect(card).not.toHaveTextContent('NaN');
    expect(card).not.toHaveTextContent('vs previous');
  });

  test('loading and error states', () => {
    const { rerender } = render(<KpiCard label="MRR" value={1} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.getByRole('group', { name: 'MRR' })).toHaveAttribute('aria-busy', 'true');
    rerender(<KpiCard label="MRR" value={1} error={new Error('Report failed: subscriptions[3].end')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Report failed: subscriptions[3].end');
  });

  test('user strings are text, never HTML', () => {
    render(<KpiCard label={'<img src=x onerror="alert(1)">'} value={1} formula="<b>bold</b>" />);
    expect(screen.getByRole('group', { name: '<img src=x onerror="alert(1)">' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });

  test('the formula opens from its help affordance', async () => {
    render(<KpiCard label="NRR" unit="ratio" value={1.04} formula="(MRR₀ + expansion + contraction + churn) ÷ MRR₀" />);
    const formula = screen.getByText(/expansion \+ contraction/);
    expect(formula).not.toBeVisible();
    await userEvent.click(screen.getByText('How is this calculated?'));
    expect(formula).toBeVisible();
  });

  test('a target shows progress; a target of zero shows no progress value', () => {
    const { rerender } = render(<KpiCard label="MRR" unit="money" value={75} target={100} />);
    const bar = screen.getByRole('progressbar', { name: 'Progress to target' });
    expect(bar).toHaveAttribute('aria-valuenow', '75');
    expect(bar).toHaveAttribute('aria-valuetext', '75% of target $100');
    rerender(<KpiCard label="MRR" unit="money" value={75} target={0} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '— of target $0');
  });

  test('progress to a target follows the polarity: churn above its target is short of it, not past it', () => {
    render(<KpiCard label="Customer churn" unit="ratio" polarity="lower-is-better" value={0.03} target={0.02} />);
    const bar = screen.getByRole('progressbar', { name: 'Progress to target' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(bar).toHaveAttribute('aria-valuetext', '50% of target 2%');
  });

  test('progress to a negative target: a smaller loss than the target is past it; far short, the bar stays at 0', () => {
    const { rerender } = render(<KpiCard label="Operating result" unit="money" value={-500} target={-1000} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '150% of target -$1K');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    rerender(<KpiCard label="Operating result" unit="money" value={-3000} target={-1000} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  });

  test('formats in French with the provider', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR" theme="dark">
        <KpiCard label="MRR" unit="money" value={1_234_567} previousValue={1_000_000} />
      </RevkitProvider>,
    );
    const card = screen.getByRole('group', { name: 'MRR' });
    expect(plain(card.textContent)).toContain('1,2 M €');
    expect(plain(card.textContent)).toContain('en hausse');
    expect(card).toHaveAttribute('data-rk-theme', 'dark');
  });

  test('a catalog entry gives the short name, unit, polarity and formula, in the provider language', async () => {
    const churn = getMetric('customerChurnRate');
    expect(churn.polarity).toBe('lower-is-better');
    const { unmount } = render(<KpiCard metric={churn} value={0.05} previousValue={0.02} />);
    // The card's title is the catalog's short name, not the long one.
    const card = screen.getByRole('group', { name: 'Customer churn' });
    // Unit 'ratio' from the catalog: a percentage. Churn going up: bad, in words.
    expect(card).toHaveTextContent('5%');
    expect(card).toHaveTextContent('up, +3 pts+3 percentage points (+150%), bad');
    await userEvent.click(within(card).getByText('How is this calculated?'));
    expect(within(card).getByText(churn.formula.en)).toBeVisible();
    expect(within(card).getByText(churn.symbols)).toBeVisible();
    unmount();
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <KpiCard metric={churn} value={0.02} />
        <KpiCard metric={churn} label="Churn clients" formula="Perdus ÷ clients" value={0.02} />
      </RevkitProvider>,
    );
    expect(screen.getByRole('group', { name: 'Attrition clients' })).toHaveTextContent(churn.formula.fr);
    const custom = screen.getByRole('group', { name: 'Churn clients' });
    expect(custom).toHaveTextContent('Perdus ÷ clients');
    // A formula of one's own replaces the catalog's symbols too.
    expect(within(custom).queryByText(churn.symbols)).toBeNull();
  });

  test('a custom valueFormatter formats value and change', () => {
    render(<KpiCard label="NPS" value={42} previousValue={40} valueFormatter={(value) => `${value} pts`} />);
    expect(screen.getByRole('group', { name: 'NPS' })).toHaveTextContent('42 pts');
    expect(screen.getByRole('group', { name: 'NPS' })).toHaveTextContent('2 pts (+5%)');
  });
});

describe('KpiGrid', () => {
  test('groups cards under its label', () => {
    render(
      <KpiGrid label="Revenue KPIs">
        <KpiCard label="MRR" value={1} />
        <KpiCard label="ARR" value={12} />
      </KpiGrid>,
    );
    const grid = screen.getByRole('group', { name: 'Revenue KPIs' });
    expect(within(grid).getAllByRole('group')).toHaveLength(2);
  });
});
