import { printable } from '@revkit/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ReportBoundaryProps {
  /** Shown before the error's message when drawing the report fails. */
  message: string;
  /** A new value (another dataset or period) tries the report again. */
  resetKey: unknown;
  children: ReactNode;
}

interface ReportBoundaryState {
  /** The message of what failed, or `null` while the report draws. */
  error: string | null;
}

/**
 * Last resort around the report: if drawing it throws (a bug, not bad input,
 * which the loader refuses first), the dashboard keeps its header, data
 * source and controls and says so, instead of going blank. Another dataset
 * or period tries again.
 */
export class ReportBoundary extends Component<ReportBoundaryProps, ReportBoundaryState> {
  override state: ReportBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ReportBoundaryState {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override componentDidUpdate(previous: ReportBoundaryProps): void {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Left for the developer console; the page shows one printable line.
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <p className="problems" role="alert">
        {this.props.message}: {printable(error)}
      </p>
    );
  }
}
