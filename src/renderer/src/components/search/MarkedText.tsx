/** Text with the ranges that matched a search in <mark>: React elements from offsets, never HTML. */
import type { ReactNode } from 'react';
import type { MarkedText as Marked } from '../../../../shared/contract/search';

export function MarkedText({ value }: { value: Marked }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start < at || end <= start || end > value.text.length) continue;
    if (start > at) pieces.push(<span key={`t${at}`}>{value.text.slice(at, start)}</span>);
    pieces.push(
      <mark key={`m${start}`} className="search-mark">
        {value.text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < value.text.length) pieces.push(<span key={`t${at}`}>{value.text.slice(at)}</span>);
  return <>{pieces}</>;
}
