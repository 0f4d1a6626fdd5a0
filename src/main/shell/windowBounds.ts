import type { WindowBounds } from '../../shared/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Below this the app's navigation and forms stop fitting side by side. */
export const MIN_WINDOW_SIZE = { width: 720, height: 500 } as const;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), Math.max(low, high));

/** The same size, made to fit the work area, at least the minimum where the screen allows it. */
function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.min(Math.max(width, MIN_WINDOW_SIZE.width), area.width)),
    height: Math.round(Math.min(Math.max(height, MIN_WINDOW_SIZE.height), area.height)),
  };
}

/**
 * Where to open the window from the remembered bounds and today's displays (their work areas).
 * A window that was on a display no longer attached, or that would hang off the edge, is moved
 * onto the display it overlaps most — or centred on the primary one — so it is always reachable.
 */
export function restoreBounds(saved: WindowBounds, workAreas: readonly Rect[], primary: Rect): Rect {
  if (saved.x !== undefined && saved.y !== undefined) {
    const remembered: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    let best: Rect | null = null;
    let bestArea = 0;
    for (const area of workAreas) {
      const shared = overlapArea(remembered, area);
      if (shared > bestArea) {
        best = area;
        bestArea = shared;
      }
    }
    if (best) {
      const size = fitSize(saved.width, saved.height, best);
      return {
        ...size,
        x: Math.round(clamp(saved.x, best.x, best.x + best.width - size.width)),
        y: Math.round(clamp(saved.y, best.y, best.y + best.height - size.height)),
      };
    }
  }
  const size = fitSize(saved.width, saved.height, primary);
  return {
    ...size,
    x: Math.round(primary.x + (primary.width - size.width) / 2),
    y: Math.round(primary.y + (primary.height - size.height) / 2),
  };
}

/** What to remember: the un-maximised bounds (so un-maximising later lands somewhere sensible). */
export function boundsToRemember(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.max(400, Math.round(normal.width)),
    height: Math.max(300, Math.round(normal.height)),
    maximized,
  };
}
