import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportBoundary } from './ReportBoundary.js';

function Report({ crash }: { crash: string | null }) {
  if (crash !== null) throw new Error(crash);
  return <p>figures</p>;
}

describe('ReportBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows one printable line instead of a blank page when the report throws, and tries again on new data', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <main>
        <p>controls</p>
        <ReportBoundary message="The report could not be drawn" resetKey={1}>
          <Report crash={'boom\n\u001b[2Jforged'} />
        </ReportBoundary>
      </main>,
    );
    expect(screen.getByRole('alert').textContent).toBe('The report could not be drawn: boom\\n\\u001b[2Jforged');
    expect(screen.getByText('controls')).toBeTruthy();
    rerender(
      <main>
        <p>controls</p>
        <ReportBoundary message="The report could not be drawn" resetKey={2}>
          <Report crash={null} />
        </ReportBoundary>
      </main>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('figures')).toBeTruthy();
  });
});
