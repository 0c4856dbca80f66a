import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { metricCatalog } from '@revkit/core';
import { MetricCatalog } from '../../docs/components/MetricCatalog';

/**
 * Every entry of core's `metricCatalog`: name, formula in words and
 * symbols, unit, polarity, conventions, health line and the function that
 * computes it. Rendered from the catalog, never copied.
 */
const meta = {
  title: 'Catalog/Metrics table',
  component: MetricCatalog,
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof MetricCatalog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every metric, one table per team; filter by team, read it in French. */
export const AllMetrics: Story = {
  play: async ({ canvas }) => {
    const rowHeaders = canvas.getAllByRole('rowheader');
    await expect(rowHeaders).toHaveLength(metricCatalog.length);
    await expect(canvas.getByText(`${metricCatalog.length} of ${metricCatalog.length} metrics`)).toBeVisible();
    const nrr = metricCatalog.find((metric) => metric.id === 'nrr');
    if (!nrr) throw new Error('The catalog has no nrr entry');
    await expect(canvas.getByRole('rowheader', { name: new RegExp(nrr.name.en.replace(/[()]/g, '\\$&')) })).toBeVisible();

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Team' }), 'sales');
    const sales = metricCatalog.filter((metric) => metric.team === 'sales');
    await expect(canvas.getAllByRole('rowheader')).toHaveLength(sales.length);
    await expect(canvas.getByRole('table', { name: `Sales: ${sales.length}` })).toBeVisible();

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Language' }), 'fr');
    const first = sales[0];
    if (!first) throw new Error('The catalog has no sales metric');
    const table = canvas.getByRole('table', { name: `Ventes: ${sales.length}` });
    await expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent(first.name.fr);
  },
};
