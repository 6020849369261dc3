/** The soft prompt for push notifications, shown later in a visit to an article. */
export function NotificationPrompt() {
  return null;
}
