import Papa from 'papaparse';
import type { ValidationIssue } from '@revkit/core';

/** One CSV file as read: its name (for messages) and its text. */
export interface CsvFile {
  /** The file name used in messages, e.g. `subscriptions.csv`. */
  name: string;
  /** The whole text of the file (a BOM, CRLF and `;` separators are fine). */
  text: string;
}

/** A parsed CSV table: the header, the data rows and the line each row starts on. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  /** 1-based line number where each row starts in the file (the header is line 1 unless blank lines precede it). */
  lines: number[];
  /** The field separator found (`,`, `;`, tab or `|`). */
  delimiter: string;
}

/**
 * Parses a CSV file with papaparse: quoted fields (with separators and line
 * breaks inside), a UTF-8 BOM, `,` `;` tab or `|` separators (detected) and
 * LF or CRLF line ends. Blank lines are skipped. Rows whose field count
 * differs from the header's are problems, all reported at once.
 *
 * @example
 * parseCsv({ name: 'a.csv', text: 'id;amount\r\n"s1";"49,90"\r\n' })
 * //=> { header: ['id', 'amount'], rows: [['s1', '49,90']], lines: [2], delimiter: ';' }
 * @throws never: problems come back as `file:line: message` issues
 */
export function parseCsv(file: CsvFile): CsvTable | ValidationIssue[] {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const rows: string[][] = [];
  const starts: number[] = [];
  const issues: ValidationIssue[] = [];
  let previousCursor = 0;
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    step(step) {
      // The cursor is the offset just after the row: the row started where the previous one ended.
      starts.push(previousCursor);
      previousCursor = step.meta.cursor;
      rows.push(step.data);
      for (const error of step.errors) issues.push({ path: `${file.name}:${rows.length}`, message: error.message });
    },
  });
  const lines = lineNumbers(text, starts);
  // papaparse numbers rows from 0 in its errors; name the file line instead.
  for (const issue of issues) {
    const rowIndex = Number(issue.path.slice(file.name.length + 1)) - 1;
    issue.path = `${file.name}:${lines[rowIndex] ?? rowIndex + 1}`;
    issue.message = `malformed CSV: ${issue.message}`;
  }
  const [header, ...data] = rows;
  if (header === undefined) return [{ path: file.name, message: 'is empty: a header row naming the columns is needed' }];
  const headerNames = header.map((name) => name.trim());
  for (const [i, row] of data.entries()) {
    if (row.length !== headerNames.length) {
      issues.push({
        path: `${file.name}:${lines[i + 1]}`,
        message: `has ${row.length} field${row.length === 1 ? '' : 's'}, the header has ${headerNames.length}`,
      });
    }
  }
  if (issues.length > 0) return issues;
  return { header: headerNames, rows: data, lines: lines.slice(1), delimiter: result.meta.delimiter };
}

/** The 1-based line of each offset (offsets ascending), counting LF, CRLF and lone CR line ends. */
function lineNumbers(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let line = 1;
  let position = 0;
  for (const offset of offsets) {
    for (; position < offset; position++) {
      const char = text.charCodeAt(position);
      if (char === 10 || (char === 13 && text.charCodeAt(position + 1) !== 10)) line++;
    }
    // A row starts after the previous row's line end, which the cursor may not have passed yet.
    let start = offset;
    while (start < text.length && /[\r\n \t]/.test(text.charAt(start))) {
      if (text[start] === '\n' || (text[start] === '\r' && text[start + 1] !== '\n')) line++;
      start++;
    }
    position = start;
    out.push(line);
  }
  return out;
}
