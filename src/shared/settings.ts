import { z } from 'zod';
import { IsoDate } from './entities/common';
import { ClockTime } from './reminders';

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

const share = (label: string) =>
  z
    .number({ message: `${label} must be a number` })
    .min(0, { message: `${label} must be between 0 and 1` })
    .max(1, { message: `${label} must be between 0 and 1` });
const count = (label: string, max: number) =>
  z
    .number({ message: `${label} must be a number` })
    .int({ message: `${label} must be a whole number` })
    .min(1, { message: `${label} must be at least 1` })
    .max(max, { message: `${label} must be at most ${max}` });

/** The pattern engine's rules (DOMAIN.md, "How balance is judged"). Field names are the engine's names. */
const analysisShape = {
  /** How far back a window reaches, counting today. */
  windowDays: z
    .number({ message: 'The window must be a number of days' })
    .int({ message: 'The window must be a whole number of days' })
    .min(7, { message: 'The window must be at least 7 days' })
    .max(3650, { message: 'The window must be at most 3650 days' }),
  /** A give share inside [low, high] is balanced. */
  balancedBandLow: share('The lower edge of the balanced band'),
  balancedBandHigh: share('The upper edge of the balanced band'),
  /** The credible interval's level for the give share. */
  intervalLevel: z
    .number({ message: 'The interval level must be a number' })
    .gt(0.5, { message: 'The interval level must be above 0.5' })
    .max(0.99, { message: 'The interval level must be at most 0.99' }),
  /** Below this total weight (given + received) a relationship has not enough data. */
  minimumWeight: count('The minimum weight', 1000),
  /** A met-rate gap at least this large means one side's needs count more. */
  needsGapThreshold: share('The needs gap threshold').gt(0, { message: 'The needs gap threshold must be above 0' }),
  /** Resolved requests needed on each side before a needs gap is judged. */
  needsGapMinResolved: count('The resolved requests needed', 1000),
  /** Lessons (the user as learner) needed in the window before dependence is judged. */
  dependenceMinSessions: count('The lessons needed', 1000),
  /** Confidence-to-do-it-alone is "not rising" at or below this slope (points on the 1–5 scale per rated lesson). */
  dependenceMaxConfidenceSlope: z
    .number({ message: 'The confidence slope must be a number' })
    .min(0, { message: 'The confidence slope must be between 0 and 1' })
    .max(1, { message: 'The confidence slope must be between 0 and 1' }),
  /** Practice done below this rate counts as "under half" (the default). */
  dependenceMaxPracticeDoneRate: share('The practice rate').gt(0, { message: 'The practice rate must be above 0' }),
  /** A Herfindahl index of received weight at or above this means one main source of support. */
  concentrationThreshold: share('The concentration threshold').gt(0, {
    message: 'The concentration threshold must be above 0',
  }),
  /** People with exchanges in the window needed before where support comes from is judged (one person is always "one main source"). */
  concentrationMinPeople: count('The people needed for where support comes from', 1000),
  /** Weight received in all (small = 1, medium = 2, large = 3) needed before where support comes from is judged. */
  concentrationMinWeight: count('The support needed for where support comes from', 10000),
  /** Exchanges in the window, given and received, needed before a kind of input is called missing. */
  missingBenefitsMinEntries: count('The exchanges needed for kinds of input', 10000),
  /** Days without received input on an active project that make a no-input stretch. */
  noInputGapDays: count('The no-input stretch', 3650),
  /** Received feedback declined above this share of the resolved is "most of it declined". */
  declinedShareThreshold: share('The declined share').gt(0, { message: 'The declined share must be above 0' }).lt(1, {
    message: 'The declined share must be below 1',
  }),
  /** Resolved received feedback needed before the declined share is judged. */
  declinedMinResolved: count('The resolved feedback needed', 1000),
  /** The change in give share between the window's halves that counts as rising or falling. */
  trendMinChange: share('The trend change').gt(0, { message: 'The trend change must be above 0' }),
};

export const AnalysisSettings = z
  .object(analysisShape)
  .refine((value) => value.balancedBandLow < value.balancedBandHigh, {
    message: 'The balanced band must start below where it ends',
    path: ['balancedBandHigh'],
  })
  .refine((value) => value.balancedBandLow <= 0.5 && value.balancedBandHigh >= 0.5, {
    message: 'The balanced band must include an even split (0.5)',
    path: ['balancedBandLow'],
  });
export type AnalysisSettings = z.infer<typeof AnalysisSettings>;

const backupsShape = {
  /** How many backups rotation keeps (the newest good one is never deleted). */
  keep: z
    .number({ message: 'The number of backups to keep must be a number' })
    .int({ message: 'The number of backups to keep must be a whole number' })
    .min(1, { message: 'Keep at least 1 backup' })
    .max(365, { message: 'Keep at most 365 backups' }),
};

export const BackupSettings = z.object(backupsShape);
export type BackupSettings = z.infer<typeof BackupSettings>;

const REMINDER_DEFAULTS = { enabled: false, quietFrom: '21:00', quietUntil: '08:00' };

/** The once-a-day reminder (opt-in): off by default, and never inside the quiet hours, which may cross midnight. */
const remindersShape = {
  enabled: z.boolean({ message: 'Reminders are either on or off' }),
  quietFrom: ClockTime('The start of the quiet hours'),
  quietUntil: ClockTime('The end of the quiet hours'),
};

export const ReminderSettings = z
  .object({
    ...remindersShape,
    /** The last day a summary was shown (kept by the app, not set by the user): a restart that day does not remind again. */
    lastRemindedDay: IsoDate.optional(),
  })
  .superRefine((value, context) => {
    if (value.quietFrom !== value.quietUntil) return;
    // Names the end unless the end is its default, so a damaged file is read with the start put back (settingsStore.ts).
    const path = value.quietUntil === REMINDER_DEFAULTS.quietUntil ? 'quietFrom' : 'quietUntil';
    context.addIssue({ code: 'custom', message: 'The quiet hours must end at a different time than they start', path: [path] });
  });
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const Settings = z.object({
  window: WindowBounds,
  analysis: AnalysisSettings,
  backups: BackupSettings,
  reminders: ReminderSettings,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  window: { width: 1280, height: 840, maximized: false },
  analysis: {
    windowDays: 180,
    balancedBandLow: 0.35,
    balancedBandHigh: 0.65,
    intervalLevel: 0.9,
    minimumWeight: 5,
    needsGapThreshold: 0.4,
    needsGapMinResolved: 3,
    dependenceMinSessions: 4,
    dependenceMaxConfidenceSlope: 0,
    dependenceMaxPracticeDoneRate: 0.5,
    concentrationThreshold: 0.5,
    concentrationMinPeople: 3,
    concentrationMinWeight: 10,
    missingBenefitsMinEntries: 6,
    noInputGapDays: 45,
    declinedShareThreshold: 0.5,
    declinedMinResolved: 5,
    trendMinChange: 0.15,
  },
  backups: { keep: 14 },
  reminders: { ...REMINDER_DEFAULTS },
};

export const SettingsPatch = z.strictObject({
  window: WindowBounds.optional(),
  /** Any subset of the analysis rules; the merged whole is checked again (band order) before saving. */
  analysis: z.strictObject(analysisShape).partial().optional(),
  backups: z.strictObject(backupsShape).partial().optional(),
  reminders: z.strictObject(remindersShape).partial().optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** A patch as the main process may write it: the user's patch, or the day a reminder was shown. */
export type SettingsWrite = SettingsPatch | { reminders: { lastRemindedDay: string } };
