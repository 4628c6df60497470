import { useState } from 'react';
import { App, Button, Input, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { JoinAlliancesQuery, JoinMyMembershipsQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../types';

const MineDoc = graphql(`
  query JoinMyMemberships($id: ID!) {
    organization(id: $id) {
      id
      regionCode
      disqualifiedOn
      memberships { id role status initiatedBy joinedAt endedAt alliance { id name regionCode status lead { id name } } }
    }
  }
`);

const AlliancesDoc = graphql(`
  query JoinAlliances($filter: AllianceFilter) {
    alliances(filter: $filter, first: 100) {
      edges { node { id name regionCode status industries foundedOn lead { id name } } }
    }
  }
`);

const AcceptDoc = graphql(`
  mutation JoinAcceptInvitation($id: ID!, $effectiveDate: Date) {
    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }
  }
`);
const DeclineDoc = graphql(`
  mutation JoinDeclineInvitation($id: ID!, $reason: String!) {
    rejectMembership(membershipId: $id, reason: $reason) { id status }
  }
`);
const ApplyDoc = graphql(`
  mutation JoinApply($allianceId: ID!, $organizationId: ID!) {
    applyForMembership(allianceId: $allianceId, organizationId: $organizationId) { id status }
  }
`);
const FoundDoc = graphql(`
  mutation JoinFoundAlliance($input: CreateAllianceInput!) {
    createAlliance(input: $input) { id name status }
  }
`);

type Mine = NonNullable<JoinMyMembershipsQuery['organization']>['memberships'][number];
type AllianceRow = JoinAlliancesQuery['alliances']['edges'][number]['node'];

/**
 * Any organization's admin: invitations waiting for it (accept or decline, each confirmed), its applications and
 * memberships, the alliances of its region to apply to, and founding a new alliance (it becomes the lead).
 */
export default function JoinConsole({ me }: { me: Viewer }) {
  const { t, e } = useI18n();
  const org = me.organization!;
  const mine = useQuery(MineDoc, { id: org.id });
  const [accepted, setAccepted] = useState(false);
  return (
    <>
      <Loadable q={mine}>
        {(d) => {
          const ms = d.organization?.memberships ?? [];
          const invitations = ms.filter((m) => m.status === 'PENDING' && m.initiatedBy === 'INVITATION');
          const others = ms.filter((m) => !(m.status === 'PENDING' && m.initiatedBy === 'INVITATION'));
          return (
            <>
              <Section title={t('invitations')}>
                {accepted && (
                  <p role="status">
                    {t('invitationAccepted')}{' '}
                    <a href="/member">
                      {t('openMemberConsole')}
                    </a>
                  </p>
                )}
                <Table<Mine>
                  size="small"
                  rowKey="id"
                  dataSource={invitations}
                  pagination={false}
                  locale={{ emptyText: t('noInvitations') }}
                  columns={[
                    { title: t('alliance'), render: (_, m) => m.alliance.name },
                    { title: t('leadUnit'), render: (_, m) => m.alliance.lead.name },
                    { title: t('allianceStatus'), render: (_, m) => e(m.alliance.status) },
                    {
                      title: t('actions'),
                      render: (_, m) => (
                        <span style={{ display: 'inline-flex', gap: 8 }}>
                          <ReasonDialogButton
                            action={t('acceptInvitation')}
                            subject={m.alliance.name}
                                                        buttonType="primary"
                            doc={AcceptDoc}
                            variables={() => ({ id: m.id, effectiveDate: todayIn() })}
                            consequence={t('acceptConsequence', { alliance: m.alliance.name, date: todayIn() })}
                            success={t('invitationAccepted')}
                            onDone={() => {
                              setAccepted(true);
                              mine.reload();
                            }}
                          />
                          <ReasonDialogButton
                            action={t('declineInvitation')}
                            subject={m.alliance.name}
                            reasonLabel={t('reason')}
                            danger
                            confirmDanger
                            doc={DeclineDoc}
                            variables={(reason) => ({ id: m.id, reason })}
                            consequence={t('declineConsequence', { alliance: m.alliance.name })}
                            success={t('rejected')}
                            onDone={mine.reload}
                          />
                        </span>
                      ),
                    },
                  ]}
                />
              </Section>
              <Section title={t('myMemberships')}>
                <Table<Mine>
                  size="small"
                  rowKey="id"
                  dataSource={others}
                  pagination={false}
                  locale={{ emptyText: t('noMemberships') }}
                  columns={[
                    { title: t('alliance'), render: (_, m) => m.alliance.name },
                    { title: t('role'), render: (_, m) => e(m.role) },
                    { title: t('status'), render: (_, m) => <Tag color={m.status === 'ACTIVE' ? 'green' : m.status === 'PENDING' ? 'gold' : 'default'}>{m.status === 'PENDING' ? t('awaitingLead') : e(m.status)}</Tag> },
                    { title: t('joinedAt'), render: (_, m) => m.joinedAt ?? '—' },
                    { title: t('endedAt'), render: (_, m) => m.endedAt ?? '—' },
                  ]}
                />
              </Section>
              <Apply orgId={org.id} regionCode={d.organization?.regionCode ?? org.regionCode} taken={new Set(ms.filter((m) => m.status === 'PENDING' || m.status === 'ACTIVE').map((m) => m.alliance.id))} onDone={mine.reload} />
            </>
          );
        }}
      </Loadable>
      <Found orgId={org.id} regionCode={org.regionCode} />
    </>
  );
}

/** The alliances of the organization's region (or any region typed), each with an "apply" step that says what follows. */
function Apply({ orgId, regionCode, taken, onDone }: { orgId: string; regionCode: string; taken: Set<string>; onDone: () => void }) {
  const { t, e } = useI18n();
  const [region, setRegion] = useState(regionCode);
  const [filter, setFilter] = useState({ regionCode });
  const q = useQuery(AlliancesDoc, { filter });
  return (
    <Section title={t('applyToJoin')}>
      <form
        className="inline-form"
        role="search"
        aria-label={t('applyToJoin')}
        style={{ marginBottom: 12 }}
        onSubmit={(ev) => {
          ev.preventDefault();
          setFilter({ regionCode: region.trim() });
        }}
      >
        <label>
          {t('regionCode')}
          <Input value={region} onChange={(ev) => setRegion(ev.target.value)} style={{ width: 110 }} />
        </label>
        <Button htmlType="submit">{t('show')}</Button>
      </form>
      <Loadable q={q}>
        {(d) => (
          <Table<AllianceRow>
            size="small"
            rowKey="id"
            dataSource={d.alliances.edges.map((x) => x.node)}
            pagination={false}
            locale={{ emptyText: t('noAlliances') }}
            columns={[
              { title: t('alliance'), dataIndex: 'name' },
              { title: t('leadUnit'), render: (_, a) => a.lead.name },
              { title: t('industries'), render: (_, a) => a.industries.join('、') || '—' },
              { title: t('allianceStatus'), render: (_, a) => e(a.status) },
              {
                title: t('actions'),
                render: (_, a) =>
                  taken.has(a.id) ? (
                    <span className="muted">{t('alreadyMember')}</span>
                  ) : (
                    <ReasonDialogButton
                      action={t('apply')}
                      subject={a.name}
                                            buttonType="primary"
                      doc={ApplyDoc}
                      variables={() => ({ allianceId: a.id, organizationId: orgId })}
                      consequence={t('applyConsequence', { alliance: a.name, lead: a.lead.name })}
                      success={t('applied')}
                      onDone={onDone}
                    />
                  ),
              },
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}

/** Founds an alliance led by this organization (status FORMING from the founding date). */
function Found({ orgId, regionCode }: { orgId: string; regionCode: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const found = useMutation(FoundDoc);
  const [f, setF] = useState({ name: '', regionCode, industries: '', foundedOn: todayIn() });
  const set = (p: Partial<typeof f>) => {
    setF((x) => ({ ...x, ...p }));
    found.reset();
  };
  const bad = (field: string) => (found.error?.field === field ? 'error' : undefined);
  return (
    <Section title={t('foundAlliance')}>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('foundHint')}
      </p>
      <form
        className="inline-form"
        aria-label={t('foundAlliance')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          const industries = f.industries.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
          const r = await found.run({ input: { name: f.name, regionCode: f.regionCode, industries, leadOrganizationId: orgId, foundedOn: f.foundedOn } });
          if (r) message.success(`${t('founded')}: ${r.createAlliance.name}`);
        }}
      >
        <label>
          {t('allianceName')}
          <Input name="allianceName" value={f.name} onChange={(ev) => set({ name: ev.target.value })} status={bad('name')} style={{ width: 260 }} required />
        </label>
        <label>
          {t('regionCode')}
          <Input value={f.regionCode} onChange={(ev) => set({ regionCode: ev.target.value })} status={bad('regionCode')} style={{ width: 100 }} required />
        </label>
        <label>
          {t('industries')}
          <Input value={f.industries} onChange={(ev) => set({ industries: ev.target.value })} placeholder={t('industriesHint')} style={{ width: 240 }} />
        </label>
        <label>
          {t('foundedOn')}
          <DateInput value={f.foundedOn} onChange={(v) => set({ foundedOn: v })} status={bad('foundedOn')} />
        </label>
        <Button type="primary" htmlType="submit" loading={found.loading}>
          {t('found')}
        </Button>
      </form>
      {found.data && (
        <p role="status">
          {t('foundedNext')}{' '}
          <a href="/lead">
            {t('openLeadConsole')}
          </a>
        </p>
      )}
      <ActionError error={found.error} />
    </Section>
  );
}
