/**
 * Number formats for sentences. Sentences reflect the record ("this relationship looks one-sided")
 * and never label a person; every sentence carries the numbers it rests on.
 */

/** Weights are whole numbers from the log; a fraction only appears with unusual input. */
export function formatWeight(weight: number): string {
  return Number.isInteger(weight) ? String(weight) : weight.toFixed(1);
}

/** Shares and rates with two decimals, "0.82". */
export function formatShare(share: number): string {
  return share.toFixed(2);
}

/** A signed slope, "+0.40" or "−0.10" (a real minus sign). */
export function formatSlope(slope: number): string {
  const rounded = slope.toFixed(2);
  if (Number(rounded) === 0) return '0.00';
  return slope > 0 ? `+${rounded}` : `\u2212${rounded.slice(1)}`;
}

/** "90%" for 0.9, "95.5%" for 0.955. */
export function formatLevel(level: number): string {
  return `${Number((level * 100).toFixed(1))}%`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "The last week …" at the start of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
