import { useEffect } from 'react';
import { reminderText } from '../../../shared/reminders';
import { call, transportMode } from '../api/client';
import { useCall } from '../api/hooks';
import { notificationAccess, showBrowserNotification } from './browserNotifications';

/** As often as the desktop app asks (src/main/shell/dailyReminder.ts). */
const CHECK_MS = 5 * 60 * 1000;

/**
 * Browser mode's daily reminder, mounted once in the app shell: while reminders are on and the
 * browser allows notifications, asks reminders.take now and every few minutes (the main process
 * decides and remembers the day, so several tabs remind once) and shows the summary. Renders nothing.
 * The desktop app's main process does this itself.
 */
export function BrowserReminders() {
  const settings = useCall('settings.get', {});
  const enabled = transportMode === 'browser' && settings.data?.reminders.enabled === true;

  useEffect(() => {
    if (!enabled) return;
    const check = () => {
      // Without permission the day is not taken: it is shown once the user allows notifications.
      if (notificationAccess() !== 'granted') return;
      call('reminders.take', {})
        .then((summary) => {
          if (summary) showBrowserNotification('Counterpoint', reminderText(summary));
        })
        .catch(() => undefined);
    };
    check();
    const timer = window.setInterval(check, CHECK_MS);
    return () => window.clearInterval(timer);
  }, [enabled]);

  return null;
}
