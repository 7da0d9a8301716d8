import fs from 'node:fs';
import path from 'node:path';

/** WeChat's limits: 2 MB a package (main included), 20 MB in all for one built by a service provider. */
export const PACKAGE_LIMIT = 2 * 1024 * 1024;
export const TOTAL_LIMIT = 20 * 1024 * 1024;
/**
 * Ours for the main package, at any size of volume: what grows with the volume (text, search index)
 * lives in subpackages, so the first download stays small (docs/large-volumes.md).
 */
export const MAIN_PACKAGE_TARGET = 1024 * 1024;

export interface PackageSize {
  /** '' for the main package, else the subpackage root. */
  root: string;
  bytes: number;
}

/** Sizes of a weapp build's packages, from its app.json: files under a subpackage root belong to it. */
export function packageSizes(weappDir: string): { packages: PackageSize[]; total: number; appJson: AppJson } {
  const appJson: AppJson = JSON.parse(fs.readFileSync(path.join(weappDir, 'app.json'), 'utf8'));
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
  const sizes = new Map<string, number>([['', 0], ...roots.map((r): [string, number] => [r, 0])]);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const rel = path.relative(weappDir, full).split(path.sep).join('/');
        const root = roots.find((r) => rel.startsWith(r)) ?? '';
        sizes.set(root, (sizes.get(root) ?? 0) + fs.statSync(full).size);
      }
    }
  };
  walk(weappDir);
  const packages = [...sizes.entries()].map(([root, bytes]) => ({ root, bytes }));
  return { packages, total: packages.reduce((n, p) => n + p.bytes, 0), appJson };
}

export interface AppJson {
  pages: string[];
  tabBar?: { list: Array<{ pagePath: string; text: string }> };
  subPackages?: Array<{ root: string; pages: string[] }>;
  subpackages?: Array<{ root: string; pages: string[] }>;
  /** Subpackages WeChat downloads when a page opens (≤ 2 MB a page). */
  preloadRule?: Record<string, { network: 'all' | 'wifi'; packages: string[] }>;
}
