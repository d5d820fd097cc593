// The level colours as a stylesheet, from the guide module: CSP forbids inline styles, and the guide stays the one source.
import type { Guide } from '../guide/types.js';

const HEX = /^#[0-9a-f]{6}$/i;
export const DARK_INK = '#1b1b1b';
export const LIGHT_INK = '#ffffff';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour with the better contrast on a level colour. */
export function inkFor(colour: string): string {
  return contrastRatio(colour, DARK_INK) >= contrastRatio(colour, LIGHT_INK) ? DARK_INK : LIGHT_INK;
}

export function renderLevelCss(guide: Guide): string {
  return guide.levels
    .filter((level) => HEX.test(level.colour))
    .map((level) => `[data-level="${level.id}"] { --level-colour: ${level.colour}; --level-ink: ${inkFor(level.colour)}; }`)
    .join('\n')
    .concat('\n');
}
