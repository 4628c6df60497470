import { useEffect, useState } from 'react';
import { Button, Input, Space, Table } from 'antd';
import { graphql } from '../../gql';
import { ApiError, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { formatMoney, todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
import { currentLocale, useI18n } from '../../i18n';
import { getToken } from '../../session';

const StatementDoc = graphql(`
  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {
    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {
      from
      to
      total { amount currency }
      reconciled
      lines {
        amount { amount currency }
        runningTotal { amount currency }
        reconciled
        event {
          id
          kind
          receivedOn
          externalReference
          gross { amount currency }
          net { amount currency }
          agreement { id title }
        }
      }
    }
  }
`);

/** The organization's revenue statement for a date range (default: from January 1 of last year to today), with totals and its CSV download. */
export function Revenue({ orgId }: { orgId: string }) {
  const { t, e } = useI18n();
  const [range, setRange] = useState({ from: `${Number(todayIn().slice(0, 4)) - 1}-01-01`, to: todayIn() });
  const [draft, setDraft] = useState(range);
  const q = useQuery(StatementDoc, { organizationId: orgId, ...range });
  const [download, setDownload] = useState<{ loading: boolean; error?: ApiError }>({ loading: false });

  useEffect(() => setDownload({ loading: false }), [range]);

  const downloadCsv = async () => {
    setDownload({ loading: true });
    try {
      const params = new URLSearchParams({ organizationId: orgId, from: range.from, to: range.to });
      const res = await fetch(`/exports/revenue-statement.csv?${params}`, { headers: { authorization: `Bearer ${getToken() ?? ''}`, 'accept-language': currentLocale() } });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
        const er = body?.errors?.[0];
        throw new ApiError(er?.message ?? `HTTP ${res.status}`, er?.extensions?.code ?? 'INTERNAL');
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `revenue-statement-${range.from}-${range.to}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDownload({ loading: false });
    } catch (err) {
      setDownload({ loading: false, error: err instanceof ApiError ? err : new ApiError(String(err), 'NETWORK') });
    }
  };

  return (
    <Section title={t('statement')}>
      <form
        className="inline-form"
        aria-label={t('statement')}
        onSubmit={(ev) => {
          ev.preventDefault();
          setRange(draft);
        }}
      >
        <label>
          {t('from')}
          <DateInput name="from" value={draft.from} onChange={(v) => setDraft((d) => ({ ...d, from: v }))} />
        </label>
        <label>
          {t('to')}
          <DateInput name="to" value={draft.to} onChange={(v) => setDraft((d) => ({ ...d, to: v }))} />
        </label>
        <Button htmlType="submit">{t('show')}</Button>
      </form>
      <div style={{ marginTop: 12 }}>
        <Loadable q={q}>
          {(d) => (
            <>
              <div className="stats" style={{ marginBottom: 12 }}>
                <div className="stat">
                  <div className="label">{t('totalAmount')}</div>
                  <div className="value money" data-testid="statement-total">
                    {formatMoney(d.revenueStatement.total)}
                  </div>
                </div>
                <div className="stat">
                  <div className="label">{t('status')}</div>
                  <div className="value" style={{ fontSize: 18 }}>
                    {d.revenueStatement.reconciled ? t('reconciled') : t('notReconciled')}
                  </div>
                </div>
              </div>
              <Space wrap>
                <Button type="primary" onClick={downloadCsv} loading={download.loading}>
                  {t('downloadCsv')}
                </Button>
              </Space>
              <ActionError error={download.error} />
              <Table
                style={{ marginTop: 12 }}
                size="small"
                rowKey={(l) => l.event.id}
                dataSource={d.revenueStatement.lines}
                pagination={d.revenueStatement.lines.length > 50 ? { pageSize: 50 } : false}
                scroll={{ x: 900 }}
                locale={{ emptyText: t('noStatement') }}
                columns={[
                  { title: t('receivedOn'), render: (_, l) => l.event.receivedOn },
                  { title: t('eventKind'), render: (_, l) => e(l.event.kind) },
                  { title: t('agreement'), render: (_, l) => l.event.agreement.title },
                  { title: t('reference'), render: (_, l) => l.event.externalReference },
                  { title: t('gross'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.event.gross)}</span> },
                  { title: t('net'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.event.net)}</span> },
                  { title: t('amount'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.amount)}</span> },
                  { title: t('runningTotal'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.runningTotal)}</span> },
                ]}
              />
            </>
          )}
        </Loadable>
      </div>
    </Section>
  );
}
