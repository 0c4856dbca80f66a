import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { KpiCard, KpiGrid } from '@revkit/react';
import { kpiCardProps, type MrrMetricId } from '../kpis';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench } from '../presets';
import { noRevenueReport, sampleReport } from '../reports';

const dashboard: readonly MrrMetricId[] = ['mrr', 'customers', 'arpa', 'customerChurnRate', 'nrr', 'quickRatio'];

/** A responsive row of KPI cards that wraps down to one column at 320 px. */
const meta = {
  title: 'Components/KpiGrid',
  component: KpiGrid,
  args: { label: 'Revenue KPIs', minCardWidth: '14rem' },
  argTypes: { children: { control: false } },
  render: (args, { globals }) => {
    const language = globals['locale'] === 'fr-FR' ? 'fr' : 'en';
    return (
      <KpiGrid {...args}>
        {dashboard.map((id) => (
          <KpiCard key={id} {...kpiCardProps(id, sampleReport.mrr, language)} />
        ))}
      </KpiGrid>
    );
  },
} satisfies Meta<typeof KpiGrid>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Six KPIs of the sample data's last month. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const grid = canvas.getByRole('group', { name: 'Revenue KPIs' });
    for (const id of dashboard) {
      const card = within(grid).getByRole('group', { name: kpiCardProps(id, sampleReport.mrr).label });
      await expect(card).toBeVisible();
    }
  },
};

export const Loading: Story = {
  render: (args) => (
    <KpiGrid {...args}>
      {dashboard.map((id) => (
        <KpiCard key={id} {...kpiCardProps(id, sampleReport.mrr)} loading />
      ))}
    </KpiGrid>
  ),
};

export const ErrorState: Story = {
  render: (args) => (
    <KpiGrid {...args}>
      {dashboard.map((id) => (
        <KpiCard key={id} {...kpiCardProps(id, sampleReport.mrr)} error="The report could not be built." />
      ))}
    </KpiGrid>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('alert')).toHaveLength(dashboard.length);
  },
};

/** Cards of a company with no revenue yet: values from the engine are zero or not available. */
export const NoRevenueYet: Story = {
  render: (args) => (
    <KpiGrid {...args}>
      {dashboard.map((id) => (
        <KpiCard key={id} {...kpiCardProps(id, noRevenueReport.mrr)} />
      ))}
    </KpiGrid>
  ),
};

export const French: Story = { ...inFrench, args: { label: 'Indicateurs de revenu' } };

export const English: Story = { ...inEnglish };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

/** One card per row. */
export const Narrow320px: Story = { ...at320px };
