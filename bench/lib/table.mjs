// Plain-text tables for bench output.

/** Prints rows (arrays of cells) under a header, columns padded; numbers right-aligned. */
export function printTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const numeric = header.map((_, c) => rows.every((row) => typeof row[c] === 'number' || /^[\d.,\s×%-]+$/.test(String(row[c]))));
  const line = (row) => row.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Milliseconds with a readable unit. */
export function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
