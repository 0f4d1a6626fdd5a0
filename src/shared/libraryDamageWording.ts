import type { LibraryDamage } from './contract/libraryDamage';

export interface DamageWording {
  title: string;
  /** What happened, in plain words, naming the file. */
  what: string;
  /** What to do next. */
  todo: string;
}

/**
 * The words for a library that could not be opened, shared by the full-window screen, browser mode's
 * console and the `check` command, so every place says the same thing.
 */
export function damageWording(damage: LibraryDamage): DamageWording {
  switch (damage.kind) {
    case 'truncated':
      return {
        title: 'Your library file is incomplete',
        what: `The file ${damage.file} is shorter than it should be: part of it is missing, as happens when a disk fills up or a copy stops halfway.`,
        todo: 'Restore the newest good backup, or put back a complete copy of the file from your own backups.',
      };
    case 'not-sqlite':
      return {
        title: 'This is not a Counterpoint library',
        what: `The file ${damage.file} is not a library file: it holds something else, or it was overwritten.`,
        todo: 'Restore the newest good backup, or put your library file back in this folder.',
      };
    case 'damaged':
      return {
        title: 'Your library file is damaged',
        what: `Part of ${damage.file} cannot be read: the check Counterpoint runs when it opens a library found a damaged page.`,
        todo: 'Restore the newest good backup. If you have a copy of the file from before the damage, you can also put it back yourself.',
      };
    case 'too-new':
      return {
        title: 'This library is from a newer Counterpoint',
        what: `The file ${damage.file} was written by a newer version of Counterpoint (schema ${damage.foundSchema ?? '?'}; this version understands up to ${damage.supportedSchema ?? '?'}).`,
        todo: 'Update Counterpoint to open it. Restoring an older backup would set aside the changes the newer version made.',
      };
  }
}

export const NOTHING_CHANGED = 'Counterpoint has not changed the file: nothing was written to it.';
