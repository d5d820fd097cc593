// Rebuilds manifest/color.png and manifest/outline.png; pass a directory to write elsewhere (tests do).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from '../src/manifest/draw-icons.js';

const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'manifest'));
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'color.png'), drawColorIcon());
writeFileSync(path.join(outDir, 'outline.png'), drawOutlineIcon());
console.log(`Icons written to ${outDir}`);
