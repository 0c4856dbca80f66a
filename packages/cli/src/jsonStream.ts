import { parseJsonFile, printable, type ValidationIssue } from '@revkit/core';

// A dataset is one object whose large members are arrays of records. This
// reader takes its text piece by piece and hands the records to the native
// `JSON.parse` in batches of a few MiB, so it runs at `JSON.parse` speed and
// never makes a string of the whole file. Its own code reads only the root's
// structure (`{`, keys, `:`, `,`, `[`, `]`, `}`); every other character is
// inside a span that `JSON.parse` checks, so it accepts exactly what
// `JSON.parse` accepts. A batch ends after a record: at the last `},` of the
// text (a guess that `JSON.parse` confirms, since a batch that parses as array
// elements can only end at an element's end), or, when the guess fails, at a
// comma found by an exact scan of strings and brackets. While a long value is
// incomplete, only the newest piece is read (searched, scanned): the text
// before it is joined once, when the value ends, so a 10 MB value costs one
// pass, not one per piece.

/** Where the reader is in the root value. */
type State =
  /** Before the root value. */
  | 'start'
  /** In the root object, after `{`: a key or `}`. */
  | 'key or }'
  /** After a `,` between members: a key. */
  | 'key'
  /** In a key, from its opening quote. */
  | 'key string'
  /** After a key: `:`. */
  | 'colon'
  /** After `:`: the member's value. */
  | 'value'
  /** In a member's value that is not an array, kept until its end. */
  | 'member'
  /** In an array (the root, or a member's value) read in batches of elements. */
  | 'elements'
  /** After a member's value: `,` or `}`. */
  | 'after member'
  /** After the root value: whitespace only. */
  | 'end'
  /** The root is neither an object nor an array: kept whole, parsed at the end. */
  | 'whole';

/**
 * For each state, a text that brings a JSON parser into that same state: an
 * error is located by the whole-text reader (`parseJsonFile`) on this text
 * followed by the input from the state's start, so it is worded exactly as for
 * the whole file. Each is the shortest text of its state, so it always fits on
 * the line before the input it stands for.
 */
const STATE_PREFIX: Record<State, string> = {
  // A space, not nothing: the whole-text reader would skip a U+FEFF at the start as a byte order mark.
  start: ' ',
  'key or }': '{',
  key: '{"":0,',
  'key string': '{"":0,',
  colon: '{""',
  value: '{"":',
  member: '{"":',
  elements: '{"":[',
  'after member': '{"":0',
  end: '0',
  whole: ' ',
};

/** What `parse` returns for text that is not JSON. */
const FAILED = Symbol('not JSON');

/** The source name given to `parseJsonFile` when locating an error, replaced by the real one in the message. */
const LOCATING = '-';
const LOCATED = /^malformed JSON in - at line (\d+), column (\d+): ([^]*)$/;

/** Batches joined by one `concat` call at most: far below the engine's limit on arguments. */
const CONCAT_ARGUMENTS = 4096;

/** The elements of the batches, in order, as one array. */
function joinBatches(batches: readonly unknown[][]): unknown[] {
  const [first, ...rest] = batches;
  if (first === undefined) return [];
  if (rest.length === 0) return first;
  const groups: unknown[][] = [];
  for (let at = 0; at < batches.length; at += CONCAT_ARGUMENTS) groups.push(([] as unknown[]).concat(...batches.slice(at, at + CONCAT_ARGUMENTS)));
  return groups.length === 1 ? (groups[0] ?? []) : ([] as unknown[]).concat(...groups);
}

const isJsonSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Reads one JSON value from text given piece by piece (`write`, then `end`),
 * streaming the root object's array members (and a root array) in batches:
 * the result is the value `JSON.parse` gives for the whole text, or the
 * problem `parseJsonFile` words for it (line, column, what was expected).
 *
 * @example
 * const reader = new JsonStreamReader('data.json');
 * reader.write('{"currency":"EUR","subscriptions":[{"id":"s1"},');
 * reader.write('{"id":"s2"}]}');
 * reader.end() //=> { json: { currency: 'EUR', subscriptions: [{ id: 's1' }, { id: 's2' }] } }
 */
