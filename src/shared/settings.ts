import { z } from 'zod';

/**
 * Everything the user can change. Both stores (electron-store in the desktop app, conf in
 * browser mode) are built from this one schema and these defaults.
 */
export const WindowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const Settings = z.object({
  window: WindowBounds,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  window: { width: 1280, height: 840, maximized: false },
};

export const SettingsPatch = z.strictObject({
  window: WindowBounds.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
