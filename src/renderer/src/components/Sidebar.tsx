/**
 * Sidebar: the product name and the navigation, built from the route registry; "coming" areas carry a tag.
 * In a narrow window it becomes an icon rail (styles/layout.css): labels stay in the accessibility tree
 * and show as tooltips, since the icons alone no longer say where a link goes.
 */
import { NavLink } from 'react-router-dom';
import { transportMode } from '../api/client';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { usePreparePage } from '../hooks/usePreparePage';
import { NAV_SECTIONS, navRoutes } from '../routes';
import { openQuickCapture } from './capture/captureStore';
import { modKey } from './capture/shortcutLabel';
import { Icon, Logo } from './Icon';
import { SearchButton } from './search/SearchButton';
import './Sidebar.css';

/** Keep in step with the rail's @media rule in styles/layout.css. */
export const RAIL_QUERY = '(max-width: 1000px)';

export function Sidebar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const entries = navRoutes();
  const rail = useMediaQuery(RAIL_QUERY);
  const prepare = usePreparePage();
  const logName = `Log (${modKey()} L)`;
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <Logo />
        <span className="sidebar__name">Counterpoint</span>
      </div>
      <button
        type="button"
        className="sidebar__log"
        onClick={() => openQuickCapture()}
        // Named by its visible word (WCAG 2.5.3); the shortcut is in aria-keyshortcuts and the rail's tooltip.
        title={rail ? logName : undefined}
        aria-keyshortcuts="Control+L Meta+L"
      >
        <Icon name="plus" />
        <span className="sidebar__log-label">Log</span>
        <kbd aria-hidden="true">{modKey()} L</kbd>
      </button>
      <SearchButton rail={rail} />
      <nav className="sidebar__nav" aria-label="Main">
        {NAV_SECTIONS.map((section) => {
          const items = entries.filter((route) => route.nav.section === section.id);
          if (items.length === 0) return null;
          const headingId = `nav-${section.id}`;
          return (
            <div key={section.id} className={`sidebar__section sidebar__section--${section.id}`}>
              {section.label && (
                <h2 className="sidebar__section-title" id={headingId}>
                  {section.label}
                </h2>
              )}
              <ul className="sidebar__list" aria-labelledby={section.label ? headingId : undefined}>
                {items.map((route) => (
                  <li key={route.path}>
                    <NavLink
                      to={route.path}
                      {...prepare(route.path)}
                      end={route.path === '/'}
                      title={rail ? `${route.nav.label}${route.nav.coming ? ' (coming)' : ''}` : undefined}
                      className={({ isActive }) =>
                        ['sidebar__link', isActive ? 'is-active' : '', route.nav.coming ? 'is-coming' : '']
                          .filter(Boolean)
                          .join(' ')
                      }
                    >
                      <Icon name={route.nav.icon} />
                      <span className="sidebar__label">{route.nav.label}</span>
                      {route.nav.coming && (
                        <span className="sidebar__tag">
                          <span className="sidebar__tag-text">coming</span>
                        </span>
                      )}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <div className="sidebar__footer">
        <button
          type="button"
          className="sidebar__hint"
          onClick={onShowShortcuts}
          title={rail ? 'Shortcuts (?)' : undefined}
        >
          <Icon name="keyboard" />
          <span className="sidebar__hint-label">
            Shortcuts <kbd>?</kbd>
          </span>
        </button>
        {transportMode === 'browser' && <p className="sidebar__mode">Browser mode · this computer only</p>}
      </div>
    </aside>
  );
}
