import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Stylesheet {
  /** The content-hashed file name, e.g. `reporter.3f9a1c0b2d4e.css`. */
  readonly file: string;
  /** Where pages link it; the hash in the name lets browsers cache it for a year. */
  readonly href: string;
  readonly css: Buffer;
}

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

/** A side's stylesheet: the shared base, then the side's own rules, served as one file. */
function load(name: string): Stylesheet {
  const css = Buffer.concat([
    readFileSync(join(ASSETS, 'base.css')),
    readFileSync(join(ASSETS, name)),
  ]);
  const hash = createHash('sha256').update(css).digest('hex').slice(0, 12);
  const file = name.replace(/\.css$/, `.${hash}.css`);
  return { file, href: `/assets/${file}`, css };
}

/**
 * One small hand-written stylesheet per side (web.md), read and hashed once when the API starts:
 * `base.css` (what both sides share) followed by `reporter.css` or `staff.css`.
 */
export const STYLESHEETS = {
  reporter: load('reporter.css'),
  staff: load('staff.css'),
} as const satisfies Record<string, Stylesheet>;

const BY_FILE = new Map<string, Stylesheet>(
  Object.values(STYLESHEETS).map((sheet) => [sheet.file, sheet]),
);

export function stylesheetByFile(file: string): Stylesheet | undefined {
  return BY_FILE.get(file);
}
