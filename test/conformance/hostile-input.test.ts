import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@revkit/cli';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, type CliResult } from './cli.js';

// Hostile input through the built `revkit` (issue 15): every input ends either in a
// correct report (exit 0, nothing on stderr) or in exit ≠ 0 with only printable
// `path: message` lines on stderr and nothing on stdout. Never a stack trace, a raw
// control character, a runaway line or a hang.

/** The longest line a problem may print: a path, a message and an input value, each cut. */
const LINE_CAP = 600;
/** Per run of the CLI on the shared two-core machine: generous, but a hang fails. */
const TIME_BOUND_MS = 60_000;

const dir = mkdtempSync(join(tmpdir(), 'revkit-hostile-'));
let files = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `input-${files++}.json`);
  writeFileSync(path, content);
  return path;
}

/** Runs the built binary on bytes given as a file (stdin is the other way in; both read the same). */
function revkitBytes(args: readonly string[], input?: string | Uint8Array): CliResult & { ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { input, cwd: REPO_ROOT, timeout: TIME_BOUND_MS, maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), ms: Date.now() - started };
}

// eslint-disable-next-line no-control-regex -- the point: no raw control character may reach a terminal
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
/** `path: message`, or the line that counts the problems left out. */
const PROBLEM_LINE = /^(?:[^\s:][^\n]*?: \S[^\n]*|… and [\d ]+ more problems?)$/;

/** One of the two outcomes, checked the same way for every input. */
function expectCleanOutcome(result: CliResult): void {
  expect(result.status, result.stderr.slice(0, 2000)).not.toBeNull();
  if (result.status === 0) {
    expect(result.stderr).toBe('');
    expect(RAW_CONTROL.test(result.stdout)).toBe(false);
    return;
  }
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(RAW_CONTROL.test(result.stderr)).toBe(false);
  expect(result.stderr).not.toMatch(/^\s+at |Error:|internal error/m);
  for (const line of result.stderr.slice(0, -1).split('\n')) {
    expect(line.length, line.slice(0, 200)).toBeLessThanOrEqual(LINE_CAP);
    expect(line).toMatch(PROBLEM_LINE);
  }
}

const lines = (stderr: string): string[] => stderr.trimEnd().split('\n');
const sub = (overrides: Record<string, unknown> = {}) => ({ id: 's1', customerId: 'c1', start: '2024-01-01', amount: '10', interval: 'month', ...overrides });

