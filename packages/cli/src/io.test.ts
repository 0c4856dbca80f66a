import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMaxMemory, readJsonInput, type CliIo } from './io.js';

const bytes = (...parts: (string | number[])[]): Uint8Array[] =>
  parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : new Uint8Array(part)));

/** Standard input as the given chunks, the way the binary streams it. */
function streamedStdin(chunks: Uint8Array[]): CliIo {
  return {
    stdout: () => undefined,
    stderr: () => undefined,
    readStdin: () => Promise.reject(new Error('read as a whole')),
    stdinChunks: async function* () {
      for (const chunk of chunks) yield chunk;
    },
  };
}

const budget = { maxMemory: 1024 * 1024 * 1024, advice: 'do something else' };
const read = (...parts: (string | number[])[]) => readJsonInput('-', streamedStdin(bytes(...parts)), budget);

describe('readJsonInput on a stream', () => {
  it('parses JSON split anywhere, a multi-byte character and the BOM split across chunks included', async () => {
    expect(await read([0xef, 0xbb], [0xbf], '{"currency":"EU', 'R","name":"caf', [0xc3], [0xa9], '"', '}\n')).toEqual({
      json: { currency: 'EUR', name: 'café' },
    });
    expect(await read('[1', '2, -0.5e1, true, null, "', '\\u00e9"]')).toEqual({ json: [12, -5, true, null, 'é'] });
  });

  it('names the byte offset of an invalid byte, also after a sequence split across chunks', async () => {
    expect(await read('{"a":"', [0xe2, 0x82], [0x41], '"}')).toEqual({
      path: '$',
      message: 'standard input is not UTF-8 text: invalid byte 0xe2 at byte offset 6',
    });
    expect(await read('{"a":"ab', [0xc3], [0xa9, 0xff], '"}')).toEqual({
      path: '$',
      message: 'standard input is not UTF-8 text: invalid byte 0xff at byte offset 10',
    });
    expect(await read('{"a":"', [0xf0, 0x9f])).toEqual({
      path: '$',
      message: 'standard input is not UTF-8 text: invalid byte 0xf0 at byte offset 6',
    });
  });

  it('words malformed JSON with its line and column, as the whole-text reader does', async () => {
    expect(await read('{"currency": "EUR",\n', '}')).toEqual({
      path: '$',
      message: 'malformed JSON in standard input at line 2, column 1: expected a property name in double quotes, got "}"',
    });
    expect(await read('{"a":1}', ' {"b":2}')).toEqual({
      path: '$',
      message: 'malformed JSON in standard input at line 1, column 9: expected the end of the input after the JSON value, got "{"',
    });
    expect(await read('  ')).toEqual({ path: '$', message: 'malformed JSON in standard input at line 1, column 3: expected a value, got the end of the input' });
    expect(await read('{"a":tru')).toMatchObject({ path: '$', message: expect.stringMatching(/^malformed JSON in standard input at line 1, column 6: /) });
  });

  describe('from a file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'revkit-io-'));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));
    const io = streamedStdin([]);

    it('reads it as a stream, a BOM skipped', async () => {
      const file = join(folder, 'ok.json');
      writeFileSync(file, `\uFEFF${JSON.stringify({ currency: 'EUR', subscriptions: Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}` })) })}`);
      const result = await readJsonInput(file, io, budget);
      expect(result).toMatchObject({ json: { currency: 'EUR' } });
      expect(('json' in result && (result.json as { subscriptions: unknown[] }).subscriptions.length) || 0).toBe(3000);
    });

    it('reads text across its pieces: a character split between two, an error far in named by line and column', async () => {
      const file = join(folder, 'pieces.json');
      const names = Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, name: `café ${'é'.repeat(i % 7)} 名前` }));
      const text = `{"currency": "EUR",\n"subscriptions": [\n${names.map((record) => JSON.stringify(record)).join(',\n')}\n]}`;
      writeFileSync(file, text);
      expect(await readJsonInput(file, io, budget)).toEqual({ json: JSON.parse(text) });
      writeFileSync(file, text.replace('"s19000"', '"s19000" 1'));
      expect(await readJsonInput(file, io, budget)).toEqual({
        path: '$',
        message: `malformed JSON in ${file} at line 19003, column 16: expected ',' or '}', got "1"`,
      });
    });

    it('joins a character split between two reads of the file (4 MiB each)', async () => {
      const file = join(folder, 'reads.json');
      const start = '{"pad":"';
      // The 3 bytes of 名 start one byte before the end of the first read, those of é at the second's last byte.
      const pad = 'x'.repeat(4 * 1024 * 1024 - 1 - start.length);
      const text = `${start}${pad}名${'y'.repeat(4 * 1024 * 1024 - 3)}é"}`;
      writeFileSync(file, text);
      expect(await readJsonInput(file, io, budget)).toEqual({ json: JSON.parse(text) });
      // A sequence cut by the end of a read and broken by the next: named where it starts.
      const broken = Buffer.from(`${start}${pad}\u00e5A${'z'.repeat(4 * 1024 * 1024)}"}`, 'latin1');
      broken[4 * 1024 * 1024 - 1] = 0xe5;
      writeFileSync(file, broken);
      expect(await readJsonInput(file, io, budget)).toEqual({
        path: '$',
        message: `${file} is not UTF-8 text: invalid byte 0xe5 at byte offset ${4 * 1024 * 1024 - 1}`,
      });
    });

    it('past the budget, one line: too large, and the advice', async () => {
      const file = join(folder, 'big.json');
      writeFileSync(file, JSON.stringify({ currency: 'EUR', pad: 'x'.repeat(3 * 1024 * 1024) }));
      expect(await readJsonInput(file, io, { maxMemory: 1024 * 1024, advice: 'load it into DuckDB' })).toEqual({
        path: file,
        message: 'is too large to read in memory (3 MiB, over the 1 MiB budget of --max-memory): load it into DuckDB',
      });
    });

    it('says when it cannot be read', async () => {
      expect(await readJsonInput(join(folder, 'missing.json'), io, budget)).toMatchObject({
        path: join(folder, 'missing.json'),
        message: expect.stringMatching(/^cannot read the file: ENOENT/),
      });
    });
  });

  it('reads --max-memory as whole MiB', () => {
    expect(parseMaxMemory('2048')).toBe(2048 * 1024 * 1024);
    expect(parseMaxMemory('0')).toBe('--max-memory: must be a whole number of MiB such as 2048, got "0"');
    expect(parseMaxMemory('1.5')).toBe('--max-memory: must be a whole number of MiB such as 2048, got "1.5"');
  });
});
