/** The two views of the Lessons area: the lessons themselves, and the practice they left open. */
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import './LessonTabs.css';

/** `aside` sits at the right end of the tab bar, e.g. the view's one toggle. */
export function LessonTabs({ openPractice, aside }: { openPractice?: number | undefined; aside?: ReactNode }) {
  return (
    <div className="log-tabs">
      <nav className="log-tabs__nav" aria-label="Lessons views">
        <NavLink to="/lessons" end className={({ isActive }) => `log-tabs__tab${isActive ? ' is-active' : ''}`}>
          Lessons
        </NavLink>
        <NavLink to="/lessons/practice" className={({ isActive }) => `log-tabs__tab${isActive ? ' is-active' : ''}`}>
          Practice
          {openPractice !== undefined && openPractice > 0 && (
            <span className="log-tabs__count">
              {openPractice}
              <span className="visually-hidden"> open</span>
            </span>
          )}
        </NavLink>
      </nav>
      {aside && <div className="log-tabs__aside">{aside}</div>}
    </div>
  );
}
