import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError, QueryState } from './api';
import { useI18n } from './i18n';

/** Loading, error (with retry) or the content, for every query on every screen. */
export function Loadable<R>({ q, children, label }: { q: QueryState<R>; children: (data: R) => ReactNode; label?: string }) {
  const { t } = useI18n();
  if (q.error && !q.data) {
    return (
      <Alert
        type="error"
        role="alert"
        showIcon
        message={t('errorTitle')}
        description={<span data-code={q.error.code}>{q.error.message}</span>}
        action={
          <Button size="small" onClick={q.reload}>
            {t('retry')}
          </Button>
        }
      />
    );
  }
  if (!q.data) {
    return (
      <div role="status" aria-live="polite" style={{ padding: 24, textAlign: 'center' }}>
        <Spin aria-label={label ?? t('loading')} />
        <div style={{ marginTop: 8, color: '#595959' }}>{label ?? t('loading')}</div>
      </div>
    );
  }
  return (
    <div aria-busy={q.loading}>
      {q.error && <Alert type="warning" role="alert" showIcon message={q.error.message} style={{ marginBottom: 12 }} />}
      {children(q.data)}
    </div>
  );
}

/** The API's message for a rejected action, shown right next to the action it concerns. */
export function ActionError({ error, id }: { error?: ApiError; id?: string }) {
  if (!error) return null;
  return (
    <Alert
      id={id}
      className="action-error"
      data-code={error.code}
      type="error"
      role="alert"
      showIcon
      message={error.message}
      style={{ marginTop: 8 }}
    />
  );
}

export function Section({ title, children, extra }: { title: ReactNode; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="section" aria-label={typeof title === 'string' ? title : undefined}>
      <div className="section-head">
        <h2>{title}</h2>
        {extra}
      </div>
      {children}
    </section>
  );
}
