/**
 * The browser's Notification API, for reminders in browser mode (the desktop app shows Electron's
 * notifications from the main process). Permission is asked only when the user turns reminders on.
 */
export type NotificationAccess = 'granted' | 'denied' | 'default' | 'unsupported';

export const notificationAccess = (): NotificationAccess =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** Asks the browser for permission (from the user's click); answers what the user or the browser decided. */
export async function askNotificationAccess(): Promise<NotificationAccess> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  return Notification.requestPermission();
}

/** What to tell the user when reminders cannot be shown, or null when they can. */
export function accessProblem(access: NotificationAccess): string | null {
  switch (access) {
    case 'denied':
      return 'Your browser blocks notifications from Counterpoint, so it cannot remind you. Allow notifications for this page in the browser’s site settings, then turn reminders on again.';
    case 'unsupported':
      return 'This browser cannot show notifications, so Counterpoint cannot remind you here. The desktop app can.';
    case 'default':
      return 'Counterpoint needs your permission to show notifications. Turn reminders on and allow them when the browser asks.';
    case 'granted':
      return null;
  }
}

export function showBrowserNotification(title: string, body: string): void {
  const notification = new Notification(title, { body, tag: 'counterpoint-daily-reminder' });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
