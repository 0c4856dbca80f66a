/** One problem found in the input: where it is and what is wrong. */
export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `subscriptions[3].end`. */
  path: string;
  /** Plain-language message, e.g. `must be after start`. */
  message: string;
}

/**
 * Raised when a dataset or an option breaks the contract. It carries every
 * problem at once so a user can fix them in one pass; nothing was computed.
 *
 * @example
 * try {
 *   buildReport(dataset)
 * } catch (error) {
 *   if (error instanceof RevkitValidationError) {
 *     for (const issue of error.issues) console.error(`${issue.path}: ${issue.message}`)
 *   }
 * }
 * @throws never: constructing one does not throw; revkit throws it (see the `@throws` of each function)
 */
export class RevkitValidationError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(
      `Invalid input (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map(formatIssue).join('\n'),
    );
    this.name = 'RevkitValidationError';
    this.issues = issues;
  }
}

/**
 * Formats an issue as one line, `path: message`.
 *
 * @example
 * formatIssue({ path: 'subscriptions[3].end', message: 'must be after start' })
 * //=> 'subscriptions[3].end: must be after start'
 * @throws never
 */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path}: ${issue.message}`;
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
 * A short description of an unexpected value, for error messages.
 *
 * @example
 * describe(null) //=> 'null'
 * describe([1]) //=> 'an array'
 * @throws never
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
