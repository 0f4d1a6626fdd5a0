/** Icon: the app's small set of line icons, drawn inline (no icon font, nothing remote); always decorative, so labels carry meaning. */

const PATHS = {
  home: 'M4 10.5 12 4l8 6.5V19a1 1 0 0 1-1 1h-4.5v-5.5h-5V20H5a1 1 0 0 1-1-1z',
  projects: 'M4 7.5 12 4l8 3.5-8 3.5zM4 12l8 3.5 8-3.5M4 16.5 12 20l8-3.5',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c.6-3.4 3.2-5.5 6.5-5.5s5.9 2.1 6.5 5.5M16 4.3a3.5 3.5 0 0 1 0 6.4M18.5 14.8c1.6.8 2.7 2.6 3 5.2',
  feedback: 'M5 5h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-7l-4.5 3.5V16H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM8 9.5h8M8 12.5h5',
  lessons: 'M12 6.5C10 5 7.5 4.5 4 4.5v13c3.5 0 6 .5 8 2 2-1.5 4.5-2 8-2v-13c-3.5 0-6 .5-8 2zM12 6.5v13',
  patterns: 'M3 12h3.5l2.5-6 4 12 2.5-6H21',
  assessment: 'M9 4h6v2.5H9zM7 5H5.5a1 1 0 0 0-1 1v13.5a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1V6a1 1 0 0 0-1-1H17M8.5 13.5l2.3 2.3 4.7-4.8',
  settings:
    'M4 7h9M17 7h3M4 17h3M11 17h9M15 5v4M9 15v4',
  plus: 'M12 5v14M5 12h14',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 20 20',
  close: 'M6 6l12 12M18 6 6 18',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  alert: 'M12 8v5M12 16.5v.01M10.3 4.3 2.9 17.5A2 2 0 0 0 4.6 20.5h14.8a2 2 0 0 0 1.7-3L13.7 4.3a2 2 0 0 0-3.4 0z',
  back: 'M15 5l-7 7 7 7',
  chevron: 'M9 5l7 7-7 7',
  archive: 'M4 5h16v4H4zM5.5 9v10h13V9M10 13h4',
  restore: 'M4 9h11a5 5 0 0 1 0 10h-4M8 5 4 9l4 4',
  edit: 'M5 19h3.5L19 8.5 15.5 5 5 15.5zM13.5 7l3.5 3.5',
  remove: 'M5 12h14',
  keyboard: 'M3.5 7h17v10h-17zM7 10.5h.01M10.5 10.5h.01M14 10.5h.01M17 10.5h.01M8 14h8',
  calendar: 'M5 6h14v14H5zM5 10h14M9 4v4M15 4v4',
  upcoming: 'M5 6h14v14H5zM5 10h14M9 4v4M15 4v4M10 15h4.5M12.5 13l2 2-2 2',
  group: 'M7.5 10a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM16.5 10a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM3 18c.4-3 2.2-5 4.5-5s4.1 2 4.5 5M12 18c.4-3 2.2-5 4.5-5s4.1 2 4.5 5',
  sparkle: 'M12 3.5l1.9 5.6 5.6 1.9-5.6 1.9L12 18.5l-1.9-5.6L4.5 11l5.6-1.9z',
  trash: 'M5 7h14M10 7V5h4v2M7 7l1 12.5h8L17 7M10.5 11v5.5M13.5 11v5.5',
  exchanges: 'M4 8.5h14l-3.5-3.5M20 15.5H6l3.5 3.5',
  requests: 'M12 20.5a8.5 8.5 0 1 0-7.6-4.7L3.5 20.5l4.7-.9a8.5 8.5 0 0 0 3.8.9zM9.7 9.6a2.4 2.4 0 1 1 3.4 2.2c-.7.3-1.1.9-1.1 1.6v.4M12 16.4v.01',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}

/** The Counterpoint mark (resources/icon.svg, simplified for small sizes): two voices weaving across one staff. */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#4f49cc" />
      <g fill="none" strokeWidth="2.3" strokeLinecap="round">
        <path d="M6.5 11C11.3 11 11.3 21 16 21s4.7-10 9.5-10" stroke="#ffc685" />
        <path d="M6.5 21C11.3 21 11.3 11 16 11s4.7 10 9.5 10" stroke="#ffffff" />
      </g>
      <ellipse cx="6.8" cy="21" rx="2.3" ry="1.8" transform="rotate(-22 6.8 21)" fill="#ffffff" />
      <ellipse cx="6.8" cy="11" rx="2.3" ry="1.8" transform="rotate(-22 6.8 11)" fill="#ffc685" />
    </svg>
  );
}
