import type { SettingReset } from '../../../../shared/settingsReset';
import { ANALYSIS_GROUPS } from './analysisFields';

/** What each group is called in a sentence, and its settings' labels: the Settings page's own for the analysis rules. */
const GROUPS: Record<string, { word: string; labels: Record<string, string> }> = {
  analysis: {
    word: 'analysis',
    labels: Object.fromEntries(ANALYSIS_GROUPS.flatMap((group) => group.fields.map((field) => [field.key, field.label]))),
  },
  backups: { word: 'backups', labels: { keep: 'Backups to keep' } },
  reminders: {
    word: 'reminders',
    labels: { enabled: 'Remind me once a day', quietFrom: 'Quiet from', quietUntil: 'Quiet until', lastRemindedDay: 'Last reminded' },
  },
  window: {
    word: 'window',
    labels: { width: 'Width', height: 'Height', maximized: 'Maximized', x: 'Position from the left', y: 'Position from the top' },
  },
};

/** The file held no named settings at all (empty, not JSON, a list): one reset stands for every setting. */
export const isWholeFile = (reset: SettingReset) => reset.path === '';

/** Said under a whole-file reset, instead of the note about the other settings kept. */
export const WHOLE_FILE_NOTE = 'Counterpoint has not changed the file. When you save, or keep the defaults, it is set aside beside the new one, as it was.';

/** The toast and the notice's title for a whole-file reset. */
export const WHOLE_FILE_TITLE = 'Your settings file could not be read';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * One reset in plain words: "The analysis setting ‘Balanced band from’ was not valid (it said 2: the
 * lower edge of the balanced band must be between 0 and 1) and is back to its default 0.35."
 */
export function settingResetText(reset: SettingReset): string {
  if (isWholeFile(reset)) return `It holds ${reset.found}, so every setting is at its default.`;
  const [group = '', key] = reset.path.split('.');
  const known = GROUPS[group];
  const word = known?.word ?? group;
  if (key === undefined) {
    return `The ${word} settings were not valid (the file said ${reset.found}) and are back to their defaults.`;
  }
  const label = known?.labels[key] ?? key;
  const fallback = reset.default === 'none' ? 'is no longer set' : `is back to its default ${reset.default}`;
  return `The ${word} setting ‘${label}’ was not valid (it said ${reset.found}: ${lowerFirst(reset.reason)}) and ${fallback}.`;
}

/** The notice's title: one setting or several. */
export const settingResetTitle = (count: number) =>
  count === 1 ? 'A setting was not valid and is back to its default' : `${count} settings were not valid and are back to their defaults`;
