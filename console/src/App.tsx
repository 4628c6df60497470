import { Suspense, useEffect, useMemo } from 'react';
import { Alert, App as AntApp, Button, Spin } from 'antd';
import { graphql } from './gql';
import { useQuery } from './api';
import { Loadable } from './components/Loadable';
import { useI18n } from './i18n';
import { navigate, usePath } from './router';
import { ROUTES, sectionsOf, type Section } from './routes';
import { NotificationBell } from './components/notifications/NotificationBell';

export const MeDoc = graphql(`
  query Me {
    me {
      id
      roles
      organization {
        id
        name
        kind
        regionCode
        memberships {
          id
          role
          status
          alliance { id name regionCode status }
        }
      }
    }
  }
`);

export { sectionsOf, type Section };

/**
 * The signed-in console: header (sections, identity, language, sign-out) and the section's page. Loaded lazily by
 * Boot.tsx once there is a token, so the sign-in screen downloads none of it (nor antd's dialogs and messages).
 */
export default function Shell({ onSignOut }: { onSignOut: () => void }) {
  const { t, lang, setLang } = useI18n();
  const q = useQuery(MeDoc, {});
  const path = usePath();
  const me = q.data?.me ?? null;
  const sections = useMemo(() => (me ? sectionsOf(me) : []), [me]);
  const current = (path.split('/')[1] || '') as Section | '';
  useEffect(() => {
    if (sections.length && !sections.includes(current as Section)) navigate(`/${sections[0]}`, true);
  }, [sections, current]);
  useEffect(() => {
    if (q.data && !q.data.me) onSignOut();
    if (q.error?.code === 'UNAUTHENTICATED') onSignOut();
  }, [q.data, q.error, onSignOut]);
  const route = ROUTES.find((r) => r.key === current && sections.includes(r.key));
  return (
    <AntApp>
      <header className="app-header">
        <h1>
          {t('appTitle')} · {t('console')}
        </h1>
        <nav className="role-nav" aria-label={t('console')}>
          {sections.map((s) => (
            <a
              key={s}
              href={`/${s}`}
              aria-current={current === s ? 'page' : undefined}
              onClick={(ev) => {
                ev.preventDefault();
                navigate(`/${s}`);
              }}
            >
              {t(ROUTES.find((r) => r.key === s)!.label)}
            </a>
          ))}
        </nav>
        <span className="spacer" />
        {me && (
          <span className="who" title={me.organization?.name ?? me.id}>
            {t('signedInAs')}: {me.organization?.name ?? me.id}
          </span>
        )}
        {me?.organization && <NotificationBell />}
        <Button size="small" ghost onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} title={t('language')} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t('switchLanguage')}
        </Button>
        <Button size="small" ghost onClick={onSignOut}>
          {t('signOut')}
        </Button>
      </header>
      <main id="content" tabIndex={-1}>
        <Loadable q={q}>
          {(data) =>
            !data.me || !sections.length ? (
              <Alert type="info" showIcon message={t('noScreens')} />
            ) : (
              <Suspense
                fallback={
                  <div role="status" style={{ padding: 24, textAlign: 'center' }}>
                    <Spin />
      <span className="visually-hidden">{t('loading')}</span>
                  </div>
                }
              >
                {route && <route.page me={data.me} />}
              </Suspense>
            )
          }
        </Loadable>
      </main>
    </AntApp>
  );
}
