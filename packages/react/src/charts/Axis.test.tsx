import { render } from '@testing-library/react';
import { scaleBand, scaleLinear } from '@visx/scale';
import { describe, expect, test } from 'vitest';
import { MonthAxes, valueTickCount } from './Axis.js';

const months = Array.from({ length: 60 }, (_, index) => `${2021 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);

function labelsOf(container: HTMLElement, axis: 'left' | 'bottom'): string[] {
  return [...container.querySelectorAll(`.rk-axis-${axis} text`)].map((text) => text.textContent ?? '');
}

describe('MonthAxes', () => {
  test('five years of months on a narrow chart show only the labels that fit, formatted', () => {
    const { container } = render(
      <svg>
        <MonthAxes
          valueScale={scaleLinear<number>({ domain: [0, 1000], range: [200, 0] })}
          monthScale={scaleBand<string>({ domain: months, range: [0, 320] })}
          innerWidth={320}
          innerHeight={200}
          formatValue={(value) => `$${value}`}
          formatMonth={(month) => `month ${month}`}
        />
      </svg>,
    );
    const monthLabels = labelsOf(container, 'bottom');
    expect(monthLabels.length).toBeLessThanOrEqual(5);
    expect(monthLabels[0]).toBe('month 2021-01');
    expect(labelsOf(container, 'left')).toContain('$1000');
  });

  test('a very short chart still shows at least two value ticks', () => {
    expect(valueTickCount(30)).toBe(2);
    expect(valueTickCount(480)).toBe(10);
    expect(valueTickCount(400, 80)).toBe(5);
  });
});
