import { useEffect, useState } from 'react';
import { Alert, Button, Spin } from 'antd';
import { currentLocale, useI18n, type MessageKey } from '../i18n';

interface DevIdentity {
  label: string;
  roles: string[];
  org: string | null;
  token: string;
}

/**
 * Why a pasted token cannot be used, checked before it is: its shape (three base64url parts), its payload (JSON with
 * `exp`), its expiry, then the API itself (`{ me { id } }`: a bad signature or issuer answers UNAUTHENTICATED).
 * Returns the message key of the reason, or null when the API accepted it.
 */
export async function tokenProblem(token: string): Promise<{ key: MessageKey; detail?: string } | null> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return { key: 'tokenMalformed' };
  let payload: { exp?: number };
  try {
    payload = JSON.parse(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return { key: 'tokenMalformed' };
  }
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return { key: 'tokenExpired', detail: new Date(payload.exp * 1000).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' };
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': currentLocale(), authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await res.json()) as { data?: { me: { id: string } | null }; errors?: { message: string }[] };
    if (body.errors?.length) return { key: 'tokenRefused', detail: body.errors[0].message };
    if (!body.data?.me) return { key: 'tokenRefused' };
    return null;
  } catch (err) {
    return { key: 'tokenNetwork', detail: (err as Error).message };
  }
}

/**
 * Development: the demo identities `npm start` seeded (GET /console/dev-identities, absent in production).
 * Production: the identity provider supplies the token (see session.ts); pasting a token is for operators, and a
 * token that cannot be used is refused with the reason.
 */
export default function SignIn({ onSignIn }: { onSignIn: (token: string) => void }) {
  const { t, lang, setLang } = useI18n();
  const [ids, setIds] = useState<DevIdentity[] | null | undefined>(undefined);
  const [pasted, setPasted] = useState('');
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<{ key: MessageKey; detail?: string } | null>(null);
  useEffect(() => {
    fetch('/console/dev-identities', { headers: { accept: 'application/json', 'accept-language': currentLocale() } })
      .then((r) => (r.ok ? r.json() : { identities: null }))
      .then((b: { identities: DevIdentity[] | null }) => setIds(b.identities))
      .catch(() => setIds(null));
  }, []);
  const usePasted = async () => {
    setChecking(true);
    const p = await tokenProblem(pasted.trim());
    setChecking(false);
    setProblem(p);
    if (!p) onSignIn(pasted.trim());
  };
  return (
    <>
      <header className="app-header">
        <h1>
          {t('appTitle')} · {t('console')}
        </h1>
        <span className="spacer" />
        <Button size="small" ghost onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={`${t('language')}: ${t('switchLanguage')}`} lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t('switchLanguage')}
        </Button>
      </header>
      <main id="content" tabIndex={-1}>
        <section className="section" aria-labelledby="signin-title">
          <h2 id="signin-title">{t('signInTitle')}</h2>
          <p>{t('signInDevHint')}</p>
          {ids === undefined ? (
            <div role="status">
              <Spin /> {t("loading")}
            </div>
          ) : ids && ids.length ? (
            <ul className="identities">
              {ids.map((id) => (
                <li key={id.token}>
                  <span className="identity-label" lang="en">
                    {id.label}
                  </span>
                  <span className="identity-roles">
                    {id.roles.map((r) => (
                      <code key={r} className="role-code">
                        {r}
                      </code>
                    ))}
                  </span>
                  <Button type="primary" onClick={() => onSignIn(id.token)} aria-label={`${t('signIn')}: ${id.label}`}>
                    {t('signIn')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <Alert type="info" showIcon message={t('noIdentities')} />
          )}
        </section>
        <section className="section" aria-labelledby="paste-title">
          <h2 id="paste-title">{t('pasteToken')}</h2>
          <p style={{ color: '#595959' }}>{t('signInProdHint')}</p>
          {/* A native text area: the sign-in screen loads no antd input code (first-screen weight). */}
          <textarea
            className={`token-input${problem ? ' token-input-error' : ''}`}
            aria-label={t('pasteToken')}
            rows={3}
            value={pasted}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'token-problem' : undefined}
            onChange={(e) => {
              setPasted(e.target.value);
              setProblem(null);
            }}
          />
          {problem && <Alert id="token-problem" role="alert" type="error" showIcon style={{ marginTop: 8 }} message={t(problem.key)} description={problem.detail} data-testid="token-problem" />}
          <Button style={{ marginTop: 8 }} disabled={!pasted.trim()} loading={checking} onClick={() => void usePasted()}>
            {t('useToken')}
          </Button>
        </section>
      </main>
    </>
  );
}
