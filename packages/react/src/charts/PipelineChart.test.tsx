import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { RevkitProvider } from '../provider/RevkitProvider.js';
import { firstDealsRevOps, sampleRevOps } from '../test/reports.js';
import { PipelineChart } from './PipelineChart.js';

const en = createFormatters('en-US', 'USD');
const fr = createFormatters('fr-FR', 'EUR');

describe('PipelineChart', () => {
  const revOps = sampleRevOps();
  const forecast = revOps.sales?.forecast;
  if (!forecast) throw new Error('the sample dataset has deals');
  const stages = forecast.pipelineByStage;

  test('each stage raw and weighted, as of the end of the range, with the core’s totals in the summary', () => {
    render(<PipelineChart data={stages} asOf={revOps.to} openPipeline={forecast.openPipeline} weightedPipeline={forecast.weightedPipeline} />);
    const figure = screen.getByRole('figure', { name: 'Open pipeline as of end of Oct 2026' });
    const items = within(figure).getAllByRole('img');
    expect(items).toHaveLength(stages.length);
    const [first] = stages;
    if (!first || first.probability === null) throw new Error('the sample pipeline has a stage with a probability');
    expect(items[0]).toHaveAccessibleName(
      `${first.stage}: Amount ${en.moneyCompact(first.amount)}, Open deals ${first.openDeals}, Win probability ${en.percent(first.probability)}, Weighted ${en.moneyCompact(first.weighted)}`,
    );
    expect(figure).toHaveAccessibleDescription(
      new RegExp(
        `^${forecast.openPipeline.openDeals} open deals worth ${en.moneyCompact(forecast.openPipeline.amount).replace('$', '\\$')} as of end of Oct 2026, ${stages.length} stages, ` +
          `${en.moneyCompact(forecast.weightedPipeline).replace('$', '\\$')} weighted\\. Largest: `,
      ),
    );
    expect(figure.textContent).not.toMatch(/\bnow\b/i);
  });

  test('arrow keys walk the stages; the tooltip follows', async () => {
    const user = userEvent.setup();
    render(<PipelineChart data={stages} asOf={revOps.to} />);
    await user.tab();
    expect(screen.getAllByRole('img')[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('img')[1]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Weighted: ${en.moneyCompact(stages[1]?.weighted)}`);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  test('data table: the same figures', async () => {
    const user = userEvent.setup();
    render(<PipelineChart data={stages} asOf={revOps.to} />);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    const table = screen.getByRole('table', { name: 'Open pipeline as of end of Oct 2026' });
    const last = stages[stages.length - 1];
    if (!last) throw new Error('no stage');
    expect(within(table).getByRole('row', { name: new RegExp(`^${last.stage}`) })).toHaveTextContent(
      [en.moneyCompact(last.amount), String(last.openDeals), en.percent(last.probability), en.moneyCompact(last.weighted)].join(''),
    );
  });

  test('no deal closed yet: win probability and weighted amount are not available (zero denominator), never NaN', () => {
    const first = firstDealsRevOps();
    const data = first.sales?.forecast?.pipelineByStage ?? [];
    render(<PipelineChart data={data} asOf={first.to} weightedPipeline={first.sales?.forecast?.weightedPipeline} defaultShowTable />);
    expect(screen.getAllByRole('img')[0]).toHaveAccessibleName(/^Discovery: Amount \$1\.2K, Open deals 1, Win probability not available, Weighted not available$/);
    // Deals without a stage are named so, not left blank.
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleName(/^\(no stage\): Amount \$800,/);
    expect(screen.getByRole('figure')).toHaveAccessibleDescription('Open pipeline as of end of Mar 2026, 2 stages. Largest: Discovery ($1.2K).');
    expect(document.body.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('French: "à fin" the month, French money', () => {
    render(
      <RevkitProvider locale="fr-FR" currency="EUR">
        <PipelineChart data={stages} asOf={revOps.to} openPipeline={forecast.openPipeline} />
      </RevkitProvider>,
    );
    const figure = screen.getByRole('figure', { name: /^Pipeline ouvert à fin oct\. 2026$/ });
    expect(figure).toHaveAccessibleDescription(new RegExp(`affaires ouvertes pour ${fr.moneyCompact(forecast.openPipeline.amount)}`));
  });

  test('forwards a ref and HTML attributes to the figure', () => {
    let node: HTMLElement | null = null;
    render(<PipelineChart ref={(element) => void (node = element)} data={stages} asOf={revOps.to} id="pipeline" data-testid="board" />);
    expect(node).toBe(screen.getByTestId('board'));
    expect(screen.getByTestId('board')).toHaveAttribute('id', 'pipeline');
  });

  test('empty, loading and error states', () => {
    const { rerender } = render(<PipelineChart data={[]} asOf={revOps.to} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<PipelineChart data={stages} asOf={revOps.to} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<PipelineChart data={stages} asOf={revOps.to} error="CRM unreachable" />);
    expect(screen.getByRole('alert')).toHaveTextContent('CRM unreachable');
  });
});

describe('PipelineChart without a month yet', () => {
  test('an asOf that is not a month (the report still loading) leaves the date out, never "now"', () => {
    render(<PipelineChart data={[]} asOf="" loading />);
    expect(screen.getByRole('figure', { name: 'Open pipeline' })).toHaveAttribute('aria-busy', 'true');
  });
});

describe('PipelineChart with names from the input', () => {
  test('a very long stage name is cut to core’s printable length in the name and tooltip, in full as a title; text, never HTML', () => {
    const long = `<b>${'Negotiation '.repeat(30)}</b>`;
    render(<PipelineChart data={[{ stage: long, openDeals: 1, amount: 10, probability: 0.5, weighted: 5 }]} asOf="2026-03" />);
    const item = screen.getByRole('img');
    expect(item.getAttribute('aria-label')?.split(':')[0]).toMatch(/^<b>Negotiation .{60,}…$/);
    expect(item.getAttribute('aria-label')?.length).toBeLessThan(200);
    expect(item.querySelector('.rk-funnel-name')).toHaveAttribute('title', long);
    expect(document.querySelector('b')).toBeNull();
  });
});
