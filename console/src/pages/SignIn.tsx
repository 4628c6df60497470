import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, List, Spin, Tag } from 'antd';
import { useI18n } from '../i18n';

interface DevIdentity {
  label: string;
  roles: string[];
  org: string | null;
  token: string;
}

/**
 * Development: the demo identities `npm start` seeded (GET /console/dev-identities, absent in production).
 * Production: the identity provider supplies the token (see session.ts); pasting a token is for operators.
 */
export function SignIn({ onSignIn }: { onSignIn: (token: string) => void }) {
  const { t, lang, setLang } = useI18n();
  const [ids, setIds] = useState<DevIdentity[] | null | undefined>(undefined);
  const [pasted, setPasted] = useState('');
  useEffect(() => {
    fetch('/console/dev-identities', { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : { identities: null }))
      .then((b: { identities: DevIdentity[] | null }) => setIds(b.identities))
      .catch(() => setIds(null));
  }, []);
  return (
    <>
      <header className="app-header">
        <h1>
          {t('appTitle')} · {t('console')}
        </h1>
        <span className="spacer" />
        <Button size="small" ghost onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={`${t('language')}: ${t('switchLanguage')}`}>
          {t('switchLanguage')}
        </Button>
      </header>
      <main id="content" tabIndex={-1}>
        <section className="section" aria-labelledby="signin-title">
          <h2 id="signin-title">{t('signInTitle')}</h2>
          <p>{t('signInDevHint')}</p>
          {ids === undefined ? (
            <div role="status">
              <Spin aria-label={t('loading')} /> {t('loading')}
            </div>
          ) : ids && ids.length ? (
            <List
              className="identities"
              dataSource={ids}
              renderItem={(id) => (
                <List.Item
                  actions={[
                    <Button key="go" type="primary" onClick={() => onSignIn(id.token)} aria-label={`${t('signIn')}: ${id.label}`}>
                      {t('signIn')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta title={id.label} description={id.roles.map((r) => <Tag key={r}>{r}</Tag>)} />
                </List.Item>
              )}
            />
          ) : (
            <Alert type="info" showIcon message={t('noIdentities')} />
          )}
        </section>
        <Card title={t('pasteToken')} size="small">
          <p style={{ color: '#595959' }}>{t('signInProdHint')}</p>
          <Input.TextArea aria-label={t('pasteToken')} rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          <Button style={{ marginTop: 8 }} disabled={!pasted.trim()} onClick={() => onSignIn(pasted.trim())}>
            {t('useToken')}
          </Button>
        </Card>
      </main>
    </>
  );
}
