import { useRevkit } from '../provider/RevkitProvider.js';

/** Props of {@link Legend}. */
export interface LegendProps {
  /** Each series as [swatch classes, text], in order. */
  items: readonly (readonly [swatch: string, text: string])[];
}

/**
 * A chart's legend: one swatch and text per series, the swatch's classes
 * giving its colour (`rk-pipeline-raw`, `rk-forecast-0 rk-forecast-swatch`…).
 */
export function Legend({ items }: LegendProps) {
  const { messages } = useRevkit();
  return (
    <ul className="rk-legend" aria-label={messages.legend}>
      {items.map(([swatch, text]) => (
        <li key={text}>
          <span className={`rk-swatch ${swatch}`} aria-hidden="true" />
          {text}
        </li>
      ))}
    </ul>
  );
}
