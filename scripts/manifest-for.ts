/**
 * One source manifest (manifest.json, written for Chrome/Edge) and the small set of changes that
 * make it a Firefox manifest. Kept pure so a unit test can pin both results.
 */
export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'pullback@pullback.invalid';
export const FIREFOX_MIN_VERSION = '140.0';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function manifestFor(source: Manifest, target: Target): Manifest {
  const manifest: Manifest = structuredClone(source);
  if (target === 'chrome') return manifest;

  const worker = manifest.background?.service_worker;
  if (worker) manifest.background = { scripts: [worker], type: 'module' };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Firefox's built-in data consent: Pullback collects nothing.
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android learned data_collection_permissions in 142.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
