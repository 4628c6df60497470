import { useState } from 'react';
import { Input, Select, Table } from 'antd';
import { graphql } from '../../gql';
import type { AllianceStatus as Status, LeadAllianceStatusQuery } from '../../gql/graphql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { formatDateTime, PLATFORM_TZ, todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';

const StatusDoc = graphql(`
  query LeadAllianceStatus($id: ID!) {
    alliance(id: $id) { id name status foundedOn statusHistory { status from recordedAt } }
  }
`);
const SetStatusDoc = graphql(`
  mutation LeadSetAllianceStatus($id: ID!, $status: AllianceStatus!, $effectiveDate: Date) {
    setAllianceStatus(allianceId: $id, status: $status, effectiveDate: $effectiveDate) { id status }
  }
`);

type Change = NonNullable<LeadAllianceStatusQuery['alliance']>['statusHistory'][number];

/** The statuses the API allows next (FORMING → ACTIVE | DISSOLVED, ACTIVE → SUSPENDED | DISSOLVED, SUSPENDED → ACTIVE | DISSOLVED). */
const NEXT: Record<Status, Status[]> = { FORMING: ['ACTIVE', 'DISSOLVED'], ACTIVE: ['SUSPENDED', 'DISSOLVED'], SUSPENDED: ['ACTIVE', 'DISSOLVED'], DISSOLVED: [] };

/** The alliance's status and its history; a change from a date, confirmed with a note saying what it does to grants. */
export function AllianceStatus({ allianceId }: { allianceId: string }) {
  const { t, e } = useI18n();
  const q = useQuery(StatusDoc, { id: allianceId });
  const [next, setNext] = useState<Status | undefined>();
  const [date, setDate] = useState(todayIn());
  return (
    <Loadable q={q}>
      {(d) => {
        const a = d.alliance;
        if (!a) return null;
        const options = NEXT[a.status];
        const target = next && options.includes(next) ? next : options[0];
        return (
          <Section title={`${t('allianceStatus')}: ${e(a.status)}`}>
            <Table<Change>
              size="small"
              rowKey={(c) => `${c.status}${c.from}${c.recordedAt}`}
              dataSource={a.statusHistory}
              pagination={false}
              locale={{ emptyText: t('nothing') }}
              columns={[
                { title: t('status'), render: (_, c) => e(c.status) },
                { title: t('fromDate'), dataIndex: 'from' },
                { title: t('recordedAt'), render: (_, c) => formatDateTime(c.recordedAt, PLATFORM_TZ) },
              ]}
            />
            {target ? (
              <div className="inline-form" style={{ marginTop: 12 }}>
                <label>
                  {t('newStatus')}
                  <Select aria-label={t('newStatus')} value={target} onChange={setNext} options={options.map((s) => ({ value: s, label: e(s) }))} style={{ width: 140 }} />
                </label>
                <label>
                  {t('effectiveDate')}
                  <DateInput value={date} onChange={(v) => setDate(v)} />
                </label>
                <ReasonDialogButton
                  action={t('changeStatus')}
                  subject={a.name}
                  buttonSize="middle"
                  buttonType="primary"
                  danger={target === 'DISSOLVED'}
                  confirmDanger={target === 'DISSOLVED'}
                  doc={SetStatusDoc}
                  variables={() => ({ id: a.id, status: target, effectiveDate: date })}
                  consequence={t(target === 'ACTIVE' ? 'statusToActive' : target === 'DISSOLVED' ? 'statusToDissolved' : 'statusToSuspended', { date, status: e(target) })}
                  success={t('saved')}
                  onDone={q.reload}
                />
              </div>
            ) : (
              <p className="muted">{t('statusFinal')}</p>
            )}
          </Section>
        );
      }}
    </Loadable>
  );
}
