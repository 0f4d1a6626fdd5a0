import type { BackupInfo, BackupReason } from '../../../../shared/contract/backups';
import { ENTRY_KINDS, KINDS } from '../../../../shared/kinds';
import { localDay } from '../../../../shared/localDay';
import { formatDay, formatTime } from '../../format';

/** How the Settings card and the damaged-library screen describe one backup. */
export const REASON_LABEL: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Made by you',
  'before-migration': 'Before an upgrade',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
};

/**
 * "Today at 14:05", "Yesterday at 09:00", "24 Nov 2026 at 09:00" (the day as every page writes it), in the user's own time zone
 * and locale; `inSentence` gives "today at 14:05" for "the backup from today at 14:05".
 */
export function backupWhen(createdAt: string, { now = new Date(), inSentence = false }: { now?: Date; inSentence?: boolean } = {}): string {
  const at = new Date(createdAt);
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  const day = localDay(at);
  const near = day === localDay(now) ? 'Today' : day === localDay(yesterday) ? 'Yesterday' : null;
  return `${near ? (inSentence ? near.toLowerCase() : near) : formatDay(day)} at ${formatTime(at)}`;
}

const number = new Intl.NumberFormat();

/** "12 feedback · 4 lessons · 30 help · 2 requests · 8 people · 3 projects", from the registry's names; kinds with none are left out. */
export function backupCounts(counts: BackupInfo['counts']): string {
  const parts: string[] = [];
  for (const kind of ENTRY_KINDS) {
    const n = counts[kind];
    if (n) parts.push(`${number.format(n)} ${(n === 1 ? KINDS[kind].labels.one : KINDS[kind].labels.many).toLowerCase()}`);
  }
  for (const [key, one, many] of [['people', 'person', 'people'], ['projects', 'project', 'projects']] as const) {
    const n = counts[key];
    if (n) parts.push(`${number.format(n)} ${n === 1 ? one : many}`);
  }
  if (parts.length > 0) return parts.join(' · ');
  return Object.keys(counts).length > 0 ? 'An empty library' : 'Contents not recorded';
}

/** 41049910 → "39.1 MB". */
export function backupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
