import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ThemeVariablesTable, themeVariables } from '../../docs/components/ThemeVariables';

/** The kit's CSS variables and their light and dark defaults, read from `@revkit/react/styles.css`. */
const meta = {
  title: 'Catalog/Theme variables',
  component: ThemeVariablesTable,
  tags: ['!autodocs'],
} satisfies Meta<typeof ThemeVariablesTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AllVariables: Story = {
  play: async ({ canvas }) => {
    const variables = themeVariables();
    await expect(variables.length).toBeGreaterThan(20);
    const table = canvas.getByRole('table', { name: `Theme variables of @revkit/react (${variables.length})` });
    const brand = within(table).getByRole('rowheader', { name: '--rk-brand' }).closest('tr');
    if (!brand) throw new Error('No --rk-brand row');
    const [light, dark] = within(brand).getAllByRole('cell');
    await expect(light).toHaveTextContent(/^#[0-9a-f]{6}$/i);
    await expect(dark).toHaveTextContent(/^#[0-9a-f]{6}$/i);
    await expect(light?.textContent).not.toBe(dark?.textContent);
  },
};
