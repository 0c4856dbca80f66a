import { collapseIssues, type ValidationIssue } from '@revkit/core';
import type { AppStrings } from '../i18n/strings.js';

/** How many lines of problems the list shows; the rest are counted. */
export const SHOWN_PROBLEM_LINES = 200;

export interface ProblemListProps {
  strings: AppStrings;
  issues: readonly ValidationIssue[];
}

/**
 * A file's problems as the core summarizes them: problems of the whole file
 * first, identical problems of many records on one line with the range and
 * the count, paths and messages printable, the first 200 lines then how many
 * more (so 130 000 problems stay one short, responsive list).
 */
export function ProblemList({ strings, issues }: ProblemListProps) {
  const { shown, more } = collapseIssues(issues, SHOWN_PROBLEM_LINES);
  return (
    <ul className="problem-list">
      {shown.map((issue, index) => (
        <li key={`${index}:${issue.path}`}>
          <code className="problem-path">{issue.path}</code> <span className="problem-message">{issue.message}</span>
          {issue.count > 1 ? <span className="problem-count"> {strings.repeated(issue.count)}</span> : null}
        </li>
      ))}
      {more > 0 ? <li className="problem-more">{strings.moreProblems(more)}</li> : null}
    </ul>
  );
}
