import { Table } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { formatMoney } from '../../format';
import { useCoopText } from './texts';

const CohortsDoc = graphql(`
  query CoopCohorts($organizationId: ID) {
    apprenticeCohorts(organizationId: $organizationId, first: 100) {
      edges { node { id kind name major startOn endOn trainingHours headcount enterprise { id name } school { id name } } }
    }
    graduatePlacements(organizationId: $organizationId, first: 100) {
      edges { node { id name studentNumber major startOn retained employer { id name } } }
    }
    subsidyClaims(organizationId: $organizationId, first: 100) {
      edges { node { id policyKind status periodFrom periodTo requested { amount currency } awarded { amount currency } evidence { quantity formula } } }
    }
  }
`);

/** Order classes and apprenticeship cohorts, graduates, and the organization's subsidy claims (read-only lists). */
export function Programmes({ orgId }: { orgId: string }) {
  const { c, ce, evidence } = useCoopText();
  const q = useQuery(CohortsDoc, { organizationId: orgId });
  return (
    <Loadable q={q}>
      {(d) => (
        <>
          <Section title={c('cohorts')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: true }}
              dataSource={d.apprenticeCohorts.edges.map((e) => e.node)}
              columns={[
                { title: c('name'), dataIndex: 'name' },
                { title: c('kind'), dataIndex: 'kind', render: (v: string) => ce(v) },
                { title: c('major'), dataIndex: 'major' },
                { title: c('dates'), render: (_, x) => `${x.startOn} ~ ${x.endOn}` },
                { title: c('trainingHours'), dataIndex: 'trainingHours' },
                { title: c('headcount'), dataIndex: 'headcount' },
              ]}
            />
          </Section>
          <Section title={c('graduates')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: true }}
              dataSource={d.graduatePlacements.edges.map((e) => e.node)}
              columns={[
                { title: c('name'), render: (_, g) => `${g.name}（${g.studentNumber}）` },
                { title: c('major'), dataIndex: 'major' },
                { title: c('employer'), render: (_, g) => g.employer?.name },
                { title: c('startOn'), dataIndex: 'startOn' },
                { title: c('retained'), render: (_, g) => (g.retained === null ? '—' : g.retained ? '✓' : '✗') },
              ]}
            />
          </Section>
          <Section title={c('claims')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: true }}
              dataSource={d.subsidyClaims.edges.map((e) => e.node)}
              columns={[
                { title: c('policy'), dataIndex: 'policyKind', render: (v: string) => ce(v) },
                { title: c('claimPeriod'), render: (_, x) => `${x.periodFrom} ~ ${x.periodTo}` },
                { title: c('requested'), render: (_, x) => formatMoney(x.requested) },
                { title: c('awarded'), render: (_, x) => formatMoney(x.awarded) },
                { title: c('status'), dataIndex: 'status', render: (v: string) => ce(v) },
                { title: c('evidence'), render: (_, x) => <span title={x.evidence.formula}>{evidence(x.policyKind, x.evidence.quantity)}</span> },
              ]}
            />
          </Section>
        </>
      )}
    </Loadable>
  );
}
