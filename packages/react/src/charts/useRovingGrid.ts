'use client';
import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/** A cell position in a roving-focus grid; a one-dimensional chart is row 0. */
export interface GridPosition {
  row: number;
  col: number;
}

/** What a focusable data item spreads onto its element. */
export interface RovingItemProps {
  tabIndex: number;
  'data-rk-cell': string;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onClick: () => void;
  onPointerEnter: (event: { pointerType: string }) => void;
  onPointerLeave: (event: { pointerType: string }) => void;
}

const cellKey = (position: GridPosition) => `${position.row}:${position.col}`;

/**
 * Roving tabindex over a ragged grid of data items (bars, stages, cohort
 * cells): one Tab stop for the whole chart, arrow keys move between items,
 * Home/End jump within a row (with Ctrl, to the first/last item), Escape
 * hides the details. `rowLengths[r]` is how many items row r holds.
 *
 * `active` is the item whose details (tooltip) show: set by focus, mouse
 * hover and the first tap on touch, which arrives as a click.
 */
export function useRovingGrid(rowLengths: readonly number[]) {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [tabStop, setTabStop] = useState<GridPosition>({ row: 0, col: 0 });
  const [active, setActive] = useState<GridPosition | null>(null);

  const rows = rowLengths.length;
  const clampCol = useCallback((row: number, col: number) => Math.max(0, Math.min(col, (rowLengths[row] ?? 1) - 1)), [rowLengths]);
  // The data can shrink under a kept tab stop: never leave the chart without one.
  const safeStop: GridPosition =
    tabStop.row < rows && tabStop.col < (rowLengths[tabStop.row] ?? 0) ? tabStop : { row: 0, col: 0 };

  const moveTo = useCallback((next: GridPosition) => {
    setTabStop(next);
    setActive(next);
    const element = containerRef.current?.querySelector<HTMLElement | SVGElement>(`[data-rk-cell="${cellKey(next)}"]`);
    element?.focus();
  }, []);

  const onKeyDown = useCallback(
    (position: GridPosition, event: KeyboardEvent) => {
      const { row, col } = position;
      let next: GridPosition | null = null;
      switch (event.key) {
        case 'ArrowRight':
          next = { row, col: clampCol(row, col + 1) };
          break;
        case 'ArrowLeft':
          next = { row, col: clampCol(row, col - 1) };
          break;
        case 'ArrowDown':
          if (row + 1 < rows) next = { row: row + 1, col: clampCol(row + 1, col) };
          break;
        case 'ArrowUp':
          if (row > 0) next = { row: row - 1, col: clampCol(row - 1, col) };
          break;
        case 'Home':
          next = event.ctrlKey ? { row: 0, col: 0 } : { row, col: 0 };
          break;
        case 'End':
          next = event.ctrlKey
            ? { row: rows - 1, col: clampCol(rows - 1, Number.MAX_SAFE_INTEGER) }
            : { row, col: clampCol(row, Number.MAX_SAFE_INTEGER) };
          break;
        case 'Escape':
          setActive(null);
          event.preventDefault();
          return;
        default:
          return;
      }
      event.preventDefault();
      if (next) moveTo(next);
    },
    [clampCol, moveTo, rows],
  );

  const getItemProps = (row: number, col: number): RovingItemProps => {
    const position = { row, col };
    return {
      tabIndex: safeStop.row === row && safeStop.col === col ? 0 : -1,
      'data-rk-cell': cellKey(position),
      onKeyDown: (event) => onKeyDown(position, event),
      onFocus: () => {
        setTabStop(position);
        setActive(position);
      },
      onClick: () => setActive(position),
      onPointerEnter: (event) => {
        if (event.pointerType === 'mouse') setActive(position);
      },
      onPointerLeave: (event) => {
        if (event.pointerType === 'mouse') setActive((current) => (current && cellKey(current) === cellKey(position) ? null : current));
      },
    };
  };

  /** Hides the details when focus leaves the chart for something outside it. */
  const onContainerBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) setActive(null);
  }, []);

  return { containerRef, active, setActive, getItemProps, onContainerBlur };
}
