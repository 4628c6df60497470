import { Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { AllianceProjectsQuery } from '../../gql/graphql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { expandIcon } from '../../components/expandIcon';
import { formatMoney } from '../../format';
import { useI18n } from '../../i18n';

const ProjectsDoc = graphql(`
  query AllianceProjects($id: ID!) {
    alliance(id: $id) {
      id
      name
      projects(first: 100) {
        edges {
          node {
            id title status startOn endOn
            leadOrganization { id name }
            totalCommittedFunding { amount currency }
            participants { role organization { id name } committedFunding { amount currency } committedStaff }
            milestones { id title dueOn completedAt }
            outputs { id kind title reference }
          }
        }
      }
    }
  }
`);

type Project = NonNullable<AllianceProjectsQuery['alliance']>['projects']['edges'][number]['node'];

/** An alliance's joint projects the caller may read (all for the lead; its own for a member): participants, milestones, outputs. */
export function Projects({ allianceId }: { allianceId: string }) {
  const { t, e } = useI18n();
  const q = useQuery(ProjectsDoc, { id: allianceId });
  return (
    <Loadable q={q}>
      {(d) => (
        <Section title={`${t('projects')} · ${d.alliance?.name ?? ''}`}>
          <Table<Project>
            size="small"
            rowKey="id"
            dataSource={d.alliance?.projects.edges.map((x) => x.node) ?? []}
            pagination={false}
            scroll={{ x: 800 }}
            locale={{ emptyText: t('noProjects') }}
            expandable={{
              expandIcon: expandIcon(t, (p) => p.title),
              columnTitle: <span className="visually-hidden">{t('details')}</span>,
              expandedRowRender: (p) => (
                <div className="grid-2">
                  <div>
                    <h3 style={{ fontSize: 14 }}>{t('participants')}</h3>
                    <ul>
                      {p.participants.map((x) => (
                        <li key={x.organization.id}>
                          {x.organization.name} · {e(x.role)} · {formatMoney(x.committedFunding)}
                          {x.committedStaff != null ? ` · ${t('staff', { n: x.committedStaff })}` : ''}
                        </li>
                      ))}
                    </ul>
                    <h3 style={{ fontSize: 14 }}>{t('outputs')}</h3>
                    {p.outputs.length ? (
                      <ul>
                        {p.outputs.map((o) => (
                          <li key={o.id}>
                            {e(o.kind)} · {o.title}
                            {o.reference ? ` · ${o.reference}` : ''}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{t('noOutputs')}</p>
                    )}
                  </div>
                  <div>
                    <h3 style={{ fontSize: 14 }}>{t('milestones')}</h3>
                    {p.milestones.length ? (
                      <ul>
                        {p.milestones.map((m) => (
                          <li key={m.id}>
                            {m.dueOn} · {m.title} · {m.completedAt ? t('done') : t('open')}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted">{t('noMilestones')}</p>
                    )}
                  </div>
                </div>
              ),
            }}
            columns={[
              { title: t('projectTitle'), dataIndex: 'title' },
              { title: t('leadUnit'), render: (_, p) => p.leadOrganization.name },
              { title: t('status'), render: (_, p) => <Tag color={p.status === 'ACTIVE' ? 'green' : 'default'}>{e(p.status)}</Tag> },
              { title: t('from'), render: (_, p) => p.startOn ?? '—' },
              { title: t('to'), render: (_, p) => p.endOn ?? '—' },
              { title: t('committedFunding'), render: (_, p) => <span className="money">{formatMoney(p.totalCommittedFunding)}</span> },
            ]}
          />
        </Section>
      )}
    </Loadable>
  );
}
