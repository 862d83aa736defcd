import type { Locale } from '../../platform/time.ts';
import { VOIVODESHIPS, type VoivodeshipCode } from './voivodeships.ts';

// A tile-grid cartogram of the 16 voivodeships: one equal square each, placed roughly where the
// region lies (no boundary data needed, and every region is equally easy to see and to click).
//
//        col 0   col 1   col 2   col 3   col 4
// row 0          ZP      PM      WM
// row 1  LB      WP      KP      MZ      PD
// row 2  DS      OP      LD      SK      LU
// row 3                  SL      MP      PK
const GRID: Record<VoivodeshipCode, readonly [row: number, col: number]> = {
  '32': [0, 1],
  '22': [0, 2],
  '28': [0, 3],
  '08': [1, 0],
  '30': [1, 1],
  '04': [1, 2],
  '14': [1, 3],
  '20': [1, 4],
  '02': [2, 0],
  '16': [2, 1],
  '10': [2, 2],
  '26': [2, 3],
  '06': [2, 4],
  '24': [3, 2],
  '12': [3, 3],
  '18': [3, 4],
};

export const TILE = { width: 132, height: 100, gap: 6 } as const;
export const CARTOGRAM_SIZE = {
  width: 5 * TILE.width + 4 * TILE.gap,
  height: 4 * TILE.height + 3 * TILE.gap,
} as const;

/** Names too wide for a tile, broken where a reader expects it. */
const LINE_BREAKS: Record<string, readonly string[]> = {
  zachodniopomorskie: ['zachodnio-', 'pomorskie'],
};

function nameLines(name: string): readonly string[] {
  const preset = LINE_BREAKS[name];
  if (preset) return preset;
  if (name.length <= 14) return [name];
  const hyphen = name.indexOf('-');
  if (hyphen > 0) return [name.slice(0, hyphen + 1), name.slice(hyphen + 1)];
  const space = name.lastIndexOf(' ');
  return space > 0 ? [name.slice(0, space), name.slice(space + 1)] : [name];
}

export interface Tile {
  code: VoivodeshipCode;
  name: string;
  lines: readonly string[];
  count: number;
  /** 0 for none, then 1–4 by share of the largest count: the tile's shade. */
  level: number;
  x: number;
  y: number;
}

/** The tiles with their counts, positions and shades, in reading order (so Tab moves row by row). */
export function cartogramTiles(counts: ReadonlyMap<string, number>, locale: Locale): Tile[] {
  const max = Math.max(0, ...counts.values());
  const codes = (Object.keys(GRID) as VoivodeshipCode[]).sort(
    (a, b) => GRID[a][0] - GRID[b][0] || GRID[a][1] - GRID[b][1],
  );
  return codes.map((code) => {
    const [row, col] = GRID[code];
    const count = counts.get(code) ?? 0;
    const name = VOIVODESHIPS[code][locale];
    return {
      code,
      name,
      lines: nameLines(name),
      count,
      level: count === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((count / max) * 4)),
      x: col * (TILE.width + TILE.gap),
      y: row * (TILE.height + TILE.gap),
    };
  });
}
