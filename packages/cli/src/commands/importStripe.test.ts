import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReport, type Dataset } from '@revkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_USAGE } from '../index.js';
import { runCliForTest } from '../_test/runCli.js';

/** The CLI in-process, collecting what it prints. */
const run = runCliForTest;

/** The hand-written export (see packages/import/src/stripe/datasetFromStripe.test.ts for the worked MRR). */
const FIXTURE = fileURLToPath(new URL('../../../../test/fixtures/stripe/', import.meta.url));
const recorded = (name: string) => JSON.parse(readFileSync(join(FIXTURE, name), 'utf8')) as { object: 'list'; data: { id: string }[]; has_more: boolean; url: string };
const HAND_WORKED_MRR = [274.8, 455.8, 563.4, 612.4, 562.4, 562.4, 562.4, 562.4];
const mrrOf = (json: string) => buildReport(JSON.parse(json) as Dataset, { from: '2024-01', to: '2024-08' }).mrr.map((row) => row.mrr);

// The SDK loads on first use and the machine may be busy: generous timeouts, the local server answers at once.
describe('revkit import stripe --dir', { timeout: 60_000 }, () => {
  it('converts the saved list pages and reports the hand-worked MRR', async () => {
    const result = await run(['import', 'stripe', '--dir', FIXTURE, '--currency', 'EUR', '--fx', 'USD=0.5,JPY=0.006']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: sub_metered: price price_api_calls is metered (usage-based): not MRR, skipped\n');
    expect(mrrOf(result.stdout)).toEqual(HAND_WORKED_MRR);
  });

  it('names the subscription whose currency has no fx rate, and writes nothing', async () => {
    const result = await run(['import', 'stripe', '--dir', FIXTURE, '--currency', 'EUR', '--fx', 'USD=0.5']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('sub_volume_jpy: price price_volume_jpy is in JPY: give its fx rate into EUR (--fx JPY=RATE)\n');
  });

  it('reports malformed and non-list files and a folder without subscriptions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'revkit-stripe-'));
    writeFileSync(join(dir, 'invoices.json'), '{"object": "list", "data": [');
    writeFileSync(join(dir, 'customers.json'), '{"id": "cus_1"}');
    const result = await run(['import', 'stripe', '--dir', dir, '--currency', 'EUR']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/invoices\.json: malformed JSON in invoices\.json at line 1, column 29: expected a value or '\]', got the end of the input$/),
      `${join(dir, 'customers.json')}: must be a Stripe list: { "object": "list", "data": [ … ] }`,
      `${dir}: has no subscriptions*.json (save \`stripe subscriptions list --status=all\` there)`,
    ]);
  });

  it.each([
    [['import', 'stripe', '--currency', 'EUR'], /give one of --dir DIR or --api-key-env VAR/],
    [['import', 'stripe', '--dir', 'x'], /--currency: is required/],
    [['import', 'stripe', '--currency', 'EUR', '--dir', 'x', '--api-base', 'http://127.0.0.1:1'], /--api-base: only with --api-key-env/],
    [['import', 'stripe', '--currency', 'EUR', '--dir', 'x', '--exclude-unpaid=yes'], /--exclude-unpaid: takes no value/],
  ])('rejects usage %j with status 2', async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(EXIT_USAGE);
    expect(result.stderr).toMatch(message);
  });
});

describe('revkit import stripe --api-key-env, against a local server replaying recorded list pages', { timeout: 60_000 }, () => {
  const KEY = 'sk_test_revkit_local';
  const requests: string[] = [];
  let server: Server;
  let base = '';

  /** Serves a recorded list in pages of `size`, following `starting_after` as the API does. */
  function paged(url: string, data: { id: string }[], search: URLSearchParams, size: number) {
    const after = search.get('starting_after');
    const from = after === null ? 0 : data.findIndex((item) => item.id === after) + 1;
    return { object: 'list', data: data.slice(from, from + size), has_more: from + size < data.length, url };
  }

  function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${request.method} ${url.pathname}${url.search}`);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_local' });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${KEY}`) return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    const expands = [...url.searchParams.entries()].filter(([key]) => key.startsWith('expand')).map(([, value]) => value);
    switch (url.pathname) {
      case '/v1/subscriptions': {
        // The two pages exactly as recorded: the second is asked for after the first page's last id.
        if (url.searchParams.get('status') !== 'all' || !expands.includes('data.discounts')) {
          return send(400, { error: { type: 'invalid_request_error', message: 'test server: status=all and expanded discounts expected' } });
        }
        const first = recorded('subscriptions.json');
        const after = url.searchParams.get('starting_after');
        if (after === null) return send(200, first);
        if (after === first.data.at(-1)!.id) return send(200, recorded('subscriptions-2.json'));
        return send(400, { error: { type: 'invalid_request_error', message: `unexpected starting_after ${after}` } });
      }
      case '/v1/invoices':
        return send(200, paged('/v1/invoices', recorded('invoices.json').data, url.searchParams, 2));
      case '/v1/customers':
        return send(200, paged('/v1/customers', recorded('customers.json').data, url.searchParams, 5));
      case '/v1/prices':
        return send(200, paged('/v1/prices', recorded('prices.json').data, url.searchParams, 1));
      default:
        return send(404, { error: { type: 'invalid_request_error', message: `no route ${url.pathname}` } });
    }
  }

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches every page through the SDK and gives the same dataset as the saved export', async () => {
    process.env.REVKIT_TEST_STRIPE_KEY = KEY;
    const live = await run(['import', 'stripe', '--api-key-env', 'REVKIT_TEST_STRIPE_KEY', '--api-base', base, '--currency', 'EUR', '--fx', 'USD=0.5,JPY=0.006']);
    expect(live.stderr.trimEnd().split('\n').filter((line) => !line.startsWith('warning: '))).toEqual([]);
    expect(live.status).toBe(0);
    expect(mrrOf(live.stdout)).toEqual(HAND_WORKED_MRR);
    const saved = await run(['import', 'stripe', '--dir', FIXTURE, '--currency', 'EUR', '--fx', 'USD=0.5,JPY=0.006']);
    expect(JSON.parse(live.stdout)).toEqual(JSON.parse(saved.stdout));
    // Two subscription pages, three invoice pages (5 invoices by 2), three customer pages, one price page.
    expect(requests.filter((line) => line.startsWith('GET /v1/subscriptions'))).toHaveLength(2);
    expect(requests.filter((line) => line.startsWith('GET /v1/invoices'))).toHaveLength(3);
    expect(requests.filter((line) => line.startsWith('GET /v1/customers'))).toHaveLength(3);
  });

  it('says when the key is refused, with nothing on stdout', async () => {
    process.env.REVKIT_TEST_STRIPE_KEY = 'sk_test_wrong';
    const result = await run(['import', 'stripe', '--api-key-env', 'REVKIT_TEST_STRIPE_KEY', '--api-base', base, '--currency', 'EUR']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('stripe: the API request failed: Invalid API Key provided\n');
  });

  it('names an unset key variable', async () => {
    delete process.env.REVKIT_TEST_STRIPE_KEY_UNSET;
    const result = await run(['import', 'stripe', '--api-key-env', 'REVKIT_TEST_STRIPE_KEY_UNSET', '--currency', 'EUR']);
    expect(result.status).toBe(EXIT_BAD_INPUT);
    expect(result.stderr).toBe('--api-key-env: environment variable REVKIT_TEST_STRIPE_KEY_UNSET is not set\n');
  });
});
