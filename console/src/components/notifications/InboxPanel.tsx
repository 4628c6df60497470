import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Empty, Form, Input, List, Select, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import type { NotificationKind, NotificationLocale } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { useI18n } from '../../i18n';
import { Loadable } from '../Loadable';
import { formatDateTime, PLATFORM_TZ } from '../../format';
import { navigate } from '../../router';
import { notifyText, type NotifyKey } from './texts';

export const InboxDoc = graphql(`
  query NotificationInbox($unreadOnly: Boolean, $first: Int, $after: String, $locale: NotificationLocale) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after, locale: $locale) {
      edges {
        node {
          id
          kind
          title
          body
          link
          read
          settled
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MarkReadDoc = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const MarkAllReadDoc = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const PreferencesDoc = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      email
      locale
      mailEnabled
      kinds {
        kind
        inApp
        email
      }
    }
  }
`);

export const SetPreferencesDoc = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      email
      locale
      mailEnabled
      kinds {
        kind
        inApp
        email
      }
    }
  }
`);

type Item = { id: string; kind: NotificationKind; title: string; body: string; link?: string | null; read: boolean; settled: boolean; createdAt: string };

/** The drawer's content: the inbox (newest first, unread in bold, mark read) and the per-kind settings. */
export default function InboxPanel({ onCountChange }: { onCountChange: (n: number) => void }) {
  const { lang } = useI18n();
  const tx = (k: NotifyKey, v?: Record<string, string | number>) => notifyText(lang, k, v);
  return (
    <Tabs
      items={[
        { key: 'inbox', label: tx('inbox'), children: <Inbox onCountChange={onCountChange} /> },
        { key: 'settings', label: tx('settings'), children: <Settings /> },
      ]}
    />
  );
}

function Inbox({ onCountChange }: { onCountChange: (n: number) => void }) {
  const { lang } = useI18n();
  const tx = (k: NotifyKey, v?: Record<string, string | number>) => notifyText(lang, k, v);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [after, setAfter] = useState<string | null>(null);
  const [items, setItems] = useState<Item[]>([]);
  const locale: NotificationLocale = lang === 'en' ? 'en' : 'zh_CN';
  const q = useQuery(InboxDoc, { unreadOnly, first: 20, after, locale });
  const markRead = useMutation(MarkReadDoc);
  const markAll = useMutation(MarkAllReadDoc);
  useEffect(() => {
    setAfter(null);
    setItems([]);
  }, [unreadOnly, lang]);
  useEffect(() => {
    const page = q.data?.notifications.edges.map((e) => e.node) ?? [];
    setItems((prev) => (after ? [...prev.filter((p) => !page.some((n) => n.id === p.id)), ...page] : page));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q.data]);
  const read = async (ids: string[]) => {
    const r = await markRead.run({ ids });
    if (r) {
      onCountChange(r.markNotificationsRead);
      setItems((prev) => prev.map((n) => (ids.includes(n.id) ? { ...n, read: true } : n)));
    }
  };
  const readAll = async () => {
    const r = await markAll.run({});
    if (r) {
      onCountChange(r.markAllNotificationsRead);
      setItems((prev) => prev.map((n) => ({ ...n, read: true })));
    }
  };
  return (
    <div data-testid="notification-inbox">
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12, flexWrap: 'wrap' }}>
        <Checkbox checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)}>
          {tx('unreadOnly')}
        </Checkbox>
        <span style={{ flex: 1 }} />
        <Button size="small" onClick={readAll} loading={markAll.loading} disabled={!items.some((n) => !n.read)}>
          {tx('markAllRead')}
        </Button>
      </div>
      {(markRead.error || markAll.error) && <Alert type="error" role="alert" showIcon message={(markRead.error ?? markAll.error)!.message} style={{ marginBottom: 8 }} />}
      <Loadable q={q}>
        {(data) =>
          items.length === 0 ? (
            <Empty description={unreadOnly ? tx('emptyUnread') : tx('empty')} />
          ) : (
            <>
              <List
                dataSource={items}
                renderItem={(n) => (
                  <List.Item
                    data-testid="notification-item"
                    data-kind={n.kind}
                    data-read={n.read ? 'true' : 'false'}
                    actions={[
                      ...(n.read ? [] : [<Button key="r" type="link" size="small" onClick={() => read([n.id])}>{tx('markRead')}</Button>]),
                      ...(n.link && n.link.startsWith('/') ? [<Button key="o" type="link" size="small" onClick={() => { void read([n.id]); navigate(n.link!); }}>{tx('open')}</Button>] : []),
                    ]}
                  >
                    <List.Item.Meta
                      title={
                        <span style={{ fontWeight: n.read ? 400 : 600 }}>
                          {!n.read && (
                            <Tag color="blue" style={{ marginRight: 6 }}>
                              {tx('unread')}
                            </Tag>
                          )}
                          {n.settled && (
                            <Tag style={{ marginRight: 6 }} data-testid="notification-settled">
                              {tx('settled')}
                            </Tag>
                          )}
                          {n.title}
                        </span>
                      }
                      description={
                        <>
                          <Typography.Paragraph style={{ marginBottom: 4, color: '#262626' }}>{n.body}</Typography.Paragraph>
                          <time dateTime={n.createdAt} style={{ color: '#595959', fontSize: 12 }}>
                            {formatDateTime(n.createdAt, PLATFORM_TZ)}
                          </time>
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
              {data.notifications.pageInfo.hasNextPage && (
                <Button block onClick={() => setAfter(data.notifications.pageInfo.endCursor ?? null)} loading={q.loading}>
                  {tx('more')}
                </Button>
              )}
            </>
          )
        }
      </Loadable>
    </div>
  );
}

function Settings() {
  const { lang } = useI18n();
  const tx = (k: NotifyKey, v?: Record<string, string | number>) => notifyText(lang, k, v);
  const { message } = App.useApp();
  const q = useQuery(PreferencesDoc, {});
  const save = useMutation(SetPreferencesDoc);
  const [email, setEmail] = useState('');
  const [mailLocale, setMailLocale] = useState<NotificationLocale>('zh_CN');
  const [kinds, setKinds] = useState<{ kind: NotificationKind; inApp: boolean; email: boolean }[]>([]);
  useEffect(() => {
    const p = q.data?.notificationPreferences;
    if (!p) return;
    setEmail(p.email ?? '');
    setMailLocale(p.locale);
    // Without an address the API reports e-mail off everywhere; the default once one is given is on.
    setKinds(p.kinds.map((k) => ({ kind: k.kind, inApp: k.inApp, email: p.email ? k.email : true })));
  }, [q.data]);
  const set = (kind: NotificationKind, field: 'inApp' | 'email', value: boolean) => setKinds((prev) => prev.map((k) => (k.kind === kind ? { ...k, [field]: value } : k)));
  const submit = async () => {
    const r = await save.run({ input: { email, locale: mailLocale, kinds } });
    if (r) message.success(tx('saved'));
  };
  const emailError = save.error?.field === 'email' ? tx('emailInvalid') : undefined;
  return (
    <Loadable q={q}>
      {(data) => (
        <Form layout="vertical" onFinish={submit} data-testid="notification-settings">
          {!data.notificationPreferences.mailEnabled && <Alert type="info" showIcon message={tx('mailOff')} style={{ marginBottom: 12 }} />}
          <Form.Item label={tx('email')} htmlFor="notify-email" validateStatus={emailError ? 'error' : undefined} help={emailError}>
            <Input id="notify-email" inputMode="email" value={email} onChange={(e) => setEmail(e.target.value)} placeholder={tx('emailPlaceholder')} autoComplete="email" />
          </Form.Item>
          <Form.Item label={tx('language')} htmlFor="notify-locale">
            <Select
              id="notify-locale"
              value={mailLocale}
              onChange={setMailLocale}
              options={[
                { value: 'zh_CN', label: '简体中文' },
                { value: 'en', label: 'English' },
              ]}
              style={{ maxWidth: 200 }}
            />
          </Form.Item>
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={kinds}
            columns={[
              { title: tx('kind'), dataIndex: 'kind', render: (k: NotificationKind) => tx(k as NotifyKey) },
              { title: tx('inApp'), dataIndex: 'inApp', width: 90, render: (v: boolean, r) => <Switch size="small" checked={v} onChange={(c) => set(r.kind, 'inApp', c)} aria-label={`${tx(r.kind as NotifyKey)}: ${tx('inApp')}`} /> },
              {
                title: tx('byEmail'),
                dataIndex: 'email',
                width: 90,
                render: (v: boolean, r) => <Switch size="small" checked={v && !!email.trim()} disabled={!email.trim()} onChange={(c) => set(r.kind, 'email', c)} aria-label={`${tx(r.kind as NotifyKey)}: ${tx('byEmail')}`} />,
              },
            ]}
          />
          {save.error && save.error.field !== 'email' && <Alert type="error" role="alert" showIcon message={save.error.message} style={{ marginTop: 12 }} />}
          <Button type="primary" htmlType="submit" loading={save.loading} style={{ marginTop: 12 }}>
            {tx('save')}
          </Button>
        </Form>
      )}
    </Loadable>
  );
}
