// The quick start's main job. Until the example dashboard exists it prints the
// revkit report of the bundled sample dataset as readable tables.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataset = join(root, 'packages/sample-data/datasets/default.json');
const cli = join(root, 'packages/cli/bin/revkit.js');

const result = spawnSync(process.execPath, [cli, 'report', dataset, '--format', 'table'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
