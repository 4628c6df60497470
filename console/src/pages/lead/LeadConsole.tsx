import { useMemo, useState } from 'react';
import { Alert, App, Button, Input, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { graphql } from '../../gql';
import type { LeadMembersQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import type { Viewer } from '../../App';
import { ActionError, Loadable, Section } from '../../components';
import { LineChartView } from '../../charts';
import { formatMoney, monthEnds, todayIn } from '../../format';
import { criterionText, shortfallWords } from '../../grants-text';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';

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

const MembersDoc = graphql(`
  query LeadMembers($id: ID!) {
    alliance(id: $id) {
      id
      regionCode
      members(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            status
            joinedAt
            endedAt
            initiatedBy
            organization { id name kind schoolType }
          }
        }
      }
    }
  }
`);

const CandidatesDoc = graphql(`
  query InviteCandidates($region: String) {
    organizations(filter: { regionCode: $region }, first: 100) {
      edges { node { id name kind } }
    }
  }
`);

const ApproveDoc = graphql(`
  mutation ApproveMembership($id: ID!, $effectiveDate: Date) {
    approveMembership(membershipId: $id, effectiveDate: $effectiveDate) { id status joinedAt }
  }
`);
const RejectDoc = graphql(`
  mutation RejectMembership($id: ID!, $reason: String!) {
    rejectMembership(membershipId: $id, reason: $reason) { id status }
  }
`);
const InviteDoc = graphql(`
  mutation InviteMember($allianceId: ID!, $organizationId: ID!) {
    inviteMember(allianceId: $allianceId, organizationId: $organizationId) { id status }
  }
`);
const EndDoc = graphql(`
  mutation EndMembership($id: ID!, $effectiveDate: Date!, $reason: String!) {
    endMembership(membershipId: $id, effectiveDate: $effectiveDate, reason: $reason) { id status endedAt }
  }
`);

const ProgramsDoc = graphql(`
  query LeadPrograms($region: String!, $allianceId: ID!) {
    grantPrograms(regionCode: $region) {
      id
      code
      name
      opensOn
      closesOn
      awardAmount { amount currency }
      funder { id name }
    }
    grantApplications(allianceId: $allianceId, first: 100) {
      edges { node { id status submittedAt program { id } award { amount { amount currency } awardedOn } } }
    }
  }
`);

const EligibilityDoc = graphql(`
  query LeadEligibility($allianceId: ID!, $programId: ID!, $asOf: Date) {
    grantEligibility(allianceId: $allianceId, programId: $programId, asOf: $asOf) {
      eligible
      asOf
      shortfall
      awardAmount { amount currency }
      criteria { kind description required actual passed detail }
    }
  }
`);

const SubmitDoc = graphql(`
  mutation SubmitGrantApplication($allianceId: ID!, $programId: ID!) {
    submitGrantApplication(allianceId: $allianceId, programId: $programId) { id status submittedAt }
  }
`);

type Member = NonNullable<LeadMembersQuery['alliance']>['members']['edges'][number]['node'];

export default function LeadConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const led = (me.organization?.memberships ?? []).filter((m) => m.role === 'LEAD' && m.status === 'ACTIVE').map((m) => m.alliance);
  const [allianceId, setAllianceId] = useState(led[0]?.id);
  const [tab, setTab] = useTab('lead', 'overview');
  const alliance = led.find((a) => a.id === allianceId) ?? led[0];
  if (!alliance) return null;
  return (
    <>
      {led.length > 1 && (
        <Select aria-label={t('alliance')} value={alliance.id} onChange={setAllianceId} options={led.map((a) => ({ value: a.id, label: a.name }))} style={{ minWidth: 260, marginBottom: 12 }} />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'overview', label: t('overview'), children: <Overview allianceId={alliance.id} /> },
          { key: 'applications', label: t('applications'), children: <Members allianceId={alliance.id} mode="pending" /> },
          { key: 'members', label: t('members'), children: <Members allianceId={alliance.id} mode="all" /> },
          { key: 'grants', label: t('grants'), children: <Grants allianceId={alliance.id} regionCode={alliance.regionCode} /> },
        ]}
      />
    </>
  );
}

