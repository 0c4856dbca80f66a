import { readFile } from 'node:fs/promises';
import { decodeText, parseJsonFile, SHOWN_PROBLEMS, summarizeIssues, type ValidationIssue } from '@revkit/core';

/** Where the CLI writes and reads; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input: its bytes (decoded here as strict UTF-8), or text already decoded. */
  readStdin(): Promise<Uint8Array | string>;
}

/** Exit status for bad input (dataset or options) and for bad usage. */
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * Writes the problems on stderr, one printable `path: message` line each:
 * repeats collapsed, the first {@link SHOWN_PROBLEMS} lines then how many
 * more (core's `summarizeIssues`); returns the bad-input status.
 */
export function fail(io: CliIo, issues: readonly ValidationIssue[]): number {
  io.stderr(summarizeIssues(issues, SHOWN_PROBLEMS).map((line) => `${line}\n`).join(''));
  return EXIT_BAD_INPUT;
}

/** A file path (or `-` for stdin) as bytes, or the problem naming it when it cannot be read. */
async function readBytes(file: string, io: CliIo): Promise<Uint8Array | string | ValidationIssue> {
  try {
    return file === '-' ? await io.readStdin() : await readFile(file);
  } catch (error) {
    return { path: file, message: `cannot read the file: ${(error as Error).message}` };
  }
}

/** The name a file goes by in messages: `-` is standard input. */
const sourceName = (file: string): string => (file === '-' ? 'standard input' : file);

/**
 * Reads a JSON file (or stdin with `-`) as strict UTF-8 (a BOM skipped),
 * or the one problem that stops it: unreadable, not UTF-8, malformed JSON
 * with its line and column.
 */
export async function readJsonInput(file: string, io: CliIo): Promise<{ json: unknown } | ValidationIssue> {
  const content = await readBytes(file, io);
  if (typeof content === 'object' && !(content instanceof Uint8Array)) return content;
  const parsed = parseJsonFile(content, sourceName(file));
  return parsed.ok ? { json: parsed.json } : parsed.issue;
}

/** Reads a text file (or stdin with `-`) as strict UTF-8 (a BOM skipped), or the problem that stops it. */
export async function readTextInput(file: string, io: CliIo): Promise<{ text: string } | ValidationIssue> {
  const content = await readBytes(file, io);
  if (typeof content === 'object' && !(content instanceof Uint8Array)) return content;
  const decoded = decodeText(content, sourceName(file));
  return decoded.ok ? { text: decoded.text } : decoded.issue;
}

/**
 * JSON for stdout: `JSON.stringify` already escapes C0 controls; the C1
 * controls, DEL and line separators that input strings may hold are
 * escaped too, so a report printed to a terminal cannot drive it.
 */
export function printableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** One `revkit` command: its usage text and what it runs on its own arguments. */
export interface CliCommand {
  /** The command's usage, printed by `--help` and after a usage error. */
  usage: string;
  /** Runs the command on the arguments after its name; returns the exit status. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
