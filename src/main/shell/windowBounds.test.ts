import { describe, expect, it } from 'vitest';
import { WindowBounds } from '../../shared/settings';
import { boundsToRemember, MIN_WINDOW_SIZE, restoreBounds, type Rect } from './windowBounds';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };
const inside = (window: Rect, area: Rect) =>
  window.x >= area.x &&
  window.y >= area.y &&
  window.x + window.width <= area.x + area.width &&
  window.y + window.height <= area.y + area.height;

describe('restoring the window', () => {
  it('keeps a remembered position that is fully on a display', () => {
    const saved = { x: 100, y: 80, width: 1100, height: 700, maximized: false };
    expect(restoreBounds(saved, [laptop, external], laptop)).toEqual({ x: 100, y: 80, width: 1100, height: 700 });
    const onExternal = { x: 2000, y: 300, width: 1280, height: 840, maximized: false };
    expect(restoreBounds(onExternal, [laptop, external], laptop)).toEqual({ x: 2000, y: 300, width: 1280, height: 840 });
  });

  it('centres the window on the primary display when the remembered display is gone', () => {
    const saved = { x: 2000, y: 300, width: 1280, height: 840, maximized: true };
    const bounds = restoreBounds(saved, [laptop], laptop);
    expect(bounds).toEqual({ x: 80, y: 43, width: 1280, height: 840 });
    expect(inside(bounds, laptop)).toBe(true);
  });

  it('pulls a window hanging off an edge back onto the display it mostly covers', () => {
    const saved = { x: 1300, y: -200, width: 1000, height: 700, maximized: false };
    const bounds = restoreBounds(saved, [laptop, external], laptop);
    expect(inside(bounds, external)).toBe(true);
    expect(bounds).toMatchObject({ x: 1440, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display to fit', () => {
    const saved = { x: 0, y: 25, width: 3000, height: 2000, maximized: false };
    const bounds = restoreBounds(saved, [laptop], laptop);
    expect(bounds).toEqual({ ...laptop });
  });

  it('centres a first-run window (no position yet) and enforces the minimum size', () => {
    const bounds = restoreBounds({ width: 400, height: 300, maximized: false }, [laptop], laptop);
    expect(bounds.width).toBe(MIN_WINDOW_SIZE.width);
    expect(bounds.height).toBe(MIN_WINDOW_SIZE.height);
    expect(bounds.x).toBe((laptop.width - MIN_WINDOW_SIZE.width) / 2);
    expect(inside(bounds, laptop)).toBe(true);
  });

  it('never exceeds a display smaller than the minimum size', () => {
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 400 };
    const bounds = restoreBounds({ x: 10, y: 10, width: 1280, height: 840, maximized: false }, [tiny], tiny);
    expect(bounds).toEqual({ x: 0, y: 0, width: 640, height: 400 });
  });
});

describe('remembering the window', () => {
  it('stores whole pixels the settings schema accepts', () => {
    const remembered = boundsToRemember({ x: 10.4, y: -3.6, width: 1100.5, height: 699.2 }, true);
    expect(remembered).toEqual({ x: 10, y: -4, width: 1101, height: 699, maximized: true });
    expect(WindowBounds.safeParse(remembered).success).toBe(true);
    expect(WindowBounds.safeParse(boundsToRemember({ x: 0, y: 0, width: 10, height: 10 }, false)).success).toBe(true);
  });
});
