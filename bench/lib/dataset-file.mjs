// Writes a generated dataset to a JSON file in chunks: a 1 M-customer dataset
// is close to V8's largest string, so it is never stringified whole.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Records per write: large enough to be quick, small enough to stay far from the string limit. */
const RECORDS_PER_WRITE = 10_000;

/**
 * Writes `dataset` to `path` as compact JSON (what `JSON.stringify(dataset)`
 * would give), section by section and array sections in slices.
 * Returns the bytes written.
 */
export function writeDatasetFile(path, dataset) {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const write = (text) => {
    bytes += writeSync(fd, text);
  };
  try {
    write('{');
    let firstSection = true;
    for (const [key, value] of Object.entries(dataset)) {
      if (value === undefined) continue;
      write(`${firstSection ? '' : ','}${JSON.stringify(key)}:`);
      firstSection = false;
      if (!Array.isArray(value)) {
        write(JSON.stringify(value));
        continue;
      }
      write('[');
      for (let start = 0; start < value.length; start += RECORDS_PER_WRITE) {
        const slice = JSON.stringify(value.slice(start, start + RECORDS_PER_WRITE));
        write(`${start === 0 ? '' : ','}${slice.slice(1, -1)}`);
      }
      write(']');
    }
    write('}\n');
  } finally {
    closeSync(fd);
  }
  return bytes;
}
