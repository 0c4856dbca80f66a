import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { RepLeaderboard } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { firstDealsRevOps, noDealsRevOps, salesOf, sampleRevOps } from '../reports';

const owners = salesOf(sampleRevOps).owners;

/** The owners in the table's rows, top to bottom. */
function tableOrder(canvasElement: HTMLElement): string[] {
  return within(within(canvasElement).getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

/**
 * The sales reps side by side: bookings, win rate, sales cycle, yield and
 * yield ÷ cost against the seeds' 2–3× line. The table sorts by any column
 * from its header buttons (`aria-sort` says how). Feed it `revOps.sales.owners`.
 */
const meta = {
  title: 'Components/RepLeaderboard',
  component: RepLeaderboard,
  args: { data: owners },
  argTypes: {
    data: { control: false, description: '`revOps.sales.owners` from `buildRevOpsReport`' },
    sort: { control: false },
    defaultSort: { control: false },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof RepLeaderboard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample team over the last twelve months, most bookings first. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('columnheader', { name: /Bookings/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(tableOrder(canvasElement)).toEqual([...owners].sort((a, b) => b.bookings - a.bookings).map((owner) => owner.owner));
    await expect(canvas.getByRole('img', { name: /^carmen:/ })).toHaveAccessibleName(/\(below the 2–3× line\)$/);
  },
};

/** Sorting by keyboard: Tab to a header button, Enter sorts, Enter again flips the direction. */
export const KeyboardSorting: Story = {
  play: async ({ canvas, canvasElement }) => {
    const button = canvas.getByRole('button', { name: /Yield ÷ cost/ });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const header = canvas.getByRole('columnheader', { name: /Yield ÷ cost/ });
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const byMultiple = [...owners].sort((a, b) => (b.yieldMultiple ?? -1) - (a.yieldMultiple ?? -1)).map((owner) => owner.owner);
    await expect(tableOrder(canvasElement)[0]).toBe(byMultiple[0]);
    await userEvent.keyboard('{Enter}');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(canvas.getByRole('columnheader', { name: /Bookings/ })).not.toHaveAttribute('aria-sort');
    // The bars follow the table's order.
    await expect(canvas.getAllByRole('img')[0]).toHaveAccessibleName(new RegExp(`^${tableOrder(canvasElement)[0]}:`));
  },
};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { data: noDealsRevOps.sales?.owners ?? [] } };

export const ErrorState: Story = { args: { error: 'The team list could not be loaded.' } };

/** No closed deal and no costs yet: win rate, cycle, yield and yield ÷ cost are not available (never NaN). */
export const NoCostsNoClosedDeals: Story = {
  args: { data: firstDealsRevOps.sales?.owners ?? [] },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: /^ana:/ })).toHaveAccessibleName(/Win rate not available, .*Yield ÷ cost not available$/);
  },
};

export const TableHidden: Story = { args: { defaultShowTable: false } };

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };

/** Tab into the reps' bars, then arrow keys; the tooltip lists the rep's figures. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const sorted = [...owners].sort((a, b) => b.bookings - a.bookings);
    const [top, second] = sorted;
    if (!top || !second) throw new Error('The sample team needs two reps');
    const start = await tabIntoChart(canvasElement);
    await expect(start).toHaveAccessibleName(new RegExp(`^${top.owner}:`));
    await expectTooltipFor(start, 'Yield ÷ cost');
    await pressAndExpectFocus('{ArrowDown}', new RegExp(`^${second.owner}:`));
  },
};
