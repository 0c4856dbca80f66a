'use client';
import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent, type SyntheticEvent } from 'react';

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
  onClick: (event: { target: EventTarget | null }) => void;
  onPointerEnter: (event: { pointerType: string }) => void;
  onPointerLeave: (event: { pointerType: string }) => void;
}

const cellKey = (position: GridPosition) => `${position.row}:${position.col}`;

/** The grid position of the item an event happened in, read from its `data-rk-cell`. */
function positionFromKey(target: EventTarget | null): GridPosition | null {
  const cell = target instanceof Element ? target.closest('[data-rk-cell]') : null;
  const match = /^(\d+):(\d+)$/.exec(cell?.getAttribute('data-rk-cell') ?? '');
  return match ? { row: Number(match[1]), col: Number(match[2]) } : null;
}

/**
 * How a grid whose items are static HTML without `data-rk-cell` (the cohort
 * heatmap's 7 000+ cells) finds them: the item at a position, made
 * focusable, and the position of the item an event happened in, both read
 * from the DOM's own structure (row and cell indices).
 */
export interface RovingItemLocator {
  /** The item at `position` inside `container`, focusable (it may get a `tabindex`), or null. */
  item: (container: HTMLElement, position: GridPosition) => HTMLElement | null;
  /** The position of the item `target` is in, or null when it is not in an item. */
  position: (target: EventTarget | null) => GridPosition | null;
}

/** Keeps the current state object when the position did not change, so React skips the render. */
const sameOr = (next: GridPosition | null) => (current: GridPosition | null) =>
  current && next && current.row === next.row && current.col === next.col ? current : next;

/**
 * Roving tabindex over a ragged grid of data items (bars, stages, cohort
 * cells): one Tab stop for the whole chart, arrow keys move between items
 * (in a single row, up/down act as previous/next),
 * Home/End jump within a row (with Ctrl, to the first/last item), Escape
 * hides the details. `rowLengths[r]` is how many items row r holds.
 *
 * `active` is the item whose details (tooltip) show: set by focus, mouse
 * hover and the first tap on touch, which arrives as a click.
 */
export function useRovingGrid(
  rowLengths: readonly number[],
  options: {
    /**
     * Called when an item is chosen: clicked or tapped, or Enter or Space
     * on the focused item. `target` is the element the pointer chose, for
     * items made of parts (a month's stacked movements).
     */
    onSelect?: (position: GridPosition, target: Element | null) => void;
    /** For items that do not carry `data-rk-cell` (see {@link RovingItemLocator}); used by {@link delegatedProps} and the keyboard. */
    locate?: RovingItemLocator;
  } = {},
) {
  const { onSelect, locate } = options;
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [tabStop, setTabStop] = useState<GridPosition>({ row: 0, col: 0 });
  const [active, setActive] = useState<GridPosition | null>(null);

  const rows = rowLengths.length;
  const clampCol = useCallback((row: number, col: number) => Math.max(0, Math.min(col, (rowLengths[row] ?? 1) - 1)), [rowLengths]);
  // The data can shrink under a kept tab stop: never leave the chart without one.
  const safeStop: GridPosition =
    tabStop.row < rows && tabStop.col < (rowLengths[tabStop.row] ?? 0) ? tabStop : { row: 0, col: 0 };

  const moveTo = useCallback(
    (next: GridPosition) => {
      setTabStop(next);
      setActive(next);
      const container = containerRef.current;
      if (!container) return;
      const element = locate ? locate.item(container, next) : container.querySelector<HTMLElement | SVGElement>(`[data-rk-cell="${cellKey(next)}"]`);
      element?.focus();
    },
    [locate],
  );

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
        // A one-row chart may be drawn top to bottom (a funnel, a narrow
        // bridge): there, up and down step through the items too.
        case 'ArrowDown':
          if (rows === 1) next = { row, col: clampCol(row, col + 1) };
          else if (row + 1 < rows) next = { row: row + 1, col: clampCol(row + 1, col) };
          break;
        case 'ArrowUp':
          if (rows === 1) next = { row, col: clampCol(row, col - 1) };
          else if (row > 0) next = { row: row - 1, col: clampCol(row - 1, col) };
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
        case 'Enter':
        case ' ':
          if (!onSelect) return;
          event.preventDefault();
          onSelect(position, null);
          return;
        default:
          return;
      }
      event.preventDefault();
      if (next) moveTo(next);
    },
    [clampCol, moveTo, rows, onSelect],
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
      onClick: (event) => {
        setActive(position);
        onSelect?.(position, event.target instanceof Element ? event.target : null);
      },
      onPointerEnter: (event) => {
        if (event.pointerType === 'mouse') setActive(position);
      },
      onPointerLeave: (event) => {
        if (event.pointerType === 'mouse') setActive((current) => (current && cellKey(current) === cellKey(position) ? null : current));
      },
    };
  };

  /**
   * The same behaviour as {@link getItemProps}, as handlers for one element
   * around all items (event delegation): items then need only `tabIndex`
   * and `data-rk-cell`, or nothing at all with a `locate` option, so a big
   * grid can render its items as static HTML (7 000+ cohort cells).
   */
  const delegatedProps = useMemo(() => {
    const positionOf = locate?.position ?? positionFromKey;
    return {
      // An item without a tabindex would not take the focus from a press: give it one first, so
      // the press focuses it (and moves the tab stop) as a press on any other item does.
      onPointerDown: (event: PointerEvent) => {
        const container = containerRef.current;
        const position = locate && container ? locate.position(event.target) : null;
        if (locate && container && position) locate.item(container, position);
      },
      onKeyDown: (event: KeyboardEvent) => {
        const position = positionOf(event.target);
        if (position) onKeyDown(position, event);
      },
      onFocus: (event: FocusEvent) => {
        const position = positionOf(event.target);
        if (!position) return;
        setTabStop((current) => (current.row === position.row && current.col === position.col ? current : position));
        setActive(sameOr(position));
      },
      onClick: (event: SyntheticEvent) => {
        const position = positionOf(event.target);
        if (!position) return;
        setActive(sameOr(position));
        onSelect?.(position, event.target instanceof Element ? event.target : null);
      },
      onPointerOver: (event: PointerEvent) => {
        if (event.pointerType !== 'mouse') return;
        const position = positionOf(event.target);
        if (position) setActive(sameOr(position));
      },
      onPointerLeave: (event: PointerEvent) => {
        if (event.pointerType === 'mouse') setActive(null);
      },
    };
  }, [onKeyDown, onSelect, locate]);

  /** The column of row `row` that holds the tab stop, or -1. */
  const tabStopColumn = (row: number) => (safeStop.row === row ? safeStop.col : -1);

  /** Hides the details when focus leaves the chart for something outside it. */
  const onContainerBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) setActive(null);
  }, []);

  return { containerRef, active, tabStop: safeStop, setActive, getItemProps, delegatedProps, tabStopColumn, onContainerBlur };
}
