import { z } from 'zod';

/**
 * One setting the settings file got wrong, read as its default instead (the other settings keep
 * their saved values). The main process says which and why; the UI words it with the setting's label.
 */
export const SettingReset = z.object({
  /**
   * 'analysis.balancedBandLow'; just the group ('window') when the whole group was not an object;
   * '' when the whole file held no named settings (empty, not JSON, a list): every setting is reset.
   */
  path: z.string(),
  /** What the file said, as JSON text (shortened). */
  found: z.string(),
  /** The default it is read as now, as JSON text; 'none' for an optional setting with no default. */
  default: z.string(),
  /** The rule it broke, in the schema's words ("The lower edge of the balanced band must be between 0 and 1"). */
  reason: z.string(),
});
export type SettingReset = z.infer<typeof SettingReset>;
