import { Table } from 'antd';
import { graphql } from '../../gql';
import type { OrgAgreementsQuery } from '../../gql/graphql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { bp } from '../../format';
import { useI18n } from '../../i18n';

const AgreementsDoc = graphql(`
  query OrgAgreements($orgId: ID!) {
    revenueAgreements(organizationId: $orgId, first: 100) {
      edges {
        node {
          id title version effectiveFrom deductionKinds
          alliance { id name }
          owner { id name }
          policy { code name minTeacherShareBp maxTeacherShareBp }
          parties { shareBp teacherShareBp organization { id name } }
        }
      }
    }
  }
`);

type Agreement = OrgAgreementsQuery['revenueAgreements']['edges'][number]['node'];

/** Revenue agreements the organization owns or is a party to: parties and shares (bp), the policy it follows, its version. */
export function Agreements({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const q = useQuery(AgreementsDoc, { orgId });
  return (
    <Loadable q={q}>
      {(d) => (
        <Section title={t('revenueAgreements')}>
          <Table<Agreement>
            size="small"
            rowKey="id"
            dataSource={d.revenueAgreements.edges.map((x) => x.node)}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: t('noAgreements') }}
            columns={[
              { title: t('agreement'), dataIndex: 'title' },
              { title: t('alliance'), render: (_, a) => a.alliance.name },
              { title: t('owner'), render: (_, a) => a.owner.name },
              { title: t('version'), render: (_, a) => `v${a.version} · ${a.effectiveFrom}` },
              { title: t('policy'), render: (_, a) => `${a.policy.name} (${bp(a.policy.minTeacherShareBp)}–${bp(a.policy.maxTeacherShareBp)})` },
              {
                title: t('parties'),
                render: (_, a) => (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {a.parties.map((p) => (
                      <li key={p.organization.id}>
                        {p.organization.name}: {bp(p.shareBp)}
                        {p.teacherShareBp != null ? ` (${t('teachers')} ${bp(p.teacherShareBp)})` : ''}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </Section>
      )}
    </Loadable>
  );
}
