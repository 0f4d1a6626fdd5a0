/** The two views of the Lessons area: the lessons themselves, and the practice they left open. */
import { NavLink } from 'react-router-dom';

export function LessonTabs({ openPractice }: { openPractice?: number | undefined }) {
  return (
    <nav className="log-tabs" aria-label="Lessons views">
      <NavLink to="/lessons" end className={({ isActive }) => `log-tabs__tab${isActive ? ' is-active' : ''}`}>
        Lessons
      </NavLink>
      <NavLink to="/practice" className={({ isActive }) => `log-tabs__tab${isActive ? ' is-active' : ''}`}>
        Practice
        {openPractice !== undefined && openPractice > 0 && (
          <span className="log-tabs__count">
            {openPractice}
            <span className="visually-hidden"> open</span>
          </span>
        )}
      </NavLink>
    </nav>
  );
}
