// Writes datasets/default.json from the built package, so the committed file
// is exactly what defaultDataset() returns (a test checks they stay equal).
import { writeFileSync } from 'node:fs';
import { defaultDataset, formatDatasetJson } from '../dist/index.js';

const target = new URL('../datasets/default.json', import.meta.url);
writeFileSync(target, formatDatasetJson(defaultDataset()));
console.log(`wrote ${target.pathname}`);
