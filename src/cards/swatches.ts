// Small solid circles in each level's colour, as data-URI PNGs: Adaptive Card text colours have no yellow or orange.
import { PNG } from 'pngjs';

const SIZE = 24;

export function swatchDataUri(hex: string): string {
  const png = new PNG({ width: SIZE, height: SIZE });
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const centre = (SIZE - 1) / 2;
  for (let y = 0; y < SIZE; y += 1) {
    for (let x = 0; x < SIZE; x += 1) {
      const inside = Math.hypot(x - centre, y - centre) <= SIZE / 2 - 0.5;
      const offset = (y * SIZE + x) * 4;
      png.data[offset] = r ?? 0;
      png.data[offset + 1] = g ?? 0;
      png.data[offset + 2] = b ?? 0;
      png.data[offset + 3] = inside ? 255 : 0;
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
