/** One problem found in the input: where it is and what is wrong. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `subscriptions[3].end`. */
  path: string;
  /** Plain-language message, e.g. `must be after start`. */
  message: string;
}

/** How many characters of an input string a message shows before `…`. */
export const PRINTABLE_LENGTH = 80;

/** How many problems an error's own message (and a summary by default) lists before `… and N more problems`. */
export const SHOWN_PROBLEMS = 200;

// C0 and C1 controls, DEL, line/paragraph separators, bidi and zero-width format
// characters, lone surrogates: anything a terminal or a page could act on or hide.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]/;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A string from the input made safe to print on one line: control and
 * invisible characters escaped (`\n`, `\u001b`…), and cut with `…` once the
 * printed text would pass `max` characters (escapes count as printed).
 * Every input string revkit prints (paths built from keys, values, parser
 * snippets, table cells, the dashboard's problem list) goes through it.
 *
 * @example
 * printable('a\nb\u001b[31m') //=> 'a\\nb\\u001b[31m'
 * printable('x'.repeat(100)).length //=> 81 (80 characters and …)
 * @throws {TypeError} when an argument has the wrong structure (`printable: <argument> must be …`)
 */
export function printable(text: string, max: number = PRINTABLE_LENGTH): string {
  if (typeof text !== 'string') throw new TypeError(`printable: text must be a string, got ${describeValue(text)}`);
  if (text.length <= max && !UNPRINTABLE.test(text)) return text;
  // Character by character up to `max`: a 10 MB value costs 80 steps.
  let out = '';
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const char = text.slice(i, pair ? i + 2 : i + 1);
    const piece = !pair && UNPRINTABLE.test(char) ? (SHORT_ESCAPES[char] ?? `\\u${code.toString(16).padStart(4, '0')}`) : char;
    if (out.length + piece.length > max) return `${out}…`;
    out += piece;
    i += char.length;
  }
  return out;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The path of `key` inside `parent`, for keys that come from the input: a
 * plain name reads `parent.key`, anything else `parent["…"]`, printable (an
 * empty key, spaces, a newline or `: ` cannot make a line look like another).
 *
 * @example
 * keyPath('fxRates', 'USD') //=> 'fxRates.USD'
 * keyPath('fxRates', 'a\nb: c') //=> 'fxRates["a\\nb: c"]'
 * keyPath('', ' x') //=> '$[" x"]'
 * @throws never
 */
export function keyPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent === '' ? '$' : parent}["${printable(key)}"]`;
}

/**
 * Raised when a dataset or an option breaks the contract. It carries every
 * problem at once so a user can fix them in one pass; nothing was computed.
 * Its `message` is the summary of {@link summarizeIssues} (repeats collapsed,
 * at most {@link SHOWN_PROBLEMS} lines); `issues` has every problem.
 *
 * @example
 * try {
 *   buildReport(dataset)
 * } catch (error) {
 *   if (error instanceof RevkitValidationError) {
 *     for (const line of summarizeIssues(error.issues)) console.error(line)
 *   }
 * }
 * @throws never: constructing one does not throw; revkit throws it (see the `@throws` of each function)
 */
export class RevkitValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(`Invalid input (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${summarizeIssues(issues).join('\n')}`);
    this.name = 'RevkitValidationError';
    this.issues = issues;
  }
}

/**
 * Formats an issue as one printable line, `path: message`: whatever the
 * input held, the line has no control character and a bounded length.
 *
 * @example
 * formatIssue({ path: 'subscriptions[3].end', message: 'must be after start' })
 * //=> 'subscriptions[3].end: must be after start'
 * @throws {TypeError} when an argument has the wrong structure (`formatIssue: <argument> must be …`)
 */
export function formatIssue(issue: ValidationIssue): string {
  checkedIssue(issue, 'formatIssue', 'issue');
  return `${printable(issue.path, 2 * PRINTABLE_LENGTH)}: ${printable(issue.message, 4 * PRINTABLE_LENGTH)}`;
}

/** A record's path: `subscriptions[12].currency` (section, index, rest), or a CSV row's `subs.csv:14 currency` (file, line, rest). */
const INDEXED_PATH = /^([A-Za-z]+)\[(\d+)\](.*)$/s;
const CSV_ROW_PATH = /^(.+\.[ct]sv):(\d+)(\s.*)?$/is;

/** One line of a problem summary: a problem, or identical problems of several records collapsed. */
export interface CollapsedIssue {
  /** Printable path; `subscriptions[0..625].currency` when collapsed. */
  path: string;
  /** Printable message. */
  message: string;
  /** How many problems the line stands for (1 when not collapsed). */
  count: number;
}

/** The lines of a problem summary and how many problems were left out after them. */
export interface IssueSummary {
  shown: CollapsedIssue[];
  /** Problems not shown (each collapsed line counts all its problems). */
  more: number;
}

const RECORD_BRACKETS = ['[', ']'] as const;
/** Where a message's rule ends and the echoed value starts (see {@link describeValue}). */
const GOT = ', got ';
const CSV_BRACKETS = [':', ''] as const;

/**
 * The problems summarized for a person: problems of the whole input (paths
 * without a record index, such as `currency`) first, since they often cause
 * the rest; problems of one rule at one field of records of one section (or
 * rows of one CSV file, `subs.csv:2..627 currency`) collapsed into one line
 * with the range of indexes and the count, whatever value each echoed (the
 * line then shows the first as an example: `…, e.g. "2024-13-01"`); the
 * first `limit` lines and
 * the number of problems left out. Paths and messages are printable. Linear
 * in the number of problems; no recursion, no spread.
 *
 * @example
 * collapseIssues([
 *   { path: 'subscriptions[0].currency', message: 'has no rate in fxRates for USD' },
 *   { path: 'subscriptions[1].currency', message: 'has no rate in fxRates for USD' },
 * ]) //=> { shown: [{ path: 'subscriptions[0..1].currency', message: 'has no rate in fxRates for USD', count: 2 }], more: 0 }
 * @throws {TypeError} when an argument has the wrong structure (`collapseIssues: <argument> must be …`)
 */
export function collapseIssues(issues: readonly ValidationIssue[], limit: number = SHOWN_PROBLEMS): IssueSummary {
  return collapsed(issues, limit, 'collapseIssues');
}

/** A validation issue as the functions of this module read it: a path and a message, both text. */
function checkedIssue(issue: ValidationIssue, caller: string, path: string): void {
  if (typeof issue !== 'object' || issue === null || typeof issue.path !== 'string' || typeof issue.message !== 'string') {
    throw new TypeError(`${caller}: ${path} must be an issue ({ path, message }, both text), got ${describeValue(issue)}`);
  }
}

function collapsed(issues: readonly ValidationIssue[], limit: number, caller: string): IssueSummary {
  if (!Array.isArray(issues)) throw new TypeError(`${caller}: issues must be an array, got ${describeValue(issues)}`);
  issues.forEach((issue, index) => checkedIssue(issue, caller, `issues[${index}]`));
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`${caller}: limit must be an integer ≥ 0, got ${describeValue(limit)}`);
  interface Group {
    head: string;
    tail: string;
    /** `[` and `]` around a record index, `:` and nothing before a CSV line. */
    brackets: readonly [string, string];
    message: string;
    /** The rule part of the message (before `, got …`), and whether members echoed different values. */
    rule: string;
    varied: boolean;
    first: number;
    last: number;
    count: number;
  }
  const whole: (Group | ValidationIssue)[] = [];
  const groups = new Map<string, Group>();
  const order: (Group | ValidationIssue)[] = [];
  for (const issue of issues) {
    const record = INDEXED_PATH.exec(issue.path);
    const match = record ?? CSV_ROW_PATH.exec(issue.path);
    if (!match) {
      whole.push(issue);
      continue;
    }
    const [, head = '', digits = '', tail = ''] = match;
    const index = Number(digits);
    // One line per rule: `must be an ISO date string, got "…"` collapses whatever value each record echoed.
    const got = issue.message.indexOf(GOT);
    const rule = got < 0 ? issue.message : issue.message.slice(0, got);
    const key = `${record ? '[' : ':'}${head}\u0000${tail}\u0000${rule}`;
    const group = groups.get(key);
    if (group === undefined) {
      const brackets = record ? RECORD_BRACKETS : CSV_BRACKETS;
      const created: Group = { head, tail, brackets, message: issue.message, rule, varied: false, first: index, last: index, count: 1 };
      groups.set(key, created);
      order.push(created);
    } else {
      group.count += 1;
      if (!group.varied && issue.message !== group.message) group.varied = true;
      if (index < group.first) group.first = index;
      if (index > group.last) group.last = index;
    }
  }
  // Problems of the whole input first, then the records' in input order (no spread: there may be 10⁵ of them).
  const entries = whole;
  for (const entry of order) entries.push(entry);
  const room = Math.max(0, Math.min(limit, entries.length));
  const shown: CollapsedIssue[] = [];
  for (const entry of entries.slice(0, room)) {
    const path =
      'path' in entry
        ? entry.path
        : `${entry.head}${entry.brackets[0]}${entry.count === 1 ? entry.first : `${entry.first}..${entry.last}`}${entry.brackets[1]}${entry.tail}`;
    // Members that echoed different values: the rule, and the first value as an example.
    const message = 'path' in entry || !entry.varied ? entry.message : `${entry.rule}, e.g. ${entry.message.slice(entry.rule.length + GOT.length)}`;
    shown.push({ path: printable(path, 2 * PRINTABLE_LENGTH), message: printable(message, 4 * PRINTABLE_LENGTH), count: 'path' in entry ? 1 : entry.count });
  }
  let more = 0;
  for (let i = room; i < entries.length; i++) {
    const entry = entries[i];
    more += entry === undefined || 'path' in entry ? 1 : entry.count;
  }
  return { shown, more };
}

/**
 * The problems as printable `path: message` lines for a person (see
 * {@link collapseIssues}): `subscriptions[0..625].currency: has no rate in
 * fxRates for USD (626 times)`, the first `limit` lines, then
 * `… and 129 800 more problems`.
 *
 * @example
 * summarizeIssues([
 *   { path: 'subscriptions[0].currency', message: 'has no rate in fxRates for USD' },
 *   { path: 'subscriptions[1].currency', message: 'has no rate in fxRates for USD' },
 * ]) //=> ['subscriptions[0..1].currency: has no rate in fxRates for USD (2 times)']
 * @throws {TypeError} when an argument has the wrong structure (`summarizeIssues: <argument> must be …`)
 */
export function summarizeIssues(issues: readonly ValidationIssue[], limit: number = SHOWN_PROBLEMS): string[] {
  const { shown, more } = collapsed(issues, limit, 'summarizeIssues');
  const lines = shown.map((line) => `${line.path}: ${line.message}${line.count > 1 ? ` (${line.count} times)` : ''}`);
  if (more > 0) lines.push(`… and ${formatCount(more)} more problem${more === 1 ? '' : 's'}`);
  return lines;
}

/** 129800 → `129 800`: digits grouped by three with a space, the same in every locale. */
function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * Tells whether a value is a {@link RevkitValidationError}, also across
 * bundle copies of the package.
 *
 * @example
 * isRevkitValidationError(new RevkitValidationError([])) //=> true
 * @throws never
 */
export function isRevkitValidationError(value: unknown): value is RevkitValidationError {
  return (
    value instanceof RevkitValidationError ||
    (value instanceof Error && value.name === 'RevkitValidationError' && Array.isArray((value as { issues?: unknown }).issues))
  );
}

/**
 * A short, printable description of an unexpected value, for error messages:
 * a string is quoted, escaped and cut (see {@link printable}).
 *
 * @example
 * describeValue(null) //=> 'null'
 * describeValue([1]) //=> 'an array'
 * describeValue('a\nb') //=> '"a\\nb"'
 * @throws never
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${printable(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${printable(String(value))}`;
}