export class JsonStreamReader {
  private readonly source: string;
  private state: State = 'start';
  /**
   * The text not yet consumed, from `text[pos]` (before `pos`, dropped at the
   * next write); the newest piece is its end, from `base`. Only the newest
   * piece is read while a value is incomplete, so the text before it stays a
   * cheap concatenation until the value ends.
   */
  private text = '';
  private pos = 0;
  private piece = '';
  private base = 0;
  /** Line and column (1-based, in characters) of `text[0]` in the whole input. */
  private line = 1;
  private column = 1;
  /** The text of a root that is neither object nor array, kept whole. */
  private pieces: string[] = [];
  private root: Record<string, unknown> | unknown[] | undefined;
  private key = '';
  /**
   * The array being read: its batches, joined once at its end (cheaper than
   * moving each element), whether it is the root, and whether its next batch
   * starts at a `,` (after a batch).
   */
  private batches: unknown[][] = [];
  private rootArray = false;
  private continuing = false;
  /** The exact scan's progress in the current span: where it resumes, the bracket depth, inside a string or not. */
  private scanAt = 0;
  private depth = 0;
  private inString = false;
  /** The last comma at the span's own depth, found by the exact scan (-1: none yet). */
  private lastComma = -1;
  /** The guessed batch end failed since the last batch: scan exactly until the next one. */
  private exact = false;
  private problem: ValidationIssue | undefined;

  /** @param source the input's name in messages (a path, or "standard input") */
  constructor(source: string) {
    this.source = source;
  }

  /** The problem found so far, if any: after one, the rest of the input is ignored. */
  get failed(): ValidationIssue | undefined {
    return this.problem;
  }

  /** Reads the next piece of the text. */
  write(piece: string): void {
    if (this.problem || piece === '') return;
    if (this.state === 'whole') {
      this.pieces.push(piece);
      return;
    }
    this.drop();
    this.base = this.text.length;
    this.piece = piece;
    this.text += piece;
    this.run(false);
  }

  /**
   * Ends the input.
   *
   * @returns the JSON value, or the problem that stops it (malformed JSON with its line and column)
   * @throws never
   */
  end(): { json: unknown } | ValidationIssue {
    if (this.problem) return this.problem;
    if (this.state === 'whole') return this.endWhole();
    this.run(true);
    if (this.problem) return this.problem;
    if (this.state !== 'end') return this.fail();
    return { json: this.root };
  }

  /** Forgets the consumed text, keeping the line and column of what is left. */
  private drop(): void {
    const { pos } = this;
    if (pos === 0) return;
    const consumed = this.text.slice(0, pos);
    let lineStart = -1;
    for (let i = consumed.indexOf('\n'); i !== -1; i = consumed.indexOf('\n', i + 1)) {
      this.line++;
      lineStart = i;
    }
    this.column = lineStart === -1 ? this.column + pos : pos - lineStart;
    this.text = this.text.slice(pos);
    this.pos = 0;
    this.base -= pos;
    this.scanAt -= pos;
    if (this.lastComma !== -1) this.lastComma -= pos;
  }

  /** The character code at `at`, read from the newest piece when it is there (the text before may not be joined yet). */
  private codeAt(at: number): number {
    return at >= this.base ? this.piece.charCodeAt(at - this.base) : this.text.charCodeAt(at);
  }

  /** Moves through the text as far as it goes; `ended`: no more text will come. */
  private run(ended: boolean): void {
    while (!this.problem) {
      if (this.state === 'elements') {
        if (!this.readElements(ended)) return;
        continue;
      }
      if (this.state === 'member') {
        if (!this.readMember()) return;
        continue;
      }
      if (this.state === 'key string') {
        if (!this.readKey()) return;
        continue;
      }
      const end = this.text.length;
      let at = this.pos;
      while (at < end && isJsonSpace(this.codeAt(at))) at++;
      this.pos = at;
      if (at >= end) return;
      const char = this.codeAt(at);
      switch (this.state) {
        case 'start':
          if (char === 0x7b) {
            this.root = {};
            this.pos = at + 1;
            this.state = 'key or }';
          } else if (char === 0x5b) {
            this.rootArray = true;
            this.startElements(at + 1);
          } else {
            this.pieces.push(this.text.slice(at));
            this.text = '';
            this.pos = 0;
            this.state = 'whole';
            return;
          }
          break;
        case 'key or }':
        case 'key':
          if (char === 0x7d && this.state === 'key or }') {
            this.pos = at + 1;
            this.state = 'end';
          } else if (char === 0x22) {
            this.scanAt = at + 1;
            this.state = 'key string';
          } else return void this.fail();
          break;
        case 'colon':
          if (char !== 0x3a) return void this.fail();
          this.pos = at + 1;
          this.state = 'value';
          break;
        case 'value':
          if (char === 0x5b) this.startElements(at + 1);
          else this.startScan('member');
          break;
        case 'after member':
          if (char === 0x2c) this.state = 'key';
          else if (char === 0x7d) this.state = 'end';
          else return void this.fail();
          this.pos = at + 1;
          break;
        case 'end':
          return void this.fail();
      }
    }
  }