describe('hostile input through the revkit binary', () => {
  it('survives 130 000 problems: no stack overflow, one line per rule, or the first 200 lines then a count', () => {
    const nulls = revkitBytes(['report', file(JSON.stringify({ currency: 'EUR', subscriptions: Array.from({ length: 130_000 }, () => null) }))]);
    expectCleanOutcome(nulls);
    expect(nulls.stderr).toBe('subscriptions[0..129999]: must be an object, got null (130000 times)\n');

    const dates = revkitBytes(['report', file(JSON.stringify({ currency: 'EUR', subscriptions: Array.from({ length: 130_000 }, (_, i) => sub({ id: `s${i}`, start: `01/${(i % 28) + 1}/2024 #${i}` })) }))]);
    expectCleanOutcome(dates);
    // Every date wrong its own way: one line for the rule, the first value as an example.
    expect(lines(dates.stderr)).toHaveLength(1);
    expect(lines(dates.stderr)[0]).toMatch(/^subscriptions\[0\.\.129999\]\.start: .*, e\.g\. "01\/1\/2024 #0" \(130000 times\)$/);

    // 130 000 problems that are not one rule of one section: the first 200 lines, then a count.
    const rates = Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`X${i}`, 'abc']));
    const many = revkitBytes(['report', file(JSON.stringify({ currency: 'EUR', fxRates: rates }))]);
    expectCleanOutcome(many);
    expect(lines(many.stderr)).toHaveLength(201);
    expect(lines(many.stderr)[200]).toMatch(/^… and 129 8\d\d more problems$/);
  });

  it('collapses one root cause: a bad dataset currency is reported as such, once', () => {
    const subscriptions = Array.from({ length: 626 }, (_, i) => sub({ id: `s${i}`, currency: 'EUR' }));
    const bad = revkitBytes(['report', '-'], JSON.stringify({ currency: 'Euro', subscriptions }));
    expectCleanOutcome(bad);
    expect(bad.stderr).toBe('currency: must be an ISO 4217 code such as "EUR", got "Euro"\n');
    const noRate = revkitBytes(['report', '-'], JSON.stringify({ currency: 'GBP', subscriptions }));
    expect(noRate.stderr).toBe('subscriptions[0..625].currency: has no rate in fxRates for EUR (626 times)\n');
  });

  it.each([
    ['0000-01-01T00:00:00+01:00', 'subscriptions[0].start'],
    ['9999-12-31T23:00-05:00', 'subscriptions[0].start'],
    ['9999-12-01', 'subscriptions[0].start'],
    ['0000-06-01', 'subscriptions[0].start'],
  ])('refuses the edge date %s as a validation problem at %s, range left to default', (start, path) => {
    const result = revkitBytes(['report', '-', '--revops'], JSON.stringify({ currency: 'EUR', subscriptions: [sub({ start })] }));
    expectCleanOutcome(result);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`${path}: is outside the supported dates (years 0001 to 9998 in UTC): ${start}\n`);
  });

  it.each([['json', '--revops'], ['table']])('reports a dataset reaching 9998-12 with --format %s, its forecast past the last month null', (format, ...extra) => {
    const dataset = {
      currency: 'EUR',
      subscriptions: [sub({ start: '9998-10-01' }), sub({ id: 's2', customerId: 'c2', start: '9998-11-15', end: '9998-12-31T23:00:00-00:59' })],
      deals: [{ id: 'd', createdAt: '9998-10-01', closedAt: '9998-12-20', status: 'won', amount: '100' }],
    };
    const result = revkitBytes(['report', '-', '--format', format, ...extra], JSON.stringify(dataset));
    expectCleanOutcome(result);
    expect(result.status).toBe(0);
    if (format === 'json') {
      const report = JSON.parse(result.stdout) as { to: string; revops: { sales: { forecast: { nextMonthBookings: Record<string, unknown> } }; finance: { mrrProjection: unknown } } };
      expect(report.to).toBe('9998-12');
      expect(report.revops.sales.forecast.nextMonthBookings).toEqual({ month: '9999-01', stageWeighted: null, trend: null, committed: null, combined: null });
      expect(report.revops.finance.mrrProjection).toBeNull();
    } else {
      expect(result.stdout).toMatch(/Bookings forecast 9999-01: combined\s+—/);
    }
  });

  it('refuses a range past the supported months with the option named', () => {
    const result = revkitBytes(['report', '-', '--from', '2024-01', '--to', '9999-12'], JSON.stringify({ currency: 'EUR', subscriptions: [sub()] }));
    expectCleanOutcome(result);
    expect(result.stderr).toBe('--to: must be a month from 0001-01 to 9998-12, got "9999-12"\n');
  });

  it('escapes keys, values and parser snippets: a key cannot forge a line, escapes do not reach the terminal', () => {
    const forged = `{"currency":"EUR","x\\nsubscriptions[0].id: forged\\u001b[2J":1,"fxRates":{"\\u009b31m":1},"subscriptions":[{"id":"a\\u0007","customerId":"c","start":"2024-01-01\\u2028","amount":"1","interval":"month"}]}`;
    const result = revkitBytes(['report', '-'], forged);
    expectCleanOutcome(result);
    expect(lines(result.stderr)).toEqual([
      '$["x\\nsubscriptions[0].id: forged\\u001b[2J"]: is not a dataset section (expected one of currency, fxRates, subscriptions, deals, funnel, surveys, costs, leads, activities, usage, employeeSurveys)',
      'fxRates["\\u009b31m"]: must be keyed by an ISO 4217 code such as "USD"',
      'subscriptions[0].start: must be an ISO date or date-time (YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]), got "2024-01-01\\u2028"',
    ]);
    const raw = revkitBytes(['report', '-'], '{"currency": "EUR", "subscriptions": [\n\u001b[31m\n');
    expectCleanOutcome(raw);
    expect(raw.stderr).toBe('$: malformed JSON in standard input at line 2, column 1: expected a value or \']\', got "\\u001b"\n');
  });

  it('prints names from the input as escaped, cut table cells', () => {
    const dataset = {
      currency: 'EUR',
      subscriptions: [sub()],
      funnel: [{ stage: `\u001b]0;pwned\u0007\n${'S'.repeat(100_000)}`, count: 3 }, { stage: 'Won', count: 1 }],
      deals: [{ id: 'd', createdAt: '2024-01-01', closedAt: '2024-01-05', status: 'won', amount: '5', owner: 'eve\r\nroot' }],
    };
    const result = revkitBytes(['report', '-', '--format', 'table'], JSON.stringify(dataset));
    expectCleanOutcome(result);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\\u001b]0;pwned\\u0007\\nSSS');
    expect(result.stdout).toContain('eve\\r\\nroot');
    for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThan(300);
  });

  it('echoes a 10 MB bad value as 80 characters', () => {
    const result = revkitBytes(['report', file(JSON.stringify({ currency: 'EUR', subscriptions: [sub({ amount: '9'.repeat(10_000_000) + 'x', start: 'z'.repeat(10_000_000) })] }))]);
    expectCleanOutcome(result);
    expect(lines(result.stderr)).toEqual([
      `subscriptions[0].start: must be an ISO date or date-time (YYYY-MM-DD[THH:MM[:SS][Z|±HH:MM]]), got "${'z'.repeat(80)}…"`,
      `subscriptions[0].amount: must be a decimal number, got "${'9'.repeat(80)}…"`,
    ]);
  });

  it('decodes strict UTF-8: two ids of different invalid bytes are not merged, a BOM is skipped', () => {
    const encoder = new TextEncoder();
    const [head, middle, tail] = ['{"currency":"EUR","subscriptions":[{"id":"s1","customerId":"c', '","start":"2024-01-01","amount":"1","interval":"month"},{"id":"s2","customerId":"c', '","start":"2024-01-01","amount":"1","interval":"month"}]}'].map((part) => encoder.encode(part)) as [Uint8Array, Uint8Array, Uint8Array];
    const content = new Uint8Array([...head, 0xfe, ...middle, 0xff, ...tail]);
    const result = revkitBytes(['report', file(content)]);
    expectCleanOutcome(result);
    expect(result.stderr).toMatch(new RegExp(`^\\$: .*input-\\d+\\.json is not UTF-8 text: invalid byte 0xfe at byte offset ${head.length}\\n$`));

    const bom = revkitBytes(['report', '-'], new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(JSON.stringify({ currency: 'EUR', subscriptions: [sub()] }))]));
    expectCleanOutcome(bom);
    expect(bom.status).toBe(0);
  });

  it('names the file, line and column of malformed JSON in one line', () => {
    const path = file('{\n  "currency": "EUR",\n  "subscriptions": [\n    { "id": "s1", }\n  ]\n}');
    const result = revkitBytes(['report', path]);
    expectCleanOutcome(result);
    expect(result.stderr).toBe(`$: malformed JSON in ${path} at line 4, column 19: expected a property name in double quotes, got "}"\n`);
  });

  it('requires an fx rate for the dataset currency itself to be 1', () => {
    const result = revkitBytes(['report', '-'], JSON.stringify({ currency: 'EUR', fxRates: { EUR: '0.9' }, subscriptions: [sub()] }));
    expectCleanOutcome(result);
    expect(result.stderr).toBe('fxRates.EUR: is the dataset currency: its rate must be 1, got "0.9"\n');
  });

  it('ends quietly when its output is closed early (revkit report … | head)', async () => {
    // Enough months for a report of a few hundred kilobytes (more than a pipe holds), within the 100-year bound.
    const path = file(JSON.stringify({ currency: 'EUR', subscriptions: [sub({ start: '1950-02-01', end: '2050-01-01' })] }));
    const child = spawn(process.execPath, [CLI, 'report', path, '--format', 'table'], { cwd: REPO_ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);

    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" report "${path}" | head -n 1`], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(shell.stderr).toBe('');
    expect(shell.stdout).toBe('{\n');
  });

  it.each([[['--version']], [['report', '--version']], [['import', 'csv', '--version']], [['load', '--version']], [['sql', '--version']]])('answers %j with the version', (args) => {
    const result = revkitBytes(args);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^revkit \d+\.\d+\.\d+\S*\n$/);
  });

  it.each([[['--help'], /Usage: revkit report/], [['report', '--help'], /^Usage: revkit report/], [['import', 'stripe', '--help'], /^Usage: revkit import/], [['load', '--help'], /^Usage: revkit load/], [['sql', '--help'], /^Usage: revkit sql/]])(
    'answers %j with the usage',
    (args, usage) => {
      const result = revkitBytes(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(usage);
    },
  );
});

