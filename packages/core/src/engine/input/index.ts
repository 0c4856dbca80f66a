import { printable, type ValidationIssue } from '../errors/index.js';
import { wrongArgument } from '../../_lib/arguments/index.js';

// The WHATWG decoder every runtime revkit supports has (browsers, Node, edge); core compiles without DOM or Node types.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean }) => { decode(input: Uint8Array): string };

/**
 * The outcome of reading a dataset file: its JSON value, or the one problem
 * that stops it being read (at path `$`).
 */
export type ParsedJsonFile = { ok: true; json: unknown } | { ok: false; issue: ValidationIssue };

/**
 * Reads a file's content as JSON the way every revkit front end does (the
 * CLI, the dashboard): bytes are decoded as strict UTF-8 (an invalid byte is
 * a problem naming its offset, never a silent U+FFFD that could merge two
 * ids), a leading byte order mark is skipped, and malformed JSON is one
 * problem naming the file, the line and the column.
 *
 * @param content the file's bytes, or its text when already decoded
 * @param source the file's name as the user gave it, shown in messages
 * @example
 * parseJsonFile(new TextEncoder().encode('\uFEFF{"currency":"EUR"}'), 'data.json') //=> { ok: true, json: { currency: 'EUR' } }
 * parseJsonFile('{"currency": "EUR",\n}', 'data.json')
 * //=> { ok: false, issue: { path: '$', message: 'malformed JSON in data.json at line 2, column 1: expected a property name in double quotes, got "}"' } }
 * parseJsonFile(new Uint8Array([0x7b, 0xff]), 'data.json')
 * //=> { ok: false, issue: { path: '$', message: 'data.json is not UTF-8 text: invalid byte 0xff at byte offset 1' } }
 * @throws {TypeError} when an argument has the wrong structure (`parseJsonFile: <argument> must be …`)
 */
export function parseJsonFile(content: Uint8Array | string, source: string): ParsedJsonFile {
  const decoded = decodedText(content, source, 'parseJsonFile');
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    const { offset, problem } = jsonProblemAt(text);
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, issue: { path: '$', message: `malformed JSON in ${printable(source)} at line ${line}, column ${column}: ${problem}` } };
  }
}

/**
 * A file's bytes as text: strict UTF-8 (an invalid byte is a problem at `$`
 * naming its offset), a leading byte order mark skipped. Text already
 * decoded only loses its byte order mark.
 *
 * @param source the file's name as the user gave it, shown in messages
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'a.csv') //=> { ok: true, text: 'a' }
 * decodeText(new Uint8Array([0x61, 0xff]), 'a.csv')
 * //=> { ok: false, issue: { path: '$', message: 'a.csv is not UTF-8 text: invalid byte 0xff at byte offset 1' } }
 * @throws {TypeError} when an argument has the wrong structure (`decodeText: <argument> must be …`)
 */
export function decodeText(content: Uint8Array | string, source: string): { ok: true; text: string } | { ok: false; issue: ValidationIssue } {
  return decodedText(content, source, 'decodeText');
}

function decodedText(content: Uint8Array | string, source: string, caller: string): { ok: true; text: string } | { ok: false; issue: ValidationIssue } {
  if (typeof content !== 'string' && !(content instanceof Uint8Array)) wrongArgument(caller, 'content', 'text or bytes (a Uint8Array)', content);
  if (typeof source !== 'string') wrongArgument(caller, 'source', 'a file name', source);
  if (typeof content === 'string') return { ok: true, text: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content };
  try {
    // fatal: invalid bytes throw instead of becoming U+FFFD; the BOM is dropped by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(content) };
  } catch {
    const offset = invalidUtf8Offset(content);
    const byte = content[offset] ?? 0;
    return {
      ok: false,
      issue: { path: '$', message: `${printable(source)} is not UTF-8 text: invalid byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${offset}` },
    };
  }
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence (−1
 * when there is none): overlong forms, surrogates and code points above
 * U+10FFFF are invalid, as in `TextDecoder`'s fatal mode.
 *
 * @example
 * invalidUtf8Offset(new Uint8Array([0x61, 0xc3, 0xa9, 0xff])) //=> 3
 * @throws {TypeError} when an argument has the wrong structure (`invalidUtf8Offset: <argument> must be …`)
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  if (!(bytes instanceof Uint8Array)) wrongArgument('invalidUtf8Offset', 'bytes', 'a Uint8Array', bytes);
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0; // no overlong forms
      if (lead === 0xed) high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

type Expect = 'value' | 'value or ]' | 'key or }' | 'key' | 'colon' | 'after';

/**
 * Where text that `JSON.parse` refused goes wrong, and how: a small
 * iterative scanner (no recursion, so nesting depth costs nothing), run only
 * after a failure.
 */
function jsonProblemAt(text: string): { offset: number; problem: string } {
  const n = text.length;
  const containers: ('{' | '[')[] = [];
  let state: Expect = 'value';
  let i = 0;
  const got = (at: number): string => (at >= n ? 'the end of the input' : `"${printable(text.slice(at, at + 1))}"`);
  const fail = (at: number, expected: string) => ({ offset: at, problem: `expected ${expected}, got ${got(at)}` });
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n && state === 'after' && containers.length === 0) return { offset: n, problem: 'cannot be read' };
    const c = text[i];
    switch (state) {
      case 'value':
      case 'value or ]': {
        if (state === 'value or ]' && c === ']') {
          containers.pop();
          i++;
          state = 'after';
        } else if (c === '{' || c === '[') {
          containers.push(c);
          i++;
          state = c === '{' ? 'key or }' : 'value or ]';
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          state = 'after';
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          state = 'after';
        } else if (text.startsWith('false', i)) {
          i += 5;
          state = 'after';
        } else {
          NUMBER.lastIndex = i;
          if (c === undefined || !NUMBER.test(text)) return fail(i, state === 'value' ? 'a value' : "a value or ']'");
          i = NUMBER.lastIndex;
          state = 'after';
        }
        break;
      }
      case 'key or }':
      case 'key': {
        if (state === 'key or }' && c === '}') {
          containers.pop();
          i++;
          state = 'after';
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          state = 'colon';
        } else return fail(i, 'a property name in double quotes');
        break;
      }
      case 'colon': {
        if (c !== ':') return fail(i, "':' after a property name");
        i++;
        state = 'value';
        break;
      }
      case 'after': {
        const top = containers[containers.length - 1];
        if (top === undefined) return fail(i, 'the end of the input after the JSON value');
        const close = top === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          state = top === '{' ? 'key' : 'value';
        } else if (c === close) {
          containers.pop();
          i++;
        } else return fail(i, `',' or '${close}'`);
        break;
      }
    }
  }
}

/** The offset just after the string starting at `start` (a `"`), or where and why it is broken. */
function stringEnd(text: string, start: number): number | { offset: number; problem: string } {
  for (let j = start + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 34) return j + 1;
    if (code < 0x20) return { offset: j, problem: `a string cannot hold the control character ${printable(text.charAt(j))}: escape it` };
    if (code === 92) {
      const next = text[j + 1];
      if (next === 'u') {
        if (!HEX4.test(text.slice(j + 2, j + 6))) return { offset: j, problem: 'invalid \\u escape in a string' };
        j += 5;
      } else if (next !== undefined && ESCAPES.has(next)) j++;
      else return { offset: j, problem: `invalid escape in a string: \\${next === undefined ? '' : printable(next)}` };
    }
  }
  return { offset: text.length, problem: 'unterminated string' };
}

/** 1-based line and column (in characters) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
