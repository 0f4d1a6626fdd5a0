/**
 * A detail page's body: its sections as tabs in the main column (the first is the default, the
 * shown one kept in the address) and its About card beside them. In a narrow window the columns
 * stack and a timeline loads on as it scrolls, so About becomes the last tab instead of a card
 * no one would scroll down to.
 */
import type { ReactNode } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { useTabInAddress } from '../hooks/useTabInAddress';
import { Tabs } from './Tabs';

/** Where styles/layout.css stacks .detail-grid's two columns into one. */
const STACKED_QUERY = '(max-width: 1000px)';

export interface DetailSection<T extends string> {
  id: T;
  label: string;
  count?: number;
  content: ReactNode;
}

interface SectionedDetailProps<T extends string> {
  /** The tablist's name. */
  label: string;
  /** The ids, in order, as a constant list (the address knows only these). */
  ids: readonly [T, ...T[]];
  sections: { [K in T]: Omit<DetailSection<K>, 'id'> };
  about: ReactNode;
}

export function SectionedDetail<T extends string>({ label, ids, sections, about }: SectionedDetailProps<T>) {
  const narrow = useMediaQuery(STACKED_QUERY);
  const [section, setSection] = useTabInAddress<T | 'about'>([...ids, 'about'] as const);
  // Widened with About shown: About is back beside the tabs, and the first section shows.
  const shown = section === 'about' && !narrow ? ids[0] : section;
  const tabs = [
    ...ids.map((id) => ({ id, label: sections[id].label, ...(sections[id].count === undefined ? {} : { count: sections[id].count }) })),
    ...(narrow ? [{ id: 'about' as const, label: 'About' }] : []),
  ];
  return (
    <div className="detail-grid">
      <div className="detail-grid__main">
        <Tabs label={label} tabs={tabs} value={shown} onChange={setSection}>
          {shown === 'about' ? about : sections[shown].content}
        </Tabs>
      </div>
      {!narrow && <div className="detail-grid__side">{about}</div>}
    </div>
  );
}
