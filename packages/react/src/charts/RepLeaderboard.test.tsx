import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { RevkitProvider } from '../provider/RevkitProvider.js';
import { firstDealsRevOps, sampleRevOps } from '../test/reports.js';
import { RepLeaderboard } from './RepLeaderboard.js';

const en = createFormatters('en-US', 'USD');

/** The owner names of the table's rows, top to bottom. */
function tableOrder(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('RepLeaderboard', () => {
  const owners = sampleRevOps().sales?.owners ?? [];
  const alice = owners.find((owner) => owner.owner === 'alice');
  const carmen = owners.find((owner) => owner.owner === 'carmen');
  if (!alice || !carmen) throw new Error('the sample dataset has alice and carmen');

  test('each rep’s figures and where yield ÷ cost stands against the 2–3× line', () => {
    render(<RepLeaderboard data={owners} />);
    const figure = screen.getByRole('figure', { name: 'Sales reps' });
    expect(within(figure).getAllByRole('img')).toHaveLength(owners.length);
    expect(screen.getByRole('img', { name: /^alice:/ })).toHaveAccessibleName(
      `alice: Bookings ${en.moneyCompact(alice.bookings)}, Win rate ${en.percent(alice.winRate)}, Sales cycle ${en.days(alice.averageSalesCycleDays)}, ` +
        `Yield ${en.moneyCompact(alice.repYield)}, Yield ÷ cost ${en.multiple(alice.yieldMultiple)} (above the 2–3× line)`,
    );
    expect(screen.getByRole('img', { name: /^carmen:/ })).toHaveAccessibleName(/Yield ÷ cost 0\.5× \(below the 2–3× line\)$/);
    const top = owners.reduce((a, b) => (b.bookings > a.bookings ? b : a));
    expect(figure).toHaveAccessibleDescription(new RegExp(`^${owners.length} reps; most bookings: ${top.owner} \\(`));
  });

  test('the table shows from the start, sorted by bookings, most first', () => {
    render(<RepLeaderboard data={owners} />);
    const expected = [...owners].sort((a, b) => b.bookings - a.bookings).map((owner) => owner.owner);
    expect(tableOrder()).toEqual(expected);
    expect(screen.getByRole('columnheader', { name: /Bookings/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Win rate/ })).not.toHaveAttribute('aria-sort');
    // The bars follow the table's order.
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(new RegExp(`^${expected[0]}:`));
  });

  test('sorts by keyboard: a header button, Enter, then Enter again flips the direction', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<RepLeaderboard data={owners} onSortChange={onSortChange} />);
    const winRate = screen.getByRole('button', { name: /Win rate/ });
    winRate.focus();
    await user.keyboard('{Enter}');
    expect(onSortChange).toHaveBeenLastCalledWith({ column: 'winRate', direction: 'descending' });
    expect(screen.getByRole('columnheader', { name: /Win rate/ })).toHaveAttribute('aria-sort', 'descending');
    const byWinRate = [...owners].sort((a, b) => (b.winRate ?? -1) - (a.winRate ?? -1)).map((owner) => owner.owner);
    expect(tableOrder()[0]).toBe(byWinRate[0]);
    await user.keyboard(' ');
    expect(screen.getByRole('columnheader', { name: /Win rate/ })).toHaveAttribute('aria-sort', 'ascending');
    // Names sort A to Z first.
    await user.click(screen.getByRole('button', { name: /Owner/ }));
    expect(tableOrder()).toEqual(owners.map((owner) => owner.owner).sort());
    expect(screen.getByRole('columnheader', { name: /Owner/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  test('a controlled sort is followed as given', () => {
    render(<RepLeaderboard data={owners} sort={{ column: 'yieldMultiple', direction: 'ascending' }} />);
    expect(tableOrder()[0]).toBe([...owners].sort((a, b) => (a.yieldMultiple ?? Infinity) - (b.yieldMultiple ?? Infinity))[0]?.owner);
  });

  test('reps without costs or closed deals: rates and multiple are not available (zero denominator), sorted last, never NaN', async () => {
    const user = userEvent.setup();
    const first = firstDealsRevOps().sales?.owners ?? [];
    const withCosts = [...first, { ...alice, owner: 'zoe' }];
    render(<RepLeaderboard data={withCosts} />);
    expect(screen.getByRole('img', { name: /^ana:/ })).toHaveAccessibleName(
      'ana: Bookings $0, Win rate not available, Sales cycle not available, Yield not available, Yield ÷ cost not available',
    );
    await user.click(screen.getByRole('button', { name: /Yield ÷ cost/ }));
    expect(tableOrder()).toEqual(['zoe', 'ana', 'ben']);
    await user.click(screen.getByRole('button', { name: /Yield ÷ cost/ }));
    expect(tableOrder()).toEqual(['zoe', 'ana', 'ben']);
    expect(document.body.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('French', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <RepLeaderboard data={owners} />
      </RevkitProvider>,
    );
    expect(screen.getByRole('figure', { name: 'Commerciaux' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^carmen:/ })).toHaveAccessibleName(/Rendement ÷ coût 0,5× \(sous la ligne 2–3×\)$/);
    expect(screen.getByRole('columnheader', { name: /Signatures/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('forwards a ref and HTML attributes; the table can start hidden', () => {
    let node: HTMLElement | null = null;
    render(<RepLeaderboard ref={(element) => void (node = element)} data={owners} data-testid="reps" defaultShowTable={false} />);
    expect(node).toBe(screen.getByTestId('reps'));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show data table' })).toHaveAttribute('aria-expanded', 'false');
  });

  test('empty, loading and error states', () => {
    const { rerender } = render(<RepLeaderboard data={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<RepLeaderboard data={owners} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<RepLeaderboard data={owners} error />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not show this chart');
  });
});
