import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Badge, Button, Drawer, Spin } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { request } from '../../api';
import { useI18n } from '../../i18n';
import { notifyText } from './texts';

// The drawer's content (list, settings) is its own chunk: the header carries only the badge.
const InboxPanel = lazy(() => import('./InboxPanel'));

export const UnreadCountDoc = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** How often the badge asks for the unread count (ms). Polling: the gateway subscribes to no bus event. */
export const POLL_MS = 5_000;

/**
 * The header's bell: the unread count (polled every POLL_MS, and at once when the window regains focus) and a drawer
 * with the inbox and the notification settings (open on arrival at /notifications, where mails link).
 */
export function NotificationBell() {
  const { lang } = useI18n();
  const [count, setCount] = useState(0);
  // Mails link to <console>/notifications: arriving there opens the inbox (the shell then moves to the user's section).
  const [open, setOpen] = useState(() => window.location.pathname === '/notifications');
  const refresh = useCallback(() => {
    request(UnreadCountDoc, {}).then(
      (d) => setCount(d.unreadNotificationCount),
      () => undefined, // a failed poll keeps the last count; the next one tries again
    );
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') refresh();
    }, POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);
  const label = count ? notifyText(lang, 'bellUnread', { n: count }) : notifyText(lang, 'bell');
  return (
    <>
      <Badge count={count} size="small" offset={[-4, 4]} data-testid="notification-badge">
        <Button size="small" ghost icon={<BellOutlined aria-hidden />} aria-label={label} title={label} onClick={() => setOpen(true)} data-testid="notification-bell" />
      </Badge>
      <Drawer title={notifyText(lang, 'bell')} open={open} onClose={() => setOpen(false)} width={520} closeIcon={<span aria-label={notifyText(lang, 'close')}>×</span>} destroyOnClose>
        <Suspense fallback={<Spin />}>{open && <InboxPanel onCountChange={setCount} />}</Suspense>
      </Drawer>
    </>
  );
}
