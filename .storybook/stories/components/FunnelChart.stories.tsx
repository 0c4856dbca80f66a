import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FunnelChart } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { hugeFunnelReport, longLabelFunnelReport, noRevenueReport, sampleReport, singleStageFunnelReport } from '../reports';

/**
 * Stages with counts, step and overall conversion, the biggest drop-off
 * marked in words and with an icon. Feed it `report.funnel`.
 */
const meta = {
  title: 'Components/FunnelChart',
  component: FunnelChart,
  args: { data: sampleReport.funnel, orientation: 'horizontal' },
  argTypes: {
    data: { control: false, description: '`report.funnel` from `buildReport`' },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof FunnelChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample dataset's funnel, from visitors to customers. */
export const Default: Story = {};

/**
 * Asserts the biggest drop-off badge is fully visible once scrolled to: not
 * cut by the stages' scroll box nor by its own column.
 */
async function expectBadgeUnclipped(canvasElement: HTMLElement) {
  const badge = canvasElement.querySelector<HTMLElement>('.rk-badge');
  const box = badge?.closest<HTMLElement>('.rk-funnel-stages');
  if (!badge || !box) throw new Error('the vertical funnel shows no drop-off badge');
  badge.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const inner = badge.getBoundingClientRect();
  const outer = box.getBoundingClientRect();
  await expect(badge.scrollWidth).toBeLessThanOrEqual(badge.clientWidth + 1);
  await expect(inner.left).toBeGreaterThanOrEqual(outer.left);
  await expect(inner.right).toBeLessThanOrEqual(outer.left + box.clientWidth);
  await expect(inner.top).toBeGreaterThanOrEqual(outer.top);
  await expect(inner.bottom).toBeLessThanOrEqual(outer.top + box.clientHeight);
  await expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
}

/** Stages side by side; the biggest drop-off badge stays whole inside the scroll box. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  play: async ({ canvasElement }) => expectBadgeUnclipped(canvasElement),
};

export const Loading: Story = { args: { loading: true } };

/** A dataset without a funnel section: `report.funnel` is empty. */
export const Empty: Story = { args: { data: noRevenueReport.funnel } };

export const ErrorState: Story = { args: { error: 'The funnel export timed out. Try again in a minute.' } };

/** Counts in the hundreds of millions and a last stage nobody reached (0 %, never NaN). */
export const HugeAndZeroValues: Story = { args: { data: hugeFunnelReport.funnel } };

export const SingleStage: Story = { args: { data: singleStageFunnelReport.funnel } };

export const LongLabels: Story = { args: { data: longLabelFunnelReport.funnel } };

export const LongLabelsVertical: Story = {
  args: { data: longLabelFunnelReport.funnel, orientation: 'vertical' },
  play: async ({ canvasElement }) => expectBadgeUnclipped(canvasElement),
};

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };

export const Narrow320pxVertical: Story = {
  ...at320px,
  args: { orientation: 'vertical' },
  play: async ({ canvasElement }) => expectBadgeUnclipped(canvasElement),
};

/** In French the badge's words are longer: still whole at 320 px. */
export const Narrow320pxVerticalFrench: Story = {
  ...at320px,
  ...inFrench,
  args: { orientation: 'vertical' },
  play: async ({ canvasElement }) => expectBadgeUnclipped(canvasElement),
};

/** The data-table alternative, open from the start. */
export const WithDataTable: Story = {
  args: { defaultShowTable: true },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Conversion funnel' });
    await expect(within(table).getAllByRole('row')).toHaveLength(sampleReport.funnel.length + 1);
    await expect(within(table).getByRole('rowheader', { name: /Biggest drop-off/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Hide data table' }));
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Show data table' })).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Tab into the funnel, then arrow keys, Home and End move across stages; the tooltip follows the focus. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, canvas }) => {
    const [first, second] = sampleReport.funnel;
    const last = sampleReport.funnel[sampleReport.funnel.length - 1];
    if (!first || !second || !last) throw new Error('The sample funnel needs at least two stages');
    await expect(canvas.getByRole('figure', { name: 'Conversion funnel' })).toHaveAccessibleDescription(/Funnel of 6 stages/);
    const start = await tabIntoChart(canvasElement);
    await expect(start).toHaveAccessibleName(new RegExp(`^${first.stage}:`));
    await expectTooltipFor(start, first.stage);
    const next = await pressAndExpectFocus('{ArrowRight}', new RegExp(`^${second.stage}:`));
    await expectTooltipFor(next, second.stage);
    await pressAndExpectFocus('{End}', new RegExp(`^${last.stage}:`));
    await pressAndExpectFocus('{Home}', new RegExp(`^${first.stage}:`));
    await pressAndExpectFocus('{ArrowLeft}', new RegExp(`^${first.stage}:`));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument();
    // One Tab stop for the whole chart: the next Tab leaves the stages.
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Show data table' })).toHaveFocus();
  },
};
