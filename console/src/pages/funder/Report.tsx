import { useMemo, useState } from 'react';
import { Alert, Descriptions, Input, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { formatMoney, todayIn } from '../../format';
import { criterionText, shortfallWords } from '../../grants-text';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';
import type { Program } from './types';
import { useAllStandings } from './useAllStandings';

const ReportDoc = graphql(`
  query EligibilityReport($allianceId: ID!, $programId: ID!, $asOf: Date) {
    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {
      eligible
      asOf
      shortfall
      allianceStatus
      awardAmount { amount currency }
      recipient { id name }
      criteria { kind description required actual passed detail }
      counts { total schools enterprises distinctSchoolTypes }
      countedMembers { id name kind schoolType }
      excludedMembers { organization { id name } name reason }
    }
  }
`);

/** The eligibility report of one alliance for one program as of any date: criteria, counted and excluded members. */
export function Report({ programs, initial }: { programs: Program[]; initial: { allianceId: string; programId: string } | null }) {
  const { t, e, lang } = useI18n();
  const { standings, q: sq } = useAllStandings();
  const alliances = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of standings) m.set(s.alliance.id, s.allianceName);
    return [...m.entries()].map(([value, label]) => ({ value, label }));
  }, [standings]);
  const [allianceId, setAllianceId] = useState<string | undefined>(initial?.allianceId);
  const [programId, setProgramId] = useState<string | undefined>(initial?.programId ?? programs[0]?.id);
  const [asOf, setAsOf] = useState(todayIn());
  const chosenAlliance = allianceId ?? alliances[0]?.value;
  const q = useQuery(ReportDoc, { allianceId: chosenAlliance ?? '', programId: programId ?? '', asOf }, { skip: !chosenAlliance || !programId });
  return (
    <Section title={t('report')}>
      <div className="inline-form" style={{ marginBottom: 12 }}>
        <label>
          {t('alliance')}
          <Select aria-label={t('alliance')} value={chosenAlliance} onChange={setAllianceId} options={alliances} loading={sq.loading} style={{ minWidth: 240 }} />
        </label>
        <label>
          {t('program')}
          <Select aria-label={t('program')} value={programId} onChange={setProgramId} options={programs.map((p) => ({ value: p.id, label: p.name }))} style={{ minWidth: 240 }} />
        </label>
        <label>
          {t('asOf')}
          <DateInput name="asOf" value={asOf} onChange={(v) => v && setAsOf(v)} />
        </label>
      </div>
      {chosenAlliance && programId ? (
        <Loadable q={q}>
          {(d) => {
            const r = d.grantEligibility;
            return (
              <div data-testid="report">
                <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
                  <Descriptions.Item label={t('eligible')}>
                    <Tag color={r.eligible ? 'green' : 'red'} data-eligible={r.eligible}>
                      {r.eligible ? t('eligible') : t('notEligible')}
                    </Tag>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('asOf')}>{r.asOf}</Descriptions.Item>
                  <Descriptions.Item label={t('allianceStatus')}>{e(r.allianceStatus)}</Descriptions.Item>
                  <Descriptions.Item label={t('award')}>
                    <span className="money">{formatMoney(r.awardAmount)}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('recipient')}>{r.recipient.name}</Descriptions.Item>
                  <Descriptions.Item label={t('total')}>
                    {r.counts.total}（{t('schools')} {r.counts.schools} · {t('enterprises')} {r.counts.enterprises} · {t('distinctSchoolTypes')} {r.counts.distinctSchoolTypes}）
                  </Descriptions.Item>
                </Descriptions>
                <h3 style={{ fontSize: 14, marginTop: 16 }}>{t('criteria')}</h3>
                <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
                  {r.criteria.map((c) => (
                    <li key={c.kind}>
                      <span aria-hidden="true" style={{ color: c.passed ? '#389e0d' : '#cf1322', fontWeight: 700, marginRight: 8 }}>
                        {c.passed ? '✓' : '✗'}
                      </span>
                      <span className="visually-hidden">{c.passed ? t('yes') : t('no')}: </span>
                      {criterionText(c, lang, t)}
                      {c.required != null && ` （${t('actual')} ${c.actual} / ${t('required')} ${c.required}）`}
                      {/* An older server's English detail is left off a zh-CN screen (the API words it in the Accept-Language sent). */}
                      {c.detail && (lang === 'en' || /[\u4e00-\u9fff]/.test(c.detail)) && ` — ${c.detail}`}
                    </li>
                  ))}
                </ul>
                {!r.eligible && <Alert type="warning" showIcon message={`${t('shortfall')}: ${shortfallWords(r.criteria, r.shortfall, lang, t).join('；')}`} />}
                <div className="grid-2" style={{ marginTop: 16 }}>
                  <Table
                    size="small"
                    rowKey="id"
                    title={() => <strong>{`${t('countedMembers')} (${r.countedMembers.length})`}</strong>}
                    dataSource={r.countedMembers}
                    pagination={r.countedMembers.length > 30 ? { pageSize: 30 } : false}
                    columns={[
                      { title: t('organization'), dataIndex: 'name' },
                      { title: t('kind'), render: (_, o) => `${e(o.kind)}${o.schoolType ? ` · ${e(o.schoolType)}` : ''}` },
                    ]}
                  />
                  <Table
                    size="small"
                    rowKey={(x) => x.organization.id}
                    title={() => <strong>{`${t('excludedMembers')} (${r.excludedMembers.length})`}</strong>}
                    dataSource={r.excludedMembers}
                    pagination={false}
                    locale={{ emptyText: t('nothing') }}
                    columns={[
                      { title: t('organization'), render: (_, x) => x.name ?? x.organization.name },
                      { title: t('reason'), dataIndex: 'reason' },
                    ]}
                  />
                </div>
              </div>
            );
          }}
        </Loadable>
      ) : (
        <Alert type="info" showIcon message={t('nothing')} />
      )}
    </Section>
  );
}
