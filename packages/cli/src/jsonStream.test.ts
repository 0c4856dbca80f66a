import { parseJsonFile } from '@revkit/core';
import { describe, expect, it } from 'vitest';
import { JsonStreamReader } from './jsonStream.js';

/** Reads `text` cut into the given piece lengths (cycled), the way the CLI feeds the reader. */
function readInPieces(text: string, lengths: readonly number[]): ReturnType<JsonStreamReader['end']> {
  const reader = new JsonStreamReader('data.json');
  for (let at = 0, k = 0; at < text.length && !reader.failed; k++) {
    const length = lengths[k % lengths.length] ?? 1;
    reader.write(text.slice(at, at + length));
    at += length;
  }
  return reader.end();
}

/** What the whole-text reader makes of `text`, in the reader's result shape. */
function wholeText(text: string): ReturnType<JsonStreamReader['end']> {
  const parsed = parseJsonFile(text, 'data.json');
  return parsed.ok ? { json: parsed.json } : parsed.issue;
}

/** A small deterministic generator (the tests must be repeatable). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('JsonStreamReader', () => {
  const dataset = {
    currency: 'EUR',
    fxRates: { USD: '0.92' },
    subscriptions: Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, customerId: `c${i % 7}`, note: i % 5 === 0 ? '},{"id":"forged"}]' : 'é \\ "q"', tags: [{ a: [1, { b: null }] }] })),
    deals: [],
    funnel: [{ stage: 'lead', count: 3 }],
  };

  it('gives what JSON.parse gives, wherever the text is cut', () => {
    for (const space of [undefined, 2]) {
      const text = JSON.stringify(dataset, null, space);
      for (const lengths of [[1], [7, 3], [64], [1000], [text.length]]) {
        expect(readInPieces(text, lengths)).toEqual({ json: JSON.parse(text) });
      }
    }
    expect(readInPieces(' [1, [2], {"a":3}, "x"] ', [3])).toEqual({ json: [1, [2], { a: 3 }, 'x'] });
    expect(readInPieces('"just a string"', [4])).toEqual({ json: 'just a string' });
  });

  it('makes keys as JSON.parse does: __proto__ an own property, the last of a repeated key winning in the first place', () => {
    const text = '{"__proto__":[1],"a":1,"b":[2],"a":[3],"b":4}';
    const result = readInPieces(text, [5]);
    expect(result).toEqual({ json: JSON.parse(text) });
    const json = 'json' in result ? (result.json as Record<string, unknown>) : {};
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
    expect(Object.keys(json)).toEqual(['__proto__', 'a', 'b']);
    expect(json.a).toEqual([3]);
  });

  it('words malformed JSON as the whole-text reader does, with the line and column in the whole file', () => {
    const records = Array.from({ length: 3000 }, (_, i) => `    {"id":"s${i}","amount":"10.00"}`);
    records[2500] = '    {"id":"s2500","amount":10.00.5}';
    const text = `{\n  "currency": "EUR",\n  "subscriptions": [\n${records.join(',\n')}\n  ]\n}\n`;
    const expected = wholeText(text);
    expect(expected).toEqual({ path: '$', message: 'malformed JSON in data.json at line 2504, column 33: expected \',\' or \'}\', got "."' });
    expect(readInPieces(text, [4096])).toEqual(expected);
    expect(readInPieces(text, [13, 8191])).toEqual(expected);
    for (const bad of ['{"a":[1,]}', '{"a":[,1]}', '{"a":[1 2]}', '{"a":[{"b":1}}', '{"a" [1]}', '{"a":1,}', '{"a":1} x', '{"a":"\\q"}', '{"a":[1]', '']) {
      expect(readInPieces(bad, [3]), bad).toEqual(wholeText(bad));
    }
    // The caller drops the byte order mark: one more is not whitespace.
    expect(readInPieces('\uFEFF{}', [1])).toEqual({ path: '$', message: 'malformed JSON in data.json at line 1, column 1: expected a value, got "\\ufeff"' });
  });

  it('agrees with the whole-text reader on random JSON, damaged at random, cut at random', () => {
    const next = random(14);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const value = (depth: number): unknown => {
      const roll = next();
      if (depth > 3 || roll < 0.3) return pick([1, -2.5e3, 'a"b\\c', 'é\u2028', '}],{', true, null, '', 0]);
      if (roll < 0.65) return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, i) => [pick(['id', '}', '__proto__', 'a\\"', String(i)]), value(depth + 1)]));
      return Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
    };
    const damage = (text: string): string => {
      const roll = next();
      const at = Math.floor(next() * (text.length + 1));
      if (roll < 0.3) return text;
      if (roll < 0.5) return text.slice(0, at) + text.slice(at + 1);
      if (roll < 0.8) return text.slice(0, at) + pick(['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '0', 'x', '\n', '\u0001', ',]', '},']) + text.slice(at);
      if (roll < 0.9) return text.slice(0, at);
      return text + pick([' ', 'x', '{}', ',']);
    };
    let malformed = 0;
    for (let k = 0; k < 1500; k++) {
      const root: Record<string, unknown> = {};
      for (const key of ['currency', 'subscriptions', 'deals', 'subscriptions']) {
        if (next() < 0.8) root[key] = next() < 0.7 ? Array.from({ length: Math.floor(next() * 30) }, () => value(1)) : value(1);
      }
      const text = damage(JSON.stringify(next() < 0.9 ? root : value(0), null, next() < 0.3 ? 2 : undefined));
      const expected = wholeText(text);
      if (!('json' in expected)) malformed++;
      expect(readInPieces(text, [Math.ceil(next() * 40), Math.ceil(next() * 3000)]), text).toEqual(expected);
    }
    // Both outcomes are well represented.
    expect(malformed).toBeGreaterThan(400);
    expect(malformed).toBeLessThan(1100);
  });
});
