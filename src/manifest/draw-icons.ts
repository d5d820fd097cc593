// Draws the Teams app icons from code so they can be rebuilt byte for byte (scripts/make-icons.ts).
import { PNG } from 'pngjs';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

/** Icon background doubles as the manifest's accentColor; the bands echo the guide's levels. */
export const ICON_COLOURS = {
  background: '#003049',
  card: '#ffffff',
  yellow: '#fcbf49',
  orange: '#f77f00',
  red: '#d62828',
} as const;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly radius: number;
}

type Rgb = readonly [number, number, number];

// Integer-only geometry and blending, so the pixels never depend on floating-point rounding.
const SUPERSAMPLES = 4;

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Is the point (in units of 1/scale pixel) inside the rounded rectangle? */
function insideRoundedRect(rect: Rect, px: number, py: number, scale: number): boolean {
  const x0 = rect.x * scale;
  const y0 = rect.y * scale;
  const x1 = (rect.x + rect.width) * scale;
  const y1 = (rect.y + rect.height) * scale;
  const r = rect.radius * scale;
  if (px < x0 || px >= x1 || py < y0 || py >= y1) return false;
  const cx = Math.min(Math.max(px, x0 + r), x1 - r);
  const cy = Math.min(Math.max(py, y0 + r), y1 - r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

/** Samples per pixel covered by the shape, out of `samples`²; sample centres sit at odd half-steps. */
function coverage(rect: Rect, x: number, y: number, samples: number): number {
  const scale = 2 * samples;
  let covered = 0;
  for (let sy = 0; sy < samples; sy += 1) {
    for (let sx = 0; sx < samples; sx += 1) {
      const px = 2 * (x * samples + sx) + 1;
      const py = 2 * (y * samples + sy) + 1;
      if (insideRoundedRect(rect, px, py, scale)) covered += 1;
    }
  }
  return covered;
}

function createImage(size: number): PNG {
  return new PNG({ width: size, height: size });
}

function fillOpaque(image: PNG, colour: Rgb): void {
  for (let i = 0; i < image.data.length; i += 4) {
    image.data[i] = colour[0];
    image.data[i + 1] = colour[1];
    image.data[i + 2] = colour[2];
    image.data[i + 3] = 255;
  }
}

/** Anti-aliased fill onto an opaque image; keeps it opaque. */
function paintRoundedRect(image: PNG, rect: Rect, colour: Rgb): void {
  const total = SUPERSAMPLES * SUPERSAMPLES;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const covered = coverage(rect, x, y, SUPERSAMPLES);
      if (covered === 0) continue;
      const i = (y * image.width + x) * 4;
      for (let c = 0; c < 3; c += 1) {
        const under = image.data[i + c] ?? 0;
        image.data[i + c] = Math.floor(((colour[c] ?? 0) * covered + under * (total - covered) + total / 2) / total);
      }
    }
  }
}

const WHITE = [255, 255, 255, 255] as const;
const CLEAR = [0, 0, 0, 0] as const;

/** Binary stamp: Teams wants outline pixels either pure white or fully transparent, nothing between. */
function stamp(image: PNG, rect: Rect, pixel: typeof WHITE | typeof CLEAR): void {
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (coverage(rect, x, y, 1) === 0) continue;
      image.data.set(pixel, (y * image.width + x) * 4);
    }
  }
}

// Z_RLE never consults zlib's hash tables, whose CPU-specific variants would change the bytes.
const PNG_OPTIONS = { deflateLevel: 9, deflateStrategy: 3, filterType: 1 } as const;

/** 192×192, opaque: a white action card with yellow, orange and red bands on the accent colour. */
export function drawColorIcon(): Buffer {
  const image = createImage(COLOR_ICON_SIZE);
  fillOpaque(image, hexToRgb(ICON_COLOURS.background));
  // The symbol stays inside the central 96×96 that Teams never crops.
  paintRoundedRect(image, { x: 60, y: 48, width: 72, height: 96, radius: 10 }, hexToRgb(ICON_COLOURS.card));
  const bands = [ICON_COLOURS.yellow, ICON_COLOURS.orange, ICON_COLOURS.red] as const;
  bands.forEach((band, index) => {
    paintRoundedRect(image, { x: 68, y: 58 + index * 27, width: 56, height: 22, radius: 4 }, hexToRgb(band));
  });
  return PNG.sync.write(image, { ...PNG_OPTIONS, colorType: 2 });
}

/** 32×32, white on transparent: the same card as an outline with three band strokes, no padding. */
export function drawOutlineIcon(): Buffer {
  const image = createImage(OUTLINE_ICON_SIZE);
  image.data.fill(0);
  stamp(image, { x: 4, y: 0, width: 24, height: 32, radius: 4 }, WHITE);
  stamp(image, { x: 6, y: 2, width: 20, height: 28, radius: 2 }, CLEAR);
  for (const y of [8, 15, 22]) stamp(image, { x: 10, y, width: 12, height: 3, radius: 0 }, WHITE);
  return PNG.sync.write(image, { ...PNG_OPTIONS, colorType: 6 });
}