function Overview({ allianceId }: { allianceId: string }) {
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
                  <Input type="date" aria-label={t('asOf')} value={asOf} max={todayIn()} min={d.alliance.foundedOn} onChange={(ev) => ev.target.value && setAsOf(ev.target.value)} style={{ width: 170 }} />
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

interface Sample {
  asOf: string;
  total: number;
  schools: number;
  enterprises: number;
}

/** One request for the whole series: memberCounts at every month end, each under its own alias. */
function MembersOverTime({ allianceId, foundedOn, asOf }: { allianceId: string; foundedOn: string; asOf: string }) {
  const { t } = useI18n();
  const dates = useMemo(() => monthEnds(foundedOn, asOf), [foundedOn, asOf]);
  const doc = useMemo(
    () => ({
      toString: () =>
        `query MemberCountsOverTime($id: ID!) { alliance(id: $id) { id ${dates.map((d, i) => `m${i}: memberCounts(asOf: "${d}") { asOf total schools enterprises }`).join(' ')} } }`,
    }),
    [dates],
  );
  const q = useQuery<{ alliance: Record<string, Sample | string> | null }, { id: string }>(doc, { id: allianceId });
  return (
    <Loadable q={q}>
      {(d) => {
        const samples = dates.map((_, i) => d.alliance?.[`m${i}`] as Sample | undefined).filter((s): s is Sample => !!s);
        const series = [
          { name: t('total'), data: samples.map((s) => s.total) },
          { name: t('schools'), data: samples.map((s) => s.schools) },
          { name: t('enterprises'), data: samples.map((s) => s.enterprises) },
        ];
        return <LineChartView x={samples.map((s) => s.asOf.slice(0, 7))} series={series} label={t('chartLabel')} />;
      }}
    </Loadable>
  );
}

function Members({ allianceId, mode }: { allianceId: string; mode: 'pending' | 'all' }) {
  const { t, e } = useI18n();
  const q = useQuery(MembersDoc, { id: allianceId });
  return (
    <Loadable q={q}>
      {(d) => {
        const all = d.alliance?.members.edges.map((x) => x.node) ?? [];
        const rows = mode === 'pending' ? all.filter((m) => m.status === 'PENDING') : all;
        return (
          <>
            <Section title={mode === 'pending' ? t('applications') : `${t('members')} (${d.alliance?.members.totalCount ?? 0})`}>
              <Table<Member>
                size="small"
                rowKey="id"
                dataSource={rows}
                pagination={rows.length > 50 ? { pageSize: 50 } : false}
                scroll={{ x: 760 }}
                locale={{ emptyText: mode === 'pending' ? t('noPending') : t('nothing') }}
                columns={[
                  { title: t('organization'), dataIndex: ['organization', 'name'] },
                  { title: t('kind'), render: (_, m) => `${e(m.organization.kind)}${m.organization.schoolType ? ` · ${e(m.organization.schoolType)}` : ''}` },
                  { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'ACTIVE' ? 'green' : s === 'PENDING' ? 'gold' : 'default'}>{e(s)}</Tag> },
                  { title: t('initiatedBy'), dataIndex: 'initiatedBy', render: (s: string) => e(s) },
                  ...(mode === 'all'
                    ? [
                        { title: t('joinedAt'), dataIndex: 'joinedAt', render: (s: string | null) => s ?? '—' },
                        { title: t('endedAt'), dataIndex: 'endedAt', render: (s: string | null) => s ?? '—' },
                      ]
                    : []),
                  { title: t('actions'), width: 260, render: (_, m) => <MemberActions member={m} onDone={q.reload} /> },
                ]}
              />
            </Section>
            {mode === 'all' && <Invite allianceId={allianceId} regionCode={d.alliance?.regionCode ?? ''} memberIds={new Set(all.filter((m) => m.status === 'ACTIVE' || m.status === 'PENDING').map((m) => m.organization.id))} onDone={q.reload} />}
          </>
        );
      }}
    </Loadable>
  );
}

