import { useState } from 'react';
import { App, Button, Input, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { AllianceProjectsQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { DateInput } from '../../components/DateInput';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
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

const MembersDoc = graphql(`
  query ProjectAllianceMembers($id: ID!) {
    alliance(id: $id) { id members(status: ACTIVE, first: 100) { edges { node { id organization { id name kind } } } } }
  }
`);
const CreateDoc = graphql(`mutation CreateJointProject($input: CreateProjectInput!) { createProject(input: $input) { id title status } }`);
const StatusDoc = graphql(`
  mutation SetJointProjectStatus($id: ID!, $status: ProjectStatus!, $reason: String) {
    setProjectStatus(projectId: $id, status: $status, reason: $reason) { id status }
  }
`);

/** Next statuses the API allows: PROPOSED → ACTIVE | TERMINATED; ACTIVE → COMPLETED | TERMINATED. */
const NEXT: Record<string, ('ACTIVE' | 'COMPLETED' | 'TERMINATED')[]> = { PROPOSED: ['ACTIVE', 'TERMINATED'], ACTIVE: ['COMPLETED', 'TERMINATED'] };

type Project = NonNullable<AllianceProjectsQuery['alliance']>['projects']['edges'][number]['node'];

/** An alliance's joint projects the caller may read (all for the lead; its own for a member): participants, milestones, outputs. */
export function Projects({ allianceId, orgId }: { allianceId: string; orgId: string }) {
  const { t, e } = useI18n();
  const q = useQuery(ProjectsDoc, { id: allianceId });
  return (
    <Loadable q={q}>
      {(d) => (
        <>
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
              {
                title: t('actions'),
                render: (_, p) =>
                  p.leadOrganization.id === orgId ? (
                    <span style={{ display: 'inline-flex', gap: 8, flexWrap: 'wrap' }}>
                      {(NEXT[p.status] ?? []).map((s) => (
                        <ReasonDialogButton
                          key={s}
                          action={t(s === 'ACTIVE' ? 'startProject' : s === 'COMPLETED' ? 'completeProject' : 'terminateProject')}
                          subject={p.title}
                          reasonLabel={t('note')}
                          reasonOptional={s !== 'TERMINATED'}
                          danger={s === 'TERMINATED'}
                          confirmDanger={s === 'TERMINATED'}
                          doc={StatusDoc}
                          variables={(reason) => ({ id: p.id, status: s, reason: reason || null })}
                          consequence={t(s === 'ACTIVE' ? 'startProjectConsequence' : s === 'COMPLETED' ? 'completeProjectConsequence' : 'terminateProjectConsequence', { project: p.title })}
                          success={t('saved')}
                          onDone={q.reload}
                        />
                      ))}
                    </span>
                  ) : null,
              },
            ]}
          />
        </Section>
        <CreateProject allianceId={allianceId} orgId={orgId} onDone={q.reload} />
        </>
      )}
    </Loadable>
  );
}

/** A new joint project led by the caller's organization, with partners among the alliance's active members (at least one school and one enterprise in all). */
function CreateProject({ allianceId, orgId, onDone }: { allianceId: string; orgId: string; onDone: () => void }) {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const members = useQuery(MembersDoc, { id: allianceId });
  const create = useMutation(CreateDoc);
  const [f, setF] = useState({ title: '', partners: [] as string[], startOn: '', endOn: '' });
  const set = (p: Partial<typeof f>) => {
    setF((x) => ({ ...x, ...p }));
    create.reset();
  };
  const options = (members.data?.alliance?.members.edges ?? [])
    .map((x) => x.node.organization)
    .filter((o) => o.id !== orgId)
    .map((o) => ({ value: o.id, label: `${o.name}（${e(o.kind)}）` }));
  return (
    <Section title={t('createProject')}>
      <form
        className="inline-form"
        aria-label={t('createProject')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          const participants = [{ organizationId: orgId, role: 'LEAD' as const }, ...f.partners.map((id) => ({ organizationId: id, role: 'PARTNER' as const }))];
          const r = await create.run({ input: { allianceId, title: f.title, participants, ...(f.startOn ? { startOn: f.startOn } : {}), ...(f.endOn ? { endOn: f.endOn } : {}) } });
          if (r) {
            message.success(`${t('created')}: ${r.createProject.title}`);
            setF({ title: '', partners: [], startOn: '', endOn: '' });
            onDone();
          }
        }}
      >
        <label>
          {t('projectTitle')}
          <Input value={f.title} onChange={(ev) => set({ title: ev.target.value })} required style={{ width: 260 }} status={create.error?.field === 'title' ? 'error' : undefined} />
        </label>
        <label>
          {t('participants')}
          <Select aria-label={t('participants')} mode="multiple" value={f.partners} onChange={(partners) => set({ partners })} options={options} loading={members.loading} optionFilterProp="label" style={{ minWidth: 320 }} />
        </label>
        <label>
          {t('from')}
          <DateInput value={f.startOn} onChange={(startOn) => set({ startOn })} />
        </label>
        <label>
          {t('to')}
          <DateInput value={f.endOn} onChange={(endOn) => set({ endOn })} />
        </label>
        <Button type="primary" htmlType="submit" loading={create.loading}>
          {t('create')}
        </Button>
      </form>
      <p className="muted">{t('createProjectHint')}</p>
      <ActionError error={create.error ?? members.error} />
    </Section>
  );
}
