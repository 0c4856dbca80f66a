import { describe, expect, it } from 'vitest';
import { invalidUtf8Offset, parseJsonFile } from './index.js';

declare const TextEncoder: new () => { encode(text: string): Uint8Array };

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const messageOf = (content: Uint8Array | string): string => {
  const parsed = parseJsonFile(content, 'data.json');
  if (parsed.ok) throw new Error('expected a problem');
  expect(parsed.issue.path).toBe('$');
  return parsed.issue.message;
};

describe('parseJsonFile', () => {
  it('reads UTF-8 JSON and skips a leading byte order mark, in bytes or text', () => {
    expect(parseJsonFile(bytes('\uFEFF{"currency":"EUR","x":"é😀"}'), 'a')).toEqual({ ok: true, json: { currency: 'EUR', x: 'é😀' } });
    expect(parseJsonFile('\uFEFF[1]', 'a')).toEqual({ ok: true, json: [1] });
  });

  it('refuses invalid UTF-8 with the byte offset instead of merging ids into U+FFFD', () => {
    const content = new Uint8Array([...bytes('{"id":"'), 0xff, ...bytes('"}')]);
    expect(messageOf(content)).toBe('data.json is not UTF-8 text: invalid byte 0xff at byte offset 7');
    expect(messageOf(new Uint8Array([...bytes('["a'), 0xc3]))).toBe('data.json is not UTF-8 text: invalid byte 0xc3 at byte offset 3');
  });

  it.each([
    ['{"currency": "EUR",\n}', 'line 2, column 1: expected a property name in double quotes, got "}"'],
    ['{"currency": "EUR", "subscriptions": [', 'line 1, column 39: expected a value or \']\', got the end of the input'],
    ['[1, 2\n  3]', "line 2, column 3: expected ',' or ']', got \"3\""],
    ['{"a" 1}', "line 1, column 6: expected ':' after a property name, got \"1\""],
    ['{"a":\n}', 'line 2, column 1: expected a value, got "}"'],
    ['{"a":"x\ny"}', 'line 1, column 8: a string cannot hold the control character \\n: escape it'],
    ['{"a":"\\q"}', 'line 1, column 7: invalid escape in a string: \\q'],
    ['{} {}', 'line 1, column 4: expected the end of the input after the JSON value, got "{"'],
    ['', 'line 1, column 1: expected a value, got the end of the input'],
    ['{"\u001b[2J": 1}', 'line 1, column 3: a string cannot hold the control character \\u001b: escape it'],
    ['{"a": tru}', 'line 1, column 7: expected a value, got "t"'],
  ])('names the line and column of malformed JSON %j in one line', (text, where) => {
    const message = messageOf(text);
    expect(message).toBe(`malformed JSON in data.json at ${where}`);
    expect(message).not.toMatch(/\n/);
  });

  it('finds the position in deeply nested input without recursion', () => {
    expect(messageOf(`${'['.repeat(1_000_000)}}`)).toBe('malformed JSON in data.json at line 1, column 1000001: expected a value or \']\', got "}"');
  });
});

describe('invalidUtf8Offset', () => {
  it('agrees with the fatal TextDecoder on overlong forms, surrogates and truncated sequences', () => {
    expect(invalidUtf8Offset(bytes('aé€😀'))).toBe(-1);
    expect(invalidUtf8Offset(new Uint8Array([0xc0, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(new Uint8Array([0xe2, 0x82]))).toBe(0);
  });
});
