import { Progress, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';

const RunsDoc = graphql(`
  query EvaluationRuns {
    evaluationRuns { id systemName year asOf status publishedOn rows { allianceId allianceName rank total outcomes { kind description } values { key value points evidence } } }
  }
`);
const PilotsDoc = graphql(`
  query PilotCities {
    pilotCities { id name regionCode deadline overdueItems progress { kind target actual met source } items { id list title owner deadline status overdue } }
  }
`);

/** The year's evaluations of the funder's region: ranking from computed and entered indicators, rewards and penalties. */
export function Evaluations() {
  const { t, e } = useI18n();
  const q = useQuery(RunsDoc, {});
  return (
    <Loadable q={q}>
      {(d) => (
        <>
          {d.evaluationRuns.map((r) => (
            <Section key={r.id} title={`${r.systemName} · ${r.year}`} extra={<Tag>{r.status === 'PUBLISHED' ? t('published') : t('draft')}</Tag>}>
              <Table
                size="small"
                rowKey="allianceId"
                pagination={false}
                dataSource={r.rows}
                columns={[
                  { title: t('rank'), dataIndex: 'rank' },
                  { title: t('allianceCol'), dataIndex: 'allianceName' },
                  { title: t('score'), dataIndex: 'total' },
                  { title: t('outcomes'), render: (_, row) => row.outcomes.map((o, i) => <Tag key={i} color={o.kind === 'REWARD' ? 'green' : 'red'}>{e(o.kind)}：{o.description}</Tag>) },
                ]}
              />
            </Section>
          ))}
          {d.evaluationRuns.length === 0 && <p>{t('nothing')}</p>}
        </>
      )}
    </Loadable>
  );
}

/** Pilot cities (001 二): progress against the targets, and the problem and policy lists with overdue items flagged. */
export function PilotCities() {
  const { t, e } = useI18n();
  const q = useQuery(PilotsDoc, {});
  return (
    <Loadable q={q}>
      {(d) => (
        <>
          {d.pilotCities.map((c) => (
            <Section key={c.id} title={`${c.name}（${c.regionCode}）`} extra={c.overdueItems > 0 ? <Tag color="red">{t('overdueCount', { n: c.overdueItems })}</Tag> : undefined}>
              <Table
                size="small"
                rowKey="kind"
                pagination={false}
                dataSource={c.progress}
                columns={[
                  { title: t('kind'), render: (_, p) => e(p.kind) },
                  { title: t('target'), dataIndex: 'target' },
                  { title: t('actual'), dataIndex: 'actual' },
                  { title: t('progress'), render: (_, p) => <Progress percent={Math.min(100, Math.round((p.actual / Math.max(1, p.target)) * 100))} size="small" aria-label={`${e(p.kind)} ${p.actual}/${p.target}`} /> },
                  { title: t('status'), render: (_, p) => <Tag color={p.met ? 'green' : 'orange'}>{p.met ? t('met') : t('notMet')}</Tag> },
                ]}
              />
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={c.items}
                columns={[
                  { title: t('kind'), render: (_, i) => (i.list === 'PROBLEM' ? t('problemList') : t('policyList')) },
                  { title: t('program'), dataIndex: 'title' },
                  { title: t('owner'), dataIndex: 'owner' },
                  { title: t('deadline'), dataIndex: 'deadline' },
                  { title: t('status'), render: (_, i) => <>{e(i.status)} {i.overdue && <Tag color="red">{t('overdue')}</Tag>}</> },
                ]}
              />
            </Section>
          ))}
          {d.pilotCities.length === 0 && <p>{t('nothing')}</p>}
        </>
      )}
    </Loadable>
  );
}
