import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from '../harness/browser.ts';

export default function setup(): void {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!existsSync('dist/chrome/manifest.json')) throw new Error('No Chrome build in dist/chrome: run `npm run build` first.');
}
