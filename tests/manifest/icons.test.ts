import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { ICON_COLOURS, drawColorIcon, drawOutlineIcon } from '../../src/manifest/draw-icons.js';
import { ROOT_DIR, TSX_BIN, sources } from './fixtures.js';

const color = PNG.sync.read(sources.colorIcon);
const outline = PNG.sync.read(sources.outlineIcon);

function pixels(image: PNG): { x: number; y: number; rgba: number[] }[] {
  const all: { x: number; y: number; rgba: number[] }[] = [];
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const i = (y * image.width + x) * 4;
      all.push({ x, y, rgba: [...image.data.subarray(i, i + 4)] });
    }
  }
  return all;
}

describe('colour icon', () => {
  it('is 192×192 and fully opaque', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(pixels(color).filter((p) => p.rgba[3] !== 255)).toEqual([]);
  });

  it('keeps the symbol inside the central 96×96 so Teams can crop 48 px all round', () => {
    const background = [0, 2, 4].map((at) => Number.parseInt(ICON_COLOURS.background.slice(1 + at, 3 + at), 16));
    const outside = pixels(color).filter((p) => p.x < 48 || p.x >= 144 || p.y < 48 || p.y >= 144);
    expect(outside.filter((p) => p.rgba.slice(0, 3).join() !== background.join())).toEqual([]);
    expect(pixels(color).some((p) => p.rgba.slice(0, 3).join() !== background.join())).toBe(true);
  });
});

describe('outline icon', () => {
  const all = pixels(outline);
  const white = all.filter((p) => p.rgba.join() === '255,255,255,255');
  const transparent = all.filter((p) => p.rgba[3] === 0);

  it('is 32×32', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('has only pure white or fully transparent pixels, and some of each', () => {
    expect(white.length + transparent.length).toBe(all.length);
    expect(white.length).toBeGreaterThan(0);
    expect(transparent.length).toBeGreaterThan(0);
  });

  it('has no padding around the symbol', () => {
    const ys = white.map((p) => p.y);
    const xs = white.map((p) => p.x);
    const spansHeight = Math.min(...ys) === 0 && Math.max(...ys) === 31;
    const spansWidth = Math.min(...xs) === 0 && Math.max(...xs) === 31;
    expect(spansHeight || spansWidth).toBe(true);
  });
});

describe('icon sources', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'handlekort-icons-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('draw the committed files byte for byte', () => {
    expect(drawColorIcon().equals(sources.colorIcon)).toBe(true);
    expect(drawOutlineIcon().equals(sources.outlineIcon)).toBe(true);
  });

  it('re-running scripts/make-icons.ts reproduces the committed files', () => {
    const run = spawnSync(TSX_BIN, [path.join(ROOT_DIR, 'scripts', 'make-icons.ts'), outDir], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(path.join(outDir, 'color.png')).equals(sources.colorIcon)).toBe(true);
    expect(readFileSync(path.join(outDir, 'outline.png')).equals(sources.outlineIcon)).toBe(true);
  });
});
