import { useState } from 'react';
import { Input, Table } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';
import { MembersOverTime } from './MembersOverTime';

const OverviewDoc = graphql(`
  query LeadOverview($id: ID!, $asOf: Date) {
    alliance(id: $id) {
      id
      name
      status
      regionCode
      foundedOn
      industries
      lead { id name }
      memberCounts(asOf: $asOf) {
        asOf
        total
        schools
        enterprises
        distinctSchoolTypes
        byKind { kind count }
        bySchoolType { schoolType count }
      }
    }
  }
`);

/** The alliance as of a date: member counts by kind and school type, and the members-over-time chart. */
export function Overview({ allianceId }: { allianceId: string }) {
  const { t, e } = useI18n();
  const [asOf, setAsOf] = useState(todayIn());
  const q = useQuery(OverviewDoc, { id: allianceId, asOf });
  return (
    <Loadable q={q}>
      {(d) =>
        d.alliance && (
          <>
            <Section
              title={`${d.alliance.name} · ${e(d.alliance.status)}`}
              extra={
                <label className="inline-form">
                  {t('asOf')}
                  <DateInput aria-label={t('asOf')} value={asOf} onChange={(v) => v && setAsOf(v)} style={{ width: 170 }} />
                </label>
              }
            >
              <div className="stats" data-testid="member-counts">
                {(
                  [
                    ['total', d.alliance.memberCounts.total],
                    ['schools', d.alliance.memberCounts.schools],
                    ['enterprises', d.alliance.memberCounts.enterprises],
                    ['distinctSchoolTypes', d.alliance.memberCounts.distinctSchoolTypes],
                  ] as const
                ).map(([k, v]) => (
                  <div className="stat" key={k} data-stat={k}>
                    <div className="label">{t(k)}</div>
                    <div className="value">{v}</div>
                  </div>
                ))}
              </div>
              <div className="grid-2" style={{ marginTop: 16 }}>
                <Table
                  size="small"
                  pagination={false}
                  title={() => <strong>{t('byKind')}</strong>}
                  rowKey="kind"
                  dataSource={d.alliance.memberCounts.byKind}
                  columns={[
                    { title: t('kind'), dataIndex: 'kind', render: (k: string) => e(k) },
                    { title: t('total'), dataIndex: 'count', align: 'right' },
                  ]}
                />
                <Table
                  size="small"
                  pagination={false}
                  title={() => <strong>{t('bySchoolType')}</strong>}
                  rowKey="schoolType"
                  dataSource={d.alliance.memberCounts.bySchoolType}
                  columns={[
                    { title: t('schoolType'), dataIndex: 'schoolType', render: (k: string) => e(k) },
                    { title: t('schools'), dataIndex: 'count', align: 'right' },
                  ]}
                />
              </div>
            </Section>
            <Section title={t('chartTitle')}>
              <MembersOverTime allianceId={allianceId} foundedOn={d.alliance.foundedOn} asOf={asOf} />
            </Section>
          </>
        )
      }
    </Loadable>
  );
}
