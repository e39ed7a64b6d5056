/**
 * React is built into one file of its own, named by its content alone: a
 * correction to `data/` must cost a returning reader the page and the app's
 * script, never React again. Two client builds (no prerender, no service
 * worker: `--mode client-only`), the second from a copy with one note's
 * wording changed, must name React's file the same; and no other file may
 * hold React's code.
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
/** What a client build reads: the project minus its outputs and tests. */
const PROJECT_FILES = [
  'index.html',
  'vite.config.ts',
  'package.json',
  'src',
  'data',
  'scripts',
  'public',
];
/** Strings that only React's own modules contain (react, react-dom, scheduler). */
const REACT_MARKERS = ['react.transitional.element', '__reactFiber$', 'unstable_scheduleCallback'];

const work = mkdtempSync(join(tmpdir(), 'react-chunk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function buildClient(root: string, outDir: string): Promise<string[]> {
  await build({
    root,
    mode: 'client-only',
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  return readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
}

/** A copy of the project whose first city's first local note reads differently. */
function copyWithNoteChanged(): string {
  const copy = join(work, 'copy');
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const file = join(copy, 'data/cities.json');
  const cities = JSON.parse(readFileSync(file, 'utf8')) as { localNotes: { text: string }[] }[];
  const note = cities[0]!.localNotes[0]!;
  note.text = `${note.text} The wording of this note was corrected.`;
  writeFileSync(file, JSON.stringify(cities, null, 2));
  return copy;
}

describe("React's own file", { timeout: 180_000 }, () => {
  it('keeps its name when a note changes, and is the only file with React in it', async () => {
    const firstOut = join(work, 'first');
    const first = await buildClient(ROOT, firstOut);
    const second = await buildClient(copyWithNoteChanged(), join(work, 'second'));

    const react = first.filter((name) => /^react-[\w-]+\.js$/.test(name));
    expect(react, 'one React file in the first build').toHaveLength(1);
    expect(second, 'the same React file after a note changed').toContain(react[0]);
    // The change did reach the app's script, so the comparison means something.
    const app = (names: string[]) => names.filter((name) => name.startsWith('index-'));
    expect(app(second)).not.toEqual(app(first));

    const holdingReact = first
      .filter((name) => name !== react[0])
      .filter((name) => {
        const text = readFileSync(join(firstOut, 'assets', name), 'utf8');
        return REACT_MARKERS.some((marker) => text.includes(marker));
      });
    expect(holdingReact, "files other than React's with React's code").toEqual([]);
  });
});
