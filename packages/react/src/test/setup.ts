import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import { SSR_DEFAULT_WIDTH } from '../charts/useElementWidth.js';

// A React warning (missing key, act(), hydration mismatch, invalid DOM
// nesting) fails the test that caused it.
// happy-dom lays nothing out and its ResizeObserver never reports, but a chart mounted on the
// client draws once it is measured: report every observed element at once, as a browser does for
// one on screen, at the kit's default width (what the tests' figures and positions assume).
// A test wanting another width stubs ResizeObserver itself (responsive.test.tsx).
class ReportingResizeObserver {
  constructor(private readonly callback: (entries: { contentRect: { width: number } }[]) => void) {}
  observe() {
    this.callback([{ contentRect: { width: SSR_DEFAULT_WIDTH } }]);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ReportingResizeObserver as unknown as typeof ResizeObserver;

let consoleError: MockInstance;
let consoleWarn: MockInstance;
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
  consoleWarn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  cleanup();
  expect(consoleError).not.toHaveBeenCalled();
  expect(consoleWarn).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});
