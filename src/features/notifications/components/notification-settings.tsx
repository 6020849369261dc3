/** The footer's control to turn notifications on or off. */
export function NotificationSettings() {
  return null;
}