// Fuzzing. Values that hit the validator's edges: dates at the supported bounds, odd
// numbers, control characters and long strings, keys that look like paths.
const edgeString = fc.oneof(
  fc.constantFrom('', ' ', 'EUR', 'eur', 'USD', 'month', 'year', 'won', 'open', 'nps', '2024-01-01', '0000-01-01T00:00:00+01:00', '9999-12-31T23:00-05:00', '9998-12-31T23:59:59Z', '0001-01-01', '2024-02-30', '1e400', '-0', '0.1', '\u001b[2J', 'a\nb: c'),
  fc.string({ maxLength: 20, unit: 'binary' }),
  fc.string({ maxLength: 3 }).map((s) => s.repeat(300)),
);
const edgeValue = fc.oneof(edgeString, fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}));
const field = (name: string, valid: fc.Arbitrary<unknown>) => fc.option(fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: edgeValue }), { nil: undefined }).map((value) => [name, value] as const);
const record = (fields: fc.Arbitrary<readonly [string, unknown]>[]) =>
  fc.tuple(...fields).map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
const date = fc.constantFrom('2024-01-01', '2024-03-15T10:00:00+02:00', '2023-12-31T23:30:00-01:00', '9998-12-31', '0001-01-01T00:00Z', '2024-06-01');
const subscription = record([
  field('id', fc.constantFrom('s1', 's2', 's3', '\u00e9', 's\ud800')),
  field('customerId', fc.constantFrom('c1', 'c2', '\uFFFD')),
  field('start', date),
  field('end', date),
  field('amount', fc.constantFrom('10', 49.9, '0', '1e3')),
  field('interval', fc.constantFrom('day', 'week', 'month', 'quarter', 'year')),
  field('intervalCount', fc.constantFrom(1, 2, 12)),
  field('currency', fc.constantFrom('EUR', 'USD')),
  field('discount', fc.constantFrom(0, '0.5', 1)),
]);
const deal = record([
  field('id', fc.constantFrom('d1', 'd2')),
  field('createdAt', date),
  field('closedAt', date),
  field('status', fc.constantFrom('open', 'won', 'lost')),
  field('amount', fc.constantFrom('100', 5)),
  field('stage', edgeString),
  field('owner', edgeString),
]);
const dataset = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    currency: fc.oneof(fc.constant('EUR'), edgeValue),
    fxRates: fc.option(fc.dictionary(fc.oneof(fc.constantFrom('USD', 'EUR'), edgeString), fc.oneof(fc.constantFrom('1', '0.9'), edgeValue), { maxKeys: 3 }), { nil: undefined }),
    subscriptions: fc.array(fc.oneof({ weight: 5, arbitrary: subscription }, { weight: 1, arbitrary: edgeValue }), { maxLength: 6 }),
    deals: fc.option(fc.array(deal, { maxLength: 3 }), { nil: undefined }),
    funnel: fc.option(fc.array(record([field('stage', edgeString), field('count', fc.nat(100))]), { maxLength: 3 }), { nil: undefined }),
    surveys: fc.option(fc.array(record([field('type', fc.constantFrom('nps', 'csat', 'ces')), field('score', fc.nat(10)), field('at', date)]), { maxLength: 3 }), { nil: undefined }),
    costs: fc.option(fc.array(record([field('month', fc.constantFrom('2024-01', '9998-12', '0001-01', '9999-01')), field('category', fc.constantFrom('sales', 'marketing', 'service')), field('amount', fc.constantFrom('100', 3)), field('owner', edgeString)]), { maxLength: 3 }), { nil: undefined }),
    leads: fc.option(fc.array(record([field('id', fc.constantFrom('l1', 'l2')), field('source', edgeString), field('reached', fc.dictionary(fc.oneof(fc.constantFrom('lead', 'mql', 'sql', 'opportunity', 'customer'), edgeString), fc.oneof(date, edgeValue), { maxKeys: 4 }))]), { maxLength: 3 }), { nil: undefined }),
    activities: fc.option(fc.array(record([field('date', date), field('owner', edgeString), field('type', fc.constantFrom('call', 'demo')), field('count', fc.nat(5))]), { maxLength: 2 }), { nil: undefined }),
    usage: fc.option(fc.array(record([field('customerId', fc.constantFrom('c1', 'c2')), field('date', date), field('event', edgeString), field('count', fc.nat(5))]), { maxLength: 2 }), { nil: undefined }),
  }, { requiredKeys: ['currency', 'subscriptions'] }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);
