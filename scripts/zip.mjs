// Store-ready zip of a build folder (fflate, deflate level 9). The same build gives the same zip, byte for byte:
// files in sorted order and one fixed timestamp. Zip times are local wall-clock times (fflate reads the Date's local
// fields), so the date is built from local fields too, and the zip does not change with the machine's time zone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const FIXED_TIME = new Date(2026, 0, 1);

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
}

export function zipFolder(dir, outFile) {
  const files = Object.fromEntries(walk(dir).map((file) => [relative(dir, file).split(sep).join('/'), readFileSync(file)]));
  writeFileSync(outFile, zipSync(files, { level: 9, mtime: FIXED_TIME }));
}
