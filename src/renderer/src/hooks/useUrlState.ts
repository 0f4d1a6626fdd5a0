import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * A piece of page state kept in the address (?status=active), so Back, reload and links keep it.
 * The router applies address changes in a transition, a frame or more later; the value is also
 * held locally so the control that changed it shows the new value at once.
 */
export function useUrlState<T>(
  key: string,
  parse: (raw: string | null) => T,
  serialize: (value: T) => string | null,
): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(key);
  const [value, setValue] = useState(() => parse(raw));
  const [seenRaw, setSeenRaw] = useState(raw);

  // The address changed from outside (Back, a link, "Show all"): follow it.
  if (raw !== seenRaw) {
    setSeenRaw(raw);
    setValue(parse(raw));
  }

  const set = (next: T) => {
    setValue(next);
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        const text = serialize(next);
        if (text === null) updated.delete(key);
        else updated.set(key, text);
        return updated;
      },
      { replace: true },
    );
  };
  return [value, set];
}

export const parseFlag = (raw: string | null) => raw === '1';
export const serializeFlag = (on: boolean) => (on ? '1' : null);
