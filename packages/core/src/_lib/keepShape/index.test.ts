import { describe, expect, it } from 'vitest';
import { keepShape, keptShapeCount } from './index.js';
import { IdTable } from '../../engine/idTable/index.js';

describe('keepShape', () => {
  it('returns the instance it keeps and counts it', () => {
    const before = keptShapeCount();
    const table = new IdTable(0);
    expect(keepShape(table)).toBe(table);
    expect(keptShapeCount()).toBe(before + 1);
  });
  it('already holds an id table, kept by its module', () => {
    expect(keptShapeCount()).toBeGreaterThan(0);
  });
});
