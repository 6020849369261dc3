export type PushSupport =
  /** Notification, a service worker and the Push API are all there. */
  | 'supported'
  /** Missing one of them: the opt-in cannot work here. */
  | 'unsupported'
  /** iPhone and iPad: push works only once the site is added to the home screen. */
  | 'needs-install';

function isAppleMobile(nav: Navigator): boolean {
  // iPadOS reports itself as a Mac; its touch points give it away.
  return /iPad|iPhone|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
}

function isInstalled(win: Window): boolean {
  const standalone = (win.navigator as Navigator & { standalone?: boolean }).standalone === true;
  return (
    standalone ||
    (typeof win.matchMedia === 'function' && win.matchMedia('(display-mode: standalone)').matches)
  );
}

export function detectPushSupport(win: Window = window): PushSupport {
  if (isAppleMobile(win.navigator) && !isInstalled(win)) return 'needs-install';
  const supported = 'Notification' in win && 'serviceWorker' in win.navigator && 'PushManager' in win;
  return supported ? 'supported' : 'unsupported';
}
