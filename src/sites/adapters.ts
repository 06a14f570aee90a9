/// <reference types="vite/client" />
/**
 * The content script's side of the site registry: the adapter for a host. Only the content entry
 * imports this file, so adapter code stays out of the background and the extension pages.
 *
 * Each site's adapter is `src/sites/<id>/adapter.ts` exporting `siteAdapter`; the bundler imports
 * them all statically (no chunk is fetched at run time), keyed here by the folder name.
 */
import { SITES, siteForHost, type SiteId } from './registry.ts';
import type { SiteAdapter } from './types.ts';

const modules = import.meta.glob<SiteAdapter>('./*/adapter.ts', { eager: true, import: 'siteAdapter' });

/** Adapters by site id; a registry site without an adapter folder is left out (the registry test fails on it). */
export const ADAPTERS: Partial<Record<SiteId, SiteAdapter>> = Object.fromEntries(
  SITES.flatMap((site) => {
    const adapter = modules[`./${site.id}/adapter.ts`];
    return adapter ? [[site.id, adapter]] : [];
  }),
);

/** The adapter for the page on this hostname, or undefined where Pullback does not run. */
export function adapterForHost(host: string): SiteAdapter | undefined {
  const site = siteForHost(host);
  return site ? ADAPTERS[site.id] : undefined;
}
