import stylesheet from '@revkit/react/styles.css?raw';

/** One CSS variable of the kit with its light and dark defaults. */
export interface ThemeVariable {
  name: string;
  light: string;
  dark: string | null;
}

/** The `--rk-*` declarations of the first rule whose selector matches `selector`. */
function declarationsOf(css: string, selector: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  const rule = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css);
  for (const match of rule?.[1]?.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g) ?? []) {
    if (match[1] && match[2]) found.set(match[1], match[2].trim());
  }
  return found;
}

/**
 * The kit's theme variables read from `@revkit/react/styles.css` itself:
 * the light defaults on `.rk`, the dark ones on `.rk[data-rk-theme='dark']`.
 */
export function themeVariables(css: string = stylesheet): ThemeVariable[] {
  const light = declarationsOf(css, /\.rk,\s*\.rk-kpi-grid/);
  const dark = declarationsOf(css, /\.rk\[data-rk-theme='dark'\]/);
  return [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name) ?? null }));
}

const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value);

function Value({ value }: { value: string | null }) {
  if (value === null) return <span>same as light</span>;
  return (
    <span className="sb-token">
      {isColour(value) ? <span className="sb-swatch" style={{ background: value }} aria-hidden="true" /> : null}
      <code>{value}</code>
    </span>
  );
}

/** A table of every `--rk-*` variable with its light and dark default. */
export function ThemeVariablesTable() {
  const variables = themeVariables();
  return (
    <table className="sb-token-table">
      <caption>Theme variables of @revkit/react ({variables.length})</caption>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Light</th>
          <th scope="col">Dark</th>
        </tr>
      </thead>
      <tbody>
        {variables.map((variable) => (
          <tr key={variable.name}>
            <th scope="row">
              <code>{variable.name}</code>
            </th>
            <td>
              <Value value={variable.light} />
            </td>
            <td>
              <Value value={variable.dark} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
