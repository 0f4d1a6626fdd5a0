/**
 * What every form section takes. A kind's form is made of its sections, and quick capture shows
 * the same sections for the kind's essentials, `compact`: its shorter words, no hints, and
 * one-line text fields, so Enter logs from them.
 */
export interface SectionProps<V> {
  values: V;
  update: (patch: Partial<V>) => void;
  /** The inline message for one of the form's fields. */
  errorOf: (field: keyof V & string) => string | undefined;
  compact?: boolean;
}