function MemberActions({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const approve = useMutation(ApproveDoc);
  const reject = useMutation(RejectDoc);
  const end = useMutation(EndDoc);
  const [dialog, setDialog] = useState<'reject' | 'end' | null>(null);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayIn());
  const name = member.organization.name;
  if (member.status === 'PENDING' && member.initiatedBy === 'INVITATION') return <span>{t('awaitingInvitee')}</span>;
  const canEnd = member.status === 'ACTIVE' && member.role !== 'LEAD';
  if (member.status !== 'PENDING' && !canEnd) return null;
  const close = () => {
    setDialog(null);
    reject.reset();
    end.reset();
    setReason('');
  };
  const dialogError = dialog === 'reject' ? reject.error : end.error;
  return (
    <div>
      {member.status === 'PENDING' ? (
        <Space wrap>
          <Button
            type="primary"
            size="small"
            loading={approve.loading}
            aria-label={`${t('approve')}: ${name}`}
            onClick={async () => {
              if (await approve.run({ id: member.id })) {
                message.success(`${t('approved')}: ${name}`);
                onDone();
              }
            }}
          >
            {t('approve')}
          </Button>
          <Button danger size="small" aria-label={`${t('reject')}: ${name}`} onClick={() => setDialog('reject')}>
            {t('reject')}
          </Button>
        </Space>
      ) : (
        <Button size="small" aria-label={`${t('endMembership')}: ${name}`} onClick={() => setDialog('end')}>
          {t('endMembership')}
        </Button>
      )}
      <ActionError error={approve.error} />
      <Modal
        open={dialog !== null}
        title={`${dialog === 'reject' ? t('reject') : t('endMembership')}: ${name}`}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: !reason.trim(), loading: reject.loading || end.loading }}
        onCancel={close}
        onOk={async () => {
          const ok = dialog === 'reject' ? await reject.run({ id: member.id, reason }) : await end.run({ id: member.id, reason, effectiveDate: date });
          if (ok) {
            message.success(dialog === 'reject' ? t('rejected') : t('ended'));
            close();
            onDone();
          }
        }}
      >
        <div className="inline-form">
          {dialog === 'end' && (
            <label>
              {t('effectiveDate')}
              <Input type="date" value={date} onChange={(ev) => setDate(ev.target.value)} status={dialogError?.field === 'effectiveDate' ? 'error' : undefined} />
            </label>
          )}
          <label style={{ flex: 1, minWidth: 220 }}>
            {t('reason')}
            <Input value={reason} onChange={(ev) => setReason(ev.target.value)} maxLength={500} status={dialogError?.field === 'reason' ? 'error' : undefined} />
          </label>
        </div>
        <ActionError error={dialogError} />
      </Modal>
    </div>
  );
}

function Invite({ allianceId, regionCode, memberIds, onDone }: { allianceId: string; regionCode: string; memberIds: Set<string>; onDone: () => void }) {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const q = useQuery(CandidatesDoc, { region: regionCode });
  const invite = useMutation(InviteDoc);
  const [orgId, setOrgId] = useState<string | undefined>();
  return (
    <Section title={t('invite')}>
      <Loadable q={q}>
        {(d) => {
          const options = d.organizations.edges
            .map((x) => x.node)
            .filter((o) => !memberIds.has(o.id) && o.kind !== 'GOVERNMENT')
            .map((o) => ({ value: o.id, label: `${o.name}（${e(o.kind)}）` }));
          return (
            <div>
              <Space wrap>
                <Select
                  aria-label={t('inviteOrg')}
                  placeholder={t('inviteOrg')}
                  showSearch
                  optionFilterProp="label"
                  style={{ minWidth: 320 }}
                  value={orgId}
                  onChange={(v) => {
                    setOrgId(v);
                    invite.reset();
                  }}
                  options={options}
                  status={invite.error ? 'error' : undefined}
                />
                <Button
                  type="primary"
                  disabled={!orgId}
                  loading={invite.loading}
                  onClick={async () => {
                    if (orgId && (await invite.run({ allianceId, organizationId: orgId }))) {
                      message.success(t('invited'));
                      setOrgId(undefined);
                      onDone();
                    }
                  }}
                >
                  {t('sendInvitation')}
                </Button>
              </Space>
              <ActionError error={invite.error} />
            </div>
          );
        }}
      </Loadable>
    </Section>
  );
}

