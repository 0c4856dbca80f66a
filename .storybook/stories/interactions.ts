/**
 * Steps the play functions share: what a keyboard user does with a chart
 * and what they perceive (focus, accessible names, the tooltip).
 */
import { expect, userEvent, waitFor } from 'storybook/test';

/** The element that has the keyboard focus, as an `HTMLElement` or `SVGElement`. */
export function focused(): Element {
  const element = document.activeElement;
  if (!element) throw new Error('Nothing has the focus');
  return element;
}

/** Tabs from the top of the story until the focus lands on a data item (a bar, a stage, a cell). */
export async function tabIntoChart(canvasElement: HTMLElement, maxTabs = 12): Promise<Element> {
  // A chart draws its marks once it is measured, a frame after it mounts.
  await waitFor(() => expect(canvasElement.querySelector('[data-rk-cell]')).not.toBeNull());
  (document.activeElement as HTMLElement | null)?.blur();
  for (let tabs = 0; tabs < maxTabs; tabs += 1) {
    await userEvent.tab();
    const element = document.activeElement;
    if (element && canvasElement.contains(element) && element.hasAttribute('data-rk-cell')) return element;
  }
  throw new Error(`No data item took the focus within ${maxTabs} Tab presses`);
}

/** Presses `key` and checks the focus moved to an item whose accessible name matches `name`. */
export async function pressAndExpectFocus(key: string, name: RegExp | string): Promise<Element> {
  await userEvent.keyboard(key);
  const element = focused();
  await expect(element).toHaveAccessibleName(name);
  return element;
}

/** The focused item is described by a visible tooltip whose text matches `text`. */
export async function expectTooltipFor(element: Element, text: RegExp | string): Promise<void> {
  await waitFor(async () => {
    const tooltipId = element.getAttribute('aria-describedby');
    await expect(tooltipId).toBeTruthy();
    const tooltip = document.getElementById(tooltipId ?? '');
    await expect(tooltip).toHaveRole('tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toHaveTextContent(text);
  });
}

/**
 * The focused element is a grid cell whose row header and column header say
 * `row` and `column`: what a screen reader announces with the cell's figure.
 */
export async function expectFocusedCell(row: string, column: string): Promise<HTMLTableCellElement> {
  const cell = focused();
  await expect(cell).toHaveRole('gridcell');
  if (!(cell instanceof HTMLTableCellElement)) throw new Error('The focused grid cell is not a table cell');
  const rowHeader = cell.closest('tr')?.querySelector('th[scope="row"]');
  const columnHeader = cell.closest('table')?.querySelector('thead tr')?.children[cell.cellIndex];
  await expect(rowHeader).toHaveTextContent(row);
  await expect(columnHeader).toHaveTextContent(column);
  return cell;
}
