import { describe, expect, test } from 'vitest';
import { createFormatters } from './formatters.js';

// Intl separates French groups and units with narrow no-break spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('createFormatters', () => {
  test('compact money in en-US and fr-FR', () => {
    expect(createFormatters('en-US', 'USD').moneyCompact(1_234_567)).toBe('$1.2M');
    expect(plain(createFormatters('fr-FR', 'EUR').moneyCompact(1_234_567))).toBe('1,2 M €');
    expect(createFormatters('en-US', 'EUR').moneyCompact(120_100)).toBe('€120.1K');
  });

  test('percent, signed percent, counts and durations follow the locale', () => {
    const en = createFormatters('en-US', 'USD');
    const fr = createFormatters('fr-FR', 'EUR');
    expect(en.percent(0.042)).toBe('4.2%');
    expect(plain(fr.percent(0.042))).toBe('4,2 %');
    expect(en.signedPercent(0.042)).toBe('+4.2%');
    expect(en.count(1234)).toBe('1,234');
    expect(plain(fr.count(1234))).toBe('1 234');
    expect(en.days(12.5)).toBe('12.5 days');
    expect(plain(fr.days(12.5))).toBe('12,5 jours');
    expect(en.months(3)).toBe('3 months');
  });

  test('multiples are "x times", never a percentage, in en-US and fr-FR', () => {
    const en = createFormatters('en-US', 'USD');
    const fr = createFormatters('fr-FR', 'EUR');
    expect(en.byUnit('multiple', 6.6)).toBe('6.6×');
    expect(fr.byUnit('multiple', 6.6)).toBe('6,6×');
    expect(en.byUnit('multiple', 0.4, { signed: true })).toBe('+0.4×');
    expect(en.byUnit('multiple', -0.01)).toBe('0×');
    expect(en.byUnit('multiple', null)).toBe('—');
  });

  test('the change of a rate is in percentage points; scores and multiples keep their sign; no "-0"', () => {
    const en = createFormatters('en-US', 'USD');
    const fr = createFormatters('fr-FR', 'EUR');
    expect(plain(en.change('ratio', 0.026))).toBe('+2.6 pts');
    expect(plain(fr.change('ratio', 0.026))).toBe('+2,6 pts');
    expect(en.change('ratio', -0.026, { long: true })).toBe('-2.6 percentage points');
    expect(plain(fr.change('ratio', 0.026, { long: true }))).toBe('+2,6 points de pourcentage');
    expect(plain(en.change('percent-points', 2.6))).toBe('+2.6 pts');
    expect(en.change('score', 4.5)).toBe('+4.5');
    expect(en.change('multiple', 0.4)).toBe('+0.4×');
    expect(en.change('money', 500)).toBe('+$500');
    expect(en.change('score', -0.001)).toBe('0');
    expect(plain(en.change('ratio', -0.000001))).toBe('0 pts');
    expect(en.change('multiple', -0.0001)).toBe('0×');
    expect(en.score(-0.01)).toBe('0');
  });

  test('missing, NaN and infinite values print a dash, never NaN', () => {
    const en = createFormatters('en-US', 'USD');
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(en.money(value)).toBe('—');
      expect(en.percent(value)).toBe('—');
      expect(en.count(value)).toBe('—');
      expect(en.byUnit('days', value)).toBe('—');
    }
  });

  test('huge, tiny and negative values stay readable', () => {
    const en = createFormatters('en-US', 'USD');
    expect(en.moneyCompact(4.2e15)).toBe('$4200T');
    expect(en.moneyCompact(0.004)).toBe('$0');
    expect(en.moneyCompact(-3400)).toBe('-$3.4K');
    expect(en.signedMoneyCompact(-0)).toBe('$0');
    expect(en.signedMoneyCompact(12_100)).toBe('+$12.1K');
  });

  test('an unknown currency code falls back to the number and the code', () => {
    expect(createFormatters('en-US', 'EURO').money(12.5)).toBe('12.5 EURO');
  });

  test('an invalid locale falls back to en-US', () => {
    expect(createFormatters('not a locale!', 'USD').count(1234)).toBe('1,234');
  });

  test('months format as labels; anything else is printed as given', () => {
    expect(createFormatters('en-US', 'USD').month('2024-03')).toBe('Mar 2024');
    expect(createFormatters('fr-FR', 'EUR').monthLong('2024-03')).toBe('mars 2024');
    expect(createFormatters('en-US', 'USD').month('Q1')).toBe('Q1');
    expect(createFormatters('en-US', 'USD').month('2024-13')).toBe('2024-13');
  });

  test('a month of a year before 100 is not read as 19xx', () => {
    expect(createFormatters('en-US', 'USD').monthLong('0099-01')).not.toMatch(/19/);
    expect(createFormatters('en-US', 'USD').monthLong('0099-01')).toMatch(/^January 99$/);
  });

  test('signed full money, for amounts compact money would round to 0', () => {
    const en = createFormatters('en-US', 'USD');
    expect(en.signedMoney(-0.01)).toBe('-$0.01');
    expect(en.signedMoney(0.01)).toBe('+$0.01');
    expect(en.signedMoney(0)).toBe('$0.00');
    expect(en.signedMoneyCompact(-0.01)).toBe('$0');
  });
});
