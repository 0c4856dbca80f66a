import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { createFormatters } from '../format/formatters.js';
import { sampleReport, singleCustomerReport } from '../test/reports.js';
import { biggestDropOffIndex, FunnelChart } from './FunnelChart.js';

const en = createFormatters('en-US', 'USD');

describe('FunnelChart', () => {
  const funnel = sampleReport().funnel;

  test('each stage with its count and conversions; the biggest drop-off in words', () => {
    render(<FunnelChart data={funnel} />);
    const stages = screen.getAllByRole('img');
    expect(stages).toHaveLength(funnel.length);
    const drop = biggestDropOffIndex(funnel);
    expect(drop).toBeGreaterThan(0);
    expect(stages[drop]).toHaveAccessibleName(new RegExp(`^${funnel[drop]!.stage}: .*Biggest drop-off$`));
    expect(stages[0]).toHaveAccessibleName(`${funnel[0]!.stage}: ${en.count(funnel[0]!.count)}, Overall conversion 100%`);
    expect(screen.getByRole('figure', { name: 'Conversion funnel' })).toHaveAccessibleDescription(
      new RegExp(`Biggest drop-off before ${funnel[drop]!.stage}: only ${en.percent(funnel[drop]!.stepConversion).replace('.', '\\.')} continue\\.`),
    );
  });

  test('arrow keys walk the stages in both orientations', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<FunnelChart data={funnel} />);
    await user.tab();
    // Stages are stacked top to bottom: ArrowDown and ArrowRight both move on.
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('img')[1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getAllByRole('img')[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getAllByRole('img')[1]).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent(`Step conversion: ${en.percent(funnel[1]!.stepConversion)}`);
    rerender(<FunnelChart data={funnel} orientation="vertical" />);
    expect(screen.getByRole('list', { name: 'Conversion funnel' })).toHaveAttribute('data-orientation', 'vertical');
  });

  test('data table', async () => {
    const user = userEvent.setup();
    render(<FunnelChart data={funnel} />);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    const last = funnel.at(-1)!;
    expect(within(screen.getByRole('table')).getByRole('row', { name: new RegExp(last.stage) })).toHaveTextContent(en.percent(last.overallConversion));
  });

  test('first stage count of zero: conversions are not available, never NaN', () => {
    render(<FunnelChart data={singleCustomerReport().funnel} />);
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleName('Leads: 0, Overall conversion not available');
    expect(document.body.innerHTML).not.toContain('NaN');
  });

  test('a 100 000-character stage name is cut to 80 characters, the full text in a title', async () => {
    const long = `Visitors ${'x'.repeat(100_000)}`;
    const user = userEvent.setup();
    render(<FunnelChart data={[{ stage: long, count: 10, stepConversion: null, overallConversion: 1 }, { stage: 'Won\nnow', count: 2, stepConversion: 0.2, overallConversion: 0.2 }]} />);
    const [stage] = screen.getAllByRole('img');
    expect(stage).toHaveAccessibleName(`Visitors ${'x'.repeat(71)}…: 10, Overall conversion 100%`);
    const label = stage!.querySelector('.rk-funnel-name');
    expect(label).toHaveTextContent(`Visitors ${'x'.repeat(71)}…`);
    expect(label).toHaveAttribute('title', long);
    const figure = screen.getByRole('figure', { name: 'Conversion funnel' });
    expect(figure.textContent!.length).toBeLessThan(1000);
    expect(screen.getAllByRole('img')[1]).toHaveAccessibleName(/^Won\\nnow: 2/);
    await user.click(screen.getByRole('button', { name: 'Show data table' }));
    expect(screen.getByRole('table').textContent!.length).toBeLessThan(1000);
    expect(within(screen.getByRole('table')).getByTitle(long)).toBeInTheDocument();
  });

  test('stage names are text, never HTML', () => {
    render(<FunnelChart data={[{ stage: '<script>alert(1)</script>', count: 3, stepConversion: null, overallConversion: 1 }]} />);
    expect(screen.getByRole('img', { name: /^<script>alert\(1\)<\/script>: 3/ })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
  });

  test('empty, loading and error states', () => {
    const { rerender } = render(<FunnelChart data={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<FunnelChart data={funnel} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(<FunnelChart data={funnel} error={new Error('boom')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('boom');
  });
});
