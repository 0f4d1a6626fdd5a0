/** The mark for each kind of timeline entry: a speech bubble, a book, a heart, a question. Decorative; the row's title names the kind. */
import type { TimelineType } from '../../../../shared/entities/timeline';
import { Icon } from '../Icon';
import './TimelineGlyphs.css';

const OWN_PATHS = {
  help: 'M12 19.5s-7-4.3-7-9.7A3.8 3.8 0 0 1 12 7.4a3.8 3.8 0 0 1 7 2.4c0 5.4-7 9.7-7 9.7z',
  request: 'M12 20.5a8.5 8.5 0 1 0 0-17 8.5 8.5 0 0 0 0 17zM9.7 9.6a2.4 2.4 0 1 1 3.4 2.2c-.7.3-1.1.9-1.1 1.6v.5M12 16.6v.01',
} as const;

export function TypeGlyph({ type }: { type: TimelineType }) {
  return (
    <span className={`tl-glyph tl-glyph--${type}`} aria-hidden="true">
      {type === 'feedback' || type === 'lesson' ? (
        <Icon name={type === 'feedback' ? 'feedback' : 'lessons'} size={15} />
      ) : (
        <svg className="icon" width={15} height={15} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} strokeLinecap="round" strokeLinejoin="round" focusable="false">
          <path d={OWN_PATHS[type]} />
        </svg>
      )}
    </span>
  );
}