  /** Reads a key up to its closing quote; true when it ended. */
  private readKey(): boolean {
    const keyEnd = this.stringEnd();
    if (keyEnd === -1) return false;
    const key = this.parse(this.text.slice(this.pos, keyEnd));
    if (typeof key !== 'string') {
      this.fail();
      return false;
    }
    this.key = key;
    this.pos = keyEnd;
    this.state = 'colon';
    return true;
  }

  /** Starts reading an array in batches, its first element at `at`. */
  private startElements(at: number): void {
    this.pos = at;
    this.batches = [];
    this.continuing = false;
    this.exact = false;
    this.startScan('elements');
  }

  private startScan(state: 'elements' | 'member'): void {
    this.state = state;
    this.scanAt = this.pos;
    this.depth = 0;
    this.inString = false;
    this.lastComma = -1;
  }

  /** A member of the root object, as `JSON.parse` makes it: an own property even for `__proto__`, the last of a repeated key winning. */
  private setMember(value: unknown): void {
    if (this.root && !Array.isArray(this.root)) {
      Object.defineProperty(this.root, this.key, { value, writable: true, enumerable: true, configurable: true });
    }
  }

  /**
   * Reads the array's elements as far as the text goes: batches cut after the
   * last record, then the array's end.
   *
   * @returns true when the array ended (the state moved on), false to wait for more text
   */
  private readElements(ended: boolean): boolean {
    if (!this.exact) {
      // The guess, in the newest piece: a batch ends after the last `},` (a record's end, mostly), before the first `}]` (an array's end, maybe).
      const { piece, base } = this;
      const arrayEnd = piece.indexOf('}]', Math.max(0, this.pos - base));
      const cut = base + (arrayEnd === -1 ? piece.lastIndexOf('},') : piece.lastIndexOf('},', arrayEnd));
      if (cut > this.pos && cut >= base) {
        if (this.takeBatch(cut + 1, false, false)) this.startScan('elements');
        else this.exact = true;
      }
    }
    const close = this.scan(false);
    if (close !== -1) {
      if (this.codeAt(close) !== 0x5d || !this.takeBatch(close, true, true)) {
        this.fail();
        return false;
      }
      this.pos = close + 1;
      const elements = joinBatches(this.batches);
      this.batches = [];
      if (this.rootArray) {
        this.root = elements;
        this.state = 'end';
      } else {
        this.setMember(elements);
        this.state = 'after member';
      }
      return true;
    }
    if (this.lastComma > this.pos) {
      if (!this.takeBatch(this.lastComma, false, true)) return false;
      this.lastComma = -1;
      this.exact = false;
    }
    if (ended) this.fail();
    return false;
  }

  /**
   * Parses the elements from `pos` to `to` and appends them; `last`: the
   * array ends at `to`. With `report`, a batch that does not parse is the
   * problem; without, it is only a wrong guess (false, nothing taken).
   */
  private takeBatch(to: number, last: boolean, report: boolean): boolean {
    const body = this.text.slice(this.continuing ? this.pos + 1 : this.pos, to);
    const batch = this.parse(`[${body}]`);
    // After a comma at least one element must follow ("[1,]" is not JSON); an empty array is "[]" only.
    if (!Array.isArray(batch) || (batch.length === 0 && (this.continuing || !last))) {
      if (report) this.fail();
      return false;
    }
    this.batches.push(batch);
    this.pos = to;
    this.continuing = true;
    return true;
  }

