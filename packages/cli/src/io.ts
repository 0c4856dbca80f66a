import { open, readFile, stat } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { JsonStreamReader } from './jsonStream.js';
import { Buffer, isAscii } from 'node:buffer';
import { decodeText, invalidUtf8Offset, printable, SHOWN_PROBLEMS, summarizeIssues, type ValidationIssue } from '@revkit/core';

/** Where the CLI writes and reads; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input: its bytes (decoded here as strict UTF-8), or text already decoded. */
  readStdin(): Promise<Uint8Array | string>;
  /** Standard input as a stream of byte chunks, read piece by piece (the binary's); `readStdin` is used without it. */
  stdinChunks?(): AsyncIterable<Uint8Array>;
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

/** How `readJsonInput` bounds its memory, and what it tells the user past the bound. */
export interface JsonInputOptions {
  /** The memory budget in bytes: past it (the file's size, or the heap while parsing), reading stops. */
  maxMemory: number;
  /** What to do instead, ending the one line printed past the budget. */
  advice: string;
}

/**
 * The default memory budget: 60 % of the V8 heap limit (sized by Node from
 * the machine's memory, or by `--max-old-space-size`), leaving the rest to
 * validation and the report.
 */
export function defaultMaxMemory(): number {
  return Math.floor(getHeapStatistics().heap_size_limit * 0.6);
}

/**
 * Reads `--max-memory MiB` (a positive whole number), or says why it cannot.
 *
 * @returns the budget in bytes, or the usage message
 */
export function parseMaxMemory(value: string): number | string {
  if (!/^[1-9]\d{0,8}$/.test(value)) return `--max-memory: must be a whole number of MiB such as 2048, got "${printable(value)}"`;
  return Number(value) * 1024 * 1024;
}

/** `--max-memory` in a command's usage. */
export const MAX_MEMORY_USAGE = `--max-memory MiB  the memory budget to read FILE in (default: 60 % of Node's heap limit,
                    here ${Math.round(defaultMaxMemory() / 1024 / 1024)} MiB); past it, one line says the file is too large`;

/** The bytes read between two checks of the heap against the budget. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * The bytes made into one piece of text for the JSON reader: small enough
 * that the strings (and the batches parsed from them) are young-generation
 * objects, recycled in place, instead of fresh pages of the large-object space.
 */
const PIECE_BYTES = 64 * 1024;

const mib = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MiB`;

/**
 * Reads a JSON file (or stdin with `-`) as a stream: strict UTF-8 (a BOM
 * skipped, an invalid byte named by its offset), parsed piece by piece by
 * {@link JsonStreamReader} (records in batches through `JSON.parse`), never
 * held as one string; or the one problem that stops it: unreadable, not
 * UTF-8, malformed JSON with its line and column, or too large for the memory
 * budget (a line saying what to do instead).
 */
export async function readJsonInput(file: string, io: CliIo, options: JsonInputOptions = { maxMemory: defaultMaxMemory(), advice: 'split it' }): Promise<{ json: unknown } | ValidationIssue> {
  const source = sourceName(file);
  const tooLarge = (what: string): ValidationIssue => ({
    path: file,
    message: `is too large to read in memory (${what}, over the ${mib(options.maxMemory)} budget of --max-memory): ${options.advice}`,
  });
  let chunks: AsyncIterable<Uint8Array | string>;
  if (file === '-') {
    if (io.stdinChunks) chunks = io.stdinChunks();
    else {
      const content = await readBytes(file, io);
      if (typeof content === 'object' && !(content instanceof Uint8Array)) return content;
      chunks = (async function* () {
        yield content;
      })();
    }
  } else {
    try {
      const size = (await stat(file)).size;
      if (size > options.maxMemory) return tooLarge(`${mib(size)}`);
    } catch (error) {
      return { path: file, message: `cannot read the file: ${(error as Error).message}` };
    }
    chunks = fileChunks(file);
  }

  // ignoreBOM: the byte order mark is dropped here, at the start of the input only.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const reader = new JsonStreamReader(source);
  let bytesBefore = 0;
  let pending: Uint8Array = new Uint8Array(0);
  let first = true;
  const feed = (text: string): void => {
    if (first && text !== '') {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    reader.write(text);
  };
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') feed(chunk);
      else {
        for (let at = 0; at < chunk.length && !reader.failed; at += PIECE_BYTES) {
          const piece = chunk.subarray(at, at + PIECE_BYTES);
          let text: string;
          if (pending.length === 0 && isAscii(piece)) {
            // Most datasets are ASCII: such bytes are their own text, without the decoder's checks.
            text = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('latin1');
          } else {
            try {
              text = decoder.decode(piece, { stream: true });
            } catch {
              return notUtf8(source, pending, piece, bytesBefore);
            }
            pending = incompleteTail(piece, pending);
          }
          bytesBefore += piece.length;
          feed(text);
        }
      }
      if (reader.failed) return reader.failed;
      if (getHeapStatistics().used_heap_size > options.maxMemory) return tooLarge(`${mib(bytesBefore)} read so far`);
    }
    try {
      feed(decoder.decode());
    } catch {
      return notUtf8(source, pending, new Uint8Array(0), bytesBefore);
    }
  } catch (error) {
    return { path: file, message: `cannot read the file: ${(error as Error).message}` };
  }
  return reader.end();
}

/**
 * A file's bytes, read {@link CHUNK_BYTES} at a time into one buffer: each
 * chunk is valid only until the next is asked for (the reader makes it text
 * first). Reusing the buffer saves the page faults of a fresh one per read:
 * a read stream cost about six times the CPU time on the 485 MiB bench file.
 */
async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** The bytes at the end of `chunk` (after `pending`) that start a UTF-8 sequence not yet complete. */
function incompleteTail(chunk: Uint8Array, pending: Uint8Array): Uint8Array {
  const bytes = chunk.length >= 4 ? chunk.subarray(chunk.length - 4) : concat(pending, chunk).subarray(-4);
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
    const byte = bytes[i] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    // A copy, never a view: a Buffer's slice shares its memory, and the file's read buffer is reused.
    return bytes.length - i < length ? Uint8Array.from(bytes.subarray(i)) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** The problem of the first invalid byte, found in the bytes the decoder refused (its pending sequence, then the chunk). */
function notUtf8(source: string, pending: Uint8Array, chunk: Uint8Array, bytesBefore: number): ValidationIssue {
  const bytes = concat(pending, chunk);
  const at = Math.max(0, invalidUtf8Offset(bytes));
  const byte = bytes[at] ?? 0;
  return {
    path: '$',
    message: `${printable(source)} is not UTF-8 text: invalid byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${bytesBefore - pending.length + at}`,
  };
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
