import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PipelineChart } from '@revkit/react';
import { expectTooltipFor, pressAndExpectFocus, tabIntoChart } from '../interactions';
import { at320px, inBrandTheme, inDarkTheme, inEnglish, inFrench, inLightTheme } from '../presets';
import { firstDealsRevOps, juneRevOps, noDealsRevOps, salesOf, sampleRevOps } from '../reports';

const sample = salesOf(sampleRevOps).forecast;
const june = salesOf(juneRevOps).forecast;
const first = salesOf(firstDealsRevOps).forecast;

/**
 * The pipeline open at the end of the report's range, stage by stage: the
 * amount, and the same weighted by the stage's win probability learned from
 * the deals closed by then. Feed it `revOps.sales.forecast.pipelineByStage`
 * and `asOf={revOps.to}`: the title says "as of end of" that month, never "now".
 */
const meta = {
  title: 'Components/PipelineChart',
  component: PipelineChart,
  args: { data: sample.pipelineByStage, asOf: sampleRevOps.to, openPipeline: sample.openPipeline, weightedPipeline: sample.weightedPipeline },
  argTypes: {
    data: { control: false, description: '`revOps.sales.forecast.pipelineByStage` from `buildRevOpsReport`' },
    openPipeline: { control: false },
    error: { control: 'text' },
    valueFormatter: { control: false },
  },
} satisfies Meta<typeof PipelineChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample dataset's pipeline at the end of October 2026. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('figure', { name: 'Open pipeline as of end of Oct 2026' });
    await expect(within(figure).getAllByRole('img')).toHaveLength(sample.pipelineByStage.length);
    await expect(figure).toHaveAccessibleDescription(new RegExp(`^${sample.openPipeline.openDeals} open deals worth`));
  },
};

/** The same data as it stood at the end of June 2026: the deals open then, the probabilities learned by then. */
export const AsOfEndOfJune: Story = {
  args: { data: june.pipelineByStage, asOf: juneRevOps.to, openPipeline: june.openPipeline, weightedPipeline: june.weightedPipeline },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('figure', { name: 'Open pipeline as of end of Jun 2026' })).toBeVisible();
  },
};

export const Loading: Story = { args: { loading: true } };

/** A company without deals: nothing open. */
export const Empty: Story = { args: { data: noDealsRevOps.sales?.forecast?.pipelineByStage ?? [], asOf: noDealsRevOps.to } };

export const ErrorState: Story = { args: { error: 'The CRM export timed out. Try again in a minute.' } };

/** No deal closed yet: no win probability, so no weighted amount (not available, never NaN); a deal without a stage. */
export const NoClosedDealYet: Story = {
  args: { data: first.pipelineByStage, asOf: firstDealsRevOps.to, openPipeline: first.openPipeline, weightedPipeline: first.weightedPipeline },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('img')[0]).toHaveAccessibleName(/Win probability not available, Weighted not available$/);
    await expect(canvas.getByRole('img', { name: /^\(no stage\):/ })).toBeVisible();
  },
};

export const French: Story = { ...inFrench };

export const English: Story = { ...inEnglish };

export const LightTheme: Story = { ...inLightTheme };

export const DarkTheme: Story = { ...inDarkTheme };

export const BrandTheme: Story = { ...inBrandTheme };

export const Narrow320px: Story = { ...at320px };

/** The data-table alternative, open from the start. */
export const WithDataTable: Story = {
  args: { defaultShowTable: true },
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Open pipeline as of end of Oct 2026' });
    await expect(within(table).getAllByRole('row')).toHaveLength(sample.pipelineByStage.length + 1);
    await userEvent.click(canvas.getByRole('button', { name: 'Hide data table' }));
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

/** Tab into the stages, then arrow keys, Home and End; the tooltip follows the focus. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement, canvas }) => {
    const [firstStage, secondStage] = sample.pipelineByStage;
    if (!firstStage || !secondStage) throw new Error('The sample pipeline needs two stages');
    const start = await tabIntoChart(canvasElement);
    await expect(start).toHaveAccessibleName(new RegExp(`^${firstStage.stage}:`));
    await expectTooltipFor(start, firstStage.stage);
    const next = await pressAndExpectFocus('{ArrowDown}', new RegExp(`^${secondStage.stage}:`));
    await expectTooltipFor(next, 'Weighted');
    await pressAndExpectFocus('{Home}', new RegExp(`^${firstStage.stage}:`));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).not.toBeInTheDocument();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Show data table' })).toHaveFocus();
  },
};
