import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Alert, App as AntApp, Button, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { graphql } from './gql';
import { useQuery } from './api';
import { Loadable } from './components/Loadable';
import { useI18n } from './i18n';
import { navigate, usePath } from './router';
import { getToken, initialToken, setToken } from './session';
import { ROUTES, sectionsOf, type Section } from './routes';

// The sign-in screen is its own chunk too: the first screen loads only what it shows (see routes.tsx for the rest).
const SignIn = lazy(() => import('./pages/SignIn'));

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

function Busy() {
  const { t } = useI18n();
  return (
    <div role="status" style={{ padding: 24, textAlign: 'center' }}>
      <Spin aria-label={t('loading')} />
    </div>
  );
}

export function App() {
  const { lang, t } = useI18n();
  const [token, setTok] = useState<string | null>(() => {
    const t = initialToken();
    setToken(t);
    return t;
  });
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  }, [lang]);
  const signIn = (t: string | null) => {
    setToken(t);
    setTok(t);
    if (!t) navigate('/', true);
  };
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#0b3d91', borderRadius: 6 } }}>
      <AntApp>
        <a className="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        {token && getToken() ? (
          <Shell key={token} onSignOut={() => signIn(null)} />
        ) : (
          <Suspense fallback={<Busy />}>
            <SignIn onSignIn={signIn} />
          </Suspense>
        )}
      </AntApp>
    </ConfigProvider>
  );
}

function Shell({ onSignOut }: { onSignOut: () => void }) {
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
    <>
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
        <Button size="small" ghost onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={`${t('language')}: ${t('switchLanguage')}`} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
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
              <Suspense fallback={<Busy />}>{route && <route.page me={data.me} />}</Suspense>
            )
          }
        </Loadable>
      </main>
    </>
  );
}