const options = fc.constantFrom<string[]>([], ['--format', 'table'], ['--revops'], ['--from', '2024-01', '--to', '2024-06'], ['--to', '9998-12']);

/** Runs per in-process property; raise it for a longer hunt: `REVKIT_FUZZ_RUNS=5000 pnpm --filter @revkit/conformance exec vitest run conformance/hostile-input.test.ts`. */
const FUZZ_RUNS = Number(process.env.REVKIT_FUZZ_RUNS ?? 300);

/** In-process runs of the same entry point the binary calls: many cases, cheaply. */
async function runInProcess(args: readonly string[], input: string | Uint8Array): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const status = await runCli(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), readStdin: async () => input });
  // Small inputs: even a report over the whole supported range of months answers well within the bound.
  expect(Date.now() - started).toBeLessThan(TIME_BOUND_MS / 2);
  return { status, stdout, stderr };
}

describe('fuzzing the CLI with random bytes and random datasets', () => {
  it('random datasets through runCli: a report or clean problems, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, options, async (json, args) => {
        expectCleanOutcome(await runInProcess(['report', '-', ...args], JSON.stringify(json)));
      }),
      { numRuns: FUZZ_RUNS, seed: Number(process.env.REVKIT_FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });

  it('random bytes through runCli: a report or clean problems, never a throw', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      dataset.map((json) => new TextEncoder().encode(JSON.stringify(json))).chain((encoded) =>
        fc.tuple(fc.nat(Math.max(0, encoded.length - 1)), fc.integer({ min: 0, max: 255 })).map(([at, byte]) => {
          const mutated = encoded.slice();
          mutated[at] = byte;
          return mutated;
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(bytes, options, async (input, args) => {
        expectCleanOutcome(await runInProcess(['report', '-', ...args], input));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('random datasets and bytes through the built binary, each within the time bound', async () => {
    const input = fc.oneof(dataset.map((json) => JSON.stringify(json)), fc.uint8Array({ maxLength: 100 }));
    await fc.assert(
      fc.property(input, options, (content, args) => {
        const result = revkitBytes(['report', '-', ...args], content);
        expect(result.ms).toBeLessThan(TIME_BOUND_MS);
        expectCleanOutcome(result);
      }),
      { numRuns: 20 },
    );
  });
});