function Grants({ allianceId, regionCode }: { allianceId: string; regionCode: string }) {
  const { t } = useI18n();
  const q = useQuery(ProgramsDoc, { region: regionCode, allianceId });
  return (
    <Loadable q={q}>
      {(d) =>
        d.grantPrograms.length === 0 ? (
          <Alert type="info" showIcon message={t('noPrograms')} />
        ) : (
          <>
            {d.grantPrograms.map((p) => {
              const apps = d.grantApplications.edges.map((x) => x.node).filter((a) => a.program.id === p.id);
              return <ProgramEligibility key={p.id} allianceId={allianceId} program={p} latest={apps[apps.length - 1]} onSubmitted={q.reload} />;
            })}
          </>
        )
      }
    </Loadable>
  );
}

function ProgramEligibility({
  allianceId,
  program,
  latest,
  onSubmitted,
}: {
  allianceId: string;
  program: { id: string; name: string; code: string; awardAmount: { amount: string; currency: string }; funder: { name: string } };
  latest?: { status: string; award?: { amount: { amount: string; currency: string }; awardedOn: string } | null };
  onSubmitted: () => void;
}) {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const [asOf, setAsOf] = useState(todayIn());
  const q = useQuery(EligibilityDoc, { allianceId, programId: program.id, asOf });
  const submit = useMutation(SubmitDoc);
  const open = latest && (latest.status === 'SUBMITTED' || latest.status === 'APPROVED');
  return (
    <Section
      title={`${program.name}（${program.code}）`}
      extra={
        <label className="inline-form">
          {t('asOf')}
          <Input type="date" aria-label={`${t('asOf')}: ${program.name}`} value={asOf} max={todayIn()} onChange={(ev) => ev.target.value && setAsOf(ev.target.value)} style={{ width: 170 }} />
        </label>
      }
    >
      <p>
        {t('award')}: <span className="money">{formatMoney(program.awardAmount)}</span> · {program.funder.name}
        {latest && (
          <>
            {' '}
            · {t('applicationStatus')}: <Tag data-testid="application-status">{e(latest.status)}</Tag>
            {latest.award && <span className="money">{formatMoney(latest.award.amount)}</span>}
          </>
        )}
      </p>
      <Loadable q={q}>
        {(d) => {
          const r = d.grantEligibility;
          const words = shortfallWords(r.criteria, r.shortfall, lang, t);
          return (
            <div data-testid={`eligibility-${program.code}`}>
              <Tag color={r.eligible ? 'green' : 'red'} data-eligible={r.eligible} style={{ fontSize: 14, padding: '2px 8px' }}>
                {r.eligible ? t('eligible') : t('notEligible')}
              </Tag>
              <h3 style={{ fontSize: 14, marginTop: 12 }}>{t('criteria')}</h3>
              <ul className="checklist" style={{ listStyle: 'none', paddingLeft: 0 }}>
                {r.criteria.map((c) => (
                  <li key={c.kind} style={{ padding: '4px 0' }}>
                    <span aria-hidden="true" style={{ color: c.passed ? '#389e0d' : '#cf1322', fontWeight: 700, marginRight: 8 }}>
                      {c.passed ? '✓' : '✗'}
                    </span>
                    <span className="visually-hidden">{c.passed ? t('yes') : t('no')}: </span>
                    {criterionText(c, lang, t)}
                    {c.required != null && (
                      <span style={{ color: '#595959' }}>
                        {' '}
                        （{t('actual')} {c.actual} / {t('required')} {c.required}）
                      </span>
                    )}
                    {c.detail && <span style={{ color: '#595959' }}> — {c.detail}</span>}
                  </li>
                ))}
              </ul>
              {!r.eligible && (
                <Alert type="warning" showIcon message={`${t('shortfall')}: ${words.join('；')}`} data-testid="shortfall" />
              )}
              {r.eligible && !open && asOf === todayIn() && (
                <div style={{ marginTop: 12 }}>
                  <Button
                    type="primary"
                    loading={submit.loading}
                    onClick={async () => {
                      if (await submit.run({ allianceId, programId: program.id })) {
                        message.success(t('submitted'));
                        onSubmitted();
                      }
                    }}
                  >
                    {t('submitApplication')}
                  </Button>
                  <ActionError error={submit.error} />
                </div>
              )}
            </div>
          );
        }}
      </Loadable>
    </Section>
  );
}
