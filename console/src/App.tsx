import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
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
import type { Viewer } from './types';
import { SignIn } from './pages/SignIn';

// One chunk per role: a funder never downloads the calendar, a member never the funder's tables.
const LeadConsole = lazy(() => import('./pages/lead/LeadConsole'));
const MemberConsole = lazy(() => import('./pages/member/MemberConsole'));
const FunderConsole = lazy(() => import('./pages/funder/FunderConsole'));
const OversightConsole = lazy(() => import('./pages/oversight/OversightConsole'));
const EnterpriseConsole = lazy(() => import('./pages/oversight/EnterpriseConsole'));
const PublicNotices = lazy(() => import('./pages/oversight/PublicNotices'));

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

export type Section = 'lead' | 'member' | 'funder' | 'oversight' | 'enterprise';

/** What the signed-in identity is shown; the API still decides what it may do. */
export function sectionsOf(me: Viewer): Section[] {
  const out: Section[] = [];
  const ms = me.organization?.memberships ?? [];
  const admin = me.roles.includes('ORG_ADMIN');
  if (admin && ms.some((m) => m.role === 'LEAD' && m.status === 'ACTIVE')) out.push('lead');
  if (me.organization && me.organization.kind !== 'GOVERNMENT' && ms.some((m) => m.status === 'ACTIVE')) out.push('member');
  if (me.roles.includes('FUNDER') && me.organization) out.push('funder', 'oversight');
  if (admin && me.organization?.kind === 'ENTERPRISE') out.push('enterprise');
  return out;
}

export function App() {
  const { lang } = useI18n();
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
          Skip to content
        </a>
        {window.location.pathname.startsWith('/public') ? (
          <Suspense fallback={<Spin />}>
            <PublicNotices />
          </Suspense>
        ) : token && getToken() ? (
          <Shell key={token} onSignOut={() => signIn(null)} />
        ) : (
          <SignIn onSignIn={signIn} />
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
  const labels: Record<Section, string> = { lead: t('roleLead'), member: t('roleMember'), funder: t('roleFunder'), oversight: t('roleOversight'), enterprise: t('roleEnterprise') };
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
              {labels[s]}
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
              <Result status="info" title={t('noScreens')} />
            ) : (
              <Suspense
                fallback={
                  <div role="status" style={{ padding: 24, textAlign: 'center' }}>
                    <Spin aria-label={t('loading')} />
                  </div>
                }
              >
                {current === 'lead' && sections.includes('lead') && <LeadConsole me={data.me} />}
                {current === 'member' && sections.includes('member') && <MemberConsole me={data.me} />}
                {current === 'funder' && sections.includes('funder') && <FunderConsole me={data.me} />}
                {current === 'oversight' && sections.includes('oversight') && <OversightConsole />}
                {current === 'enterprise' && sections.includes('enterprise') && <EnterpriseConsole me={data.me} />}
              </Suspense>
            )
          }
        </Loadable>
      </main>
    </>
  );
}
