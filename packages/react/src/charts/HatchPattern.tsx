/** Props of {@link HatchPattern}. */
export interface HatchPatternProps {
  /** The pattern's id, unique in the page (`useId()`); bars fill with `url(#id)`. */
  id: string;
}

/**
 * The diagonal hatching that marks losses on top of their colour, so a loss
 * never reads by colour alone (WCAG 1.4.1). Goes in the chart's `<defs>`.
 */
export function HatchPattern({ id }: HatchPatternProps) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="6" className="rk-hatch-line" />
    </pattern>
  );
}
