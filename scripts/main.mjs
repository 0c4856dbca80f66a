// The quick start's main job: serve the example revenue dashboard
// (examples/dashboard, a static Vite build) and print the URL to open.
// `npm start` has turbo build every package first; run on its own, this
// builds the dashboard when its build is missing. Runs until Ctrl-C.
//
//   PORT=8080 HOST=0.0.0.0 node scripts/main.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'examples', 'dashboard', 'dist');
const index = join(dist, 'index.html');
const firstPort = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
// How many ports above PORT to try when it is taken (another app, another run).
const PORT_ATTEMPTS = 20;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function buildDashboard() {
  console.log('revkit: building the dashboard and the packages it uses…');
  const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
  const result = spawnSync(turbo, ['run', 'build', '--filter=@revkit/example-dashboard...', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.error) throw new Error(`could not run turbo (${result.error.message}): run \`pnpm install\` first`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The file a request path maps to inside dist/, or null when it escapes dist/ or does not exist. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(dist, decoded));
  if (candidate !== dist && !candidate.startsWith(dist + sep)) return null;
  try {
    const stats = statSync(candidate);
    if (stats.isFile()) return candidate;
    if (stats.isDirectory() && existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  } catch {
    // Not there.
  }
  return null;
}

function serve(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  // A path without an extension is a page of the single-page app: answer with it.
  const file = fileFor(pathname) ?? (extname(pathname) === '' ? index : null);
  if (file === null) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const hashed = file.startsWith(join(dist, 'assets') + sep);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    // Vite fingerprints assets/: they never change under a name. The page itself must be revalidated.
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

function listen(server, port, attemptsLeft) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && attemptsLeft > 0) resolve(listen(server, port + 1, attemptsLeft - 1));
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

if (!existsSync(index)) buildDashboard();
if (!existsSync(index)) {
  console.error(`revkit: ${index} is still missing after the build`);
  process.exit(1);
}

const server = createServer(serve);
const port = await listen(server, firstPort, PORT_ATTEMPTS);
const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`revkit dashboard: http://${shownHost}:${port}/`);
console.log('Serving examples/dashboard/dist. Press Ctrl-C to stop.');

const stop = () => {
  server.close(() => process.exit(0));
  // Open keep-alive connections would hold close() back: do not wait on them.
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
