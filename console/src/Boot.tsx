import { lazy, Suspense, useState } from 'react';
import { ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useI18n } from './i18n';
import { navigate } from './router';
import { getToken, initialToken, setToken } from './session';

// The first screen loads only what it shows: the sign-in page and the signed-in shell (App.tsx, with the GraphQL
// documents, dialogs and messages) are chunks of their own, and each section's pages too (routes.tsx).
const SignIn = lazy(() => import('./pages/SignIn'));
const Shell = lazy(() => import('./App'));
// The public notice page (公示, certified list, published rankings): no sign-in.
const PublicNotices = lazy(() => import('./pages/oversight/PublicNotices'));

/**
 * Colours darker than antd's defaults where those fail WCAG AA contrast (4.5:1) on white or on light tag backgrounds:
 * secondary and placeholder text, links, the danger colour.
 */
const THEME = {
  token: {
    colorPrimary: '#0b3d91',
    colorLink: '#0b3d91',
    colorError: '#c41d1d',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorTextQuaternary: '#666666',
    colorTextPlaceholder: '#666666',
    borderRadius: 6,
  },
};

function Busy() {
  const { t } = useI18n();
  return (
    <div role="status" style={{ padding: 24, textAlign: 'center' }}>
      <Spin />
      <span className="visually-hidden">{t('loading')}</span>
    </div>
  );
}

/**
 * The console's root: Ant Design and dayjs in the user's language, the token, sign-in or the signed-in shell.
 * `autoInsertSpace: false`: antd spaces out two-character Chinese buttons ("批 准"), and their visible text then no
 * longer matches their accessible name ("批准: …", axe label-content-name-mismatch).
 */
export function Boot() {
  const { lang, t } = useI18n();
  const [token, setTok] = useState<string | null>(() => {
    const tok = initialToken();
    setToken(tok);
    return tok;
  });
  // Before the first render too, so the first date picker is already in the user's language.
  if (dayjs.locale() !== (lang === 'en' ? 'en' : 'zh-cn')) dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  // The shell is keyed by the language as well: switching reloads every query with the new Accept-Language, so
  // the API's messages follow the console's language.
  const signIn = (tok: string | null) => {
    setToken(tok);
    setTok(tok);
    if (!tok) navigate('/', true);
  };
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <Suspense fallback={<Busy />}>{window.location.pathname.startsWith('/public') ? <PublicNotices /> : token && getToken() ? <Shell key={`${token} ${lang}`} onSignOut={() => signIn(null)} /> : <SignIn onSignIn={signIn} />}</Suspense>
    </ConfigProvider>
  );
}
