import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { QueryState } from '../api';
import { useI18n } from '../i18n';

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
        <Spin />
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