  /** Reads a member's value up to the `,` or `}` after it; true when it ended. */
  private readMember(): boolean {
    const end = this.scan(true);
    if (end === -1) return false;
    const value = this.parse(this.text.slice(this.pos, end));
    if (value === FAILED) {
      this.fail();
      return false;
    }
    this.setMember(value);
    this.pos = end;
    this.state = 'after member';
    return true;
  }

  /**
   * The exact scan, resumed where it stopped: tracks strings and bracket
   * depth from the span's start, and notes the commas at the span's depth.
   *
   * @returns the offset of the first comma at the span's depth (`firstComma`)
   *   or of the bracket closing the span, or -1 when the text ends first
   */
  private scan(firstComma: boolean): number {
    // Text before the newest piece is scanned already, but for a span that starts there (read once).
    const { base } = this;
    const found = this.scanAt < base ? this.scanIn(this.text.slice(0, base), 0, firstComma) : -1;
    return found === -1 ? this.scanIn(this.piece, base, firstComma) : found;
  }

  /** The scan over `source`, which starts at `offset` in the text. */
  private scanIn(source: string, offset: number, firstComma: boolean): number {
    const n = source.length;
    let depth = this.depth;
    let inString = this.inString;
    let i = this.scanAt - offset;
    let found = -1;
    for (; i < n; i++) {
      const code = source.charCodeAt(i);
      if (inString) {
        if (code === 0x5c) i++; // a backslash: the next character is escaped
        else if (code === 0x22) inString = false;
      } else if (code === 0x22) inString = true;
      else if (code === 0x7b || code === 0x5b) depth++;
      else if (code === 0x7d || code === 0x5d) {
        if (depth === 0) {
          found = i + offset;
          break;
        }
        depth--;
      } else if (code === 0x2c && depth === 0) {
        this.lastComma = i + offset;
        if (firstComma) {
          found = i + offset;
          break;
        }
      }
    }
    // After a backslash that ends the source, `i` is one past it: the scan resumes past the escaped character.
    this.scanAt = i + offset;
    this.depth = depth;
    this.inString = inString;
    return found;
  }

  /**
   * The offset just after the key string starting at `pos`, or -1 when the
   * text ends first (the scan resumes there, in the newest piece).
   */
  private stringEnd(): number {
    const { base, piece } = this;
    let i = this.scanAt;
    for (; i < this.text.length; i++) {
      const code = i >= base ? piece.charCodeAt(i - base) : this.text.charCodeAt(i);
      if (code === 0x5c) i++;
      else if (code === 0x22) return i + 1;
    }
    this.scanAt = i;
    return -1;
  }

  private parse(json: string): unknown {
    try {
      return JSON.parse(json) as unknown;
    } catch {
      return FAILED;
    }
  }

  /** The root that is neither object nor array, parsed whole. */
  private endWhole(): { json: unknown } | ValidationIssue {
    let text: string;
    try {
      text = this.pieces.join('');
    } catch {
      // Past V8's longest string: no dataset is one such value.
      return { path: '$', message: `${printable(this.source)} is one JSON value too long to read: a dataset is an object` };
    }
    this.pieces = [];
    const json = this.parse(text);
    if (json !== FAILED) return { json };
    this.text = text;
    this.pos = 0;
    return this.fail();
  }

  /**
   * Records the problem of the input from the current state's start: where
   * and how the whole-text reader words it, on the state's prefix followed by
   * that input, moved to the input's line and column.
   */
  private fail(): ValidationIssue {
    let prefix = STATE_PREFIX[this.state];
    if (this.state === 'elements') {
      if (this.rootArray) prefix = '[';
      if (this.continuing) prefix += '0';
    }
    this.drop();
    const parsed = parseJsonFile(prefix + this.text, LOCATING);
    const located = parsed.ok ? null : LOCATED.exec(parsed.issue.message);
    let line = this.line;
    let column = this.column + this.text.length;
    let problem = 'cannot be read';
    if (located) {
      const [, atLine = '1', atColumn = '1', what = ''] = located;
      line = this.line + Number(atLine) - 1;
      column = Number(atLine) === 1 ? this.column + Number(atColumn) - 1 - prefix.length : Number(atColumn);
      problem = what;
    }
    this.problem = { path: '$', message: `malformed JSON in ${printable(this.source)} at line ${line}, column ${column}: ${problem}` };
    return this.problem;
  }
}
