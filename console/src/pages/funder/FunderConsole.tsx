import { useMemo, useState } from 'react';
import { Alert, App, Button, Descriptions, Input, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import { graphql } from '../../gql';
import type { FunderApplicationsQuery, StandingsQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import type { Viewer } from '../../App';
import { ActionError, Loadable, Section } from '../../components';
import { formatDateTime, formatMoney, PLATFORM_TZ, todayIn } from '../../format';
import { criterionText, shortfallWords } from '../../grants-text';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';

const ProgramsDoc = graphql(`
  query FunderPrograms($funderId: ID!) {
    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }
  }
`);

const StandingsDoc = graphql(`
  query Standings($first: Int, $after: String) {
    grantStandings(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          alliance { id }
          allianceName
          program { id }
          regionCode
          eligible
          shortfall
          schools
          enterprises
          distinctSchoolTypes
          evaluatedOn
          applicationStatus
          awarded
        }
      }
    }
  }
`);

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

const ApplicationsDoc = graphql(`
  query FunderApplications($first: Int) {
    grantApplications(first: $first) {
      edges {
        node {
          id
          status
          submittedAt
          decidedAt
          decisionNote
          alliance { id name }
          program { id name code awardAmount { amount currency } }
          evaluation { eligible asOf shortfall }
          award { amount { amount currency } awardedOn }
        }
      }
    }
  }
`);

const DecideDoc = graphql(`
  mutation DecideGrantApplication($id: ID!, $decision: Decision!, $note: String) {
    decideGrantApplication(applicationId: $id, decision: $decision, note: $note) {
      id
      status
      decidedAt
      decisionNote
      award { amount { amount currency } awardedOn }
    }
  }
`);

const RegionOrgsDoc = graphql(`
  query RegionOrganizations($region: String!) {
    organizations(filter: { regionCode: $region }, first: 100) {
      edges {
        node {
          id
          name
          kind
          disqualifications { id reason from until liftedAt liftReason }
        }
      }
    }
  }
`);

const DisqualifyDoc = graphql(`
  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date) {
    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until) { id from until }
  }
`);

const LiftDoc = graphql(`
  mutation LiftDisqualification($id: ID!, $reason: String!) {
    liftDisqualification(disqualificationId: $id, reason: $reason) { id liftedAt }
  }
`);

type Standing = StandingsQuery['grantStandings']['edges'][number]['node'];
type Application = FunderApplicationsQuery['grantApplications']['edges'][number]['node'];

export default function FunderConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const [tab, setTab] = useTab('funder', 'standings');
  const org = me.organization!;
  const programs = useQuery(ProgramsDoc, { funderId: org.id });
  const [reportFor, setReportFor] = useState<{ allianceId: string; programId: string } | null>(null);
  return (
    <Loadable q={programs}>
      {(p) => (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            {
              key: 'standings',
              label: t('standings'),
              children: (
                <Standings
                  programs={p.grantPrograms}
                  onReport={(allianceId, programId) => {
                    setReportFor({ allianceId, programId });
                    setTab('report');
                  }}
                />
              ),
            },
            { key: 'report', label: t('report'), children: <Report programs={p.grantPrograms} initial={reportFor} /> },
            { key: 'applications', label: t('decide'), children: <Applications /> },
            { key: 'disqualifications', label: t('disqualifications'), children: <Disqualifications regionCode={org.regionCode} /> },
          ]}
        />
      )}
    </Loadable>
  );
}

interface Program {
  id: string;
  code: string;
  name: string;
  awardAmount: { amount: string; currency: string };
}

/** Collects the standings projection page by page (100 per request, "load more"). */
function useAllStandings() {
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<Standing[]>([]);
  const q = useQuery(StandingsDoc, { first: 100, after });
  const fresh = after !== null && q.loading ? [] : (q.data?.grantStandings.edges.map((e) => e.node) ?? []);
  const standings = [...earlier, ...fresh];
  const pageInfo = q.data?.grantStandings.pageInfo;
  const more = () => {
    if (!pageInfo?.hasNextPage) return;
    setEarlier(standings);
    setAfter(pageInfo.endCursor ?? null);
  };
  const reload = () => {
    setEarlier([]);
    if (after === null) q.reload();
    else setAfter(null);
  };
  return { q: { ...q, reload }, standings, hasMore: !!pageInfo?.hasNextPage && !q.loading, more };
}

function Standings({ programs, onReport }: { programs: Program[]; onReport: (allianceId: string, programId: string) => void }) {
  const { t, e, lang } = useI18n();
  const { q, standings, hasMore, more } = useAllStandings();
  const rows = useMemo(() => {
    const by = new Map<string, { allianceId: string; name: string; regionCode: string; cells: Map<string, Standing> }>();
    for (const s of standings) {
      let r = by.get(s.alliance.id);
      if (!r) by.set(s.alliance.id, (r = { allianceId: s.alliance.id, name: s.allianceName, regionCode: s.regionCode, cells: new Map() }));
      r.cells.set(s.program.id, s);
    }
    return [...by.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [standings]);
  return (
    <Section title={t('standings')} extra={<Button onClick={q.reload}>{t('refresh')}</Button>}>
      <Loadable q={q}>
        {() => (
          <>
            <Table
              size="small"
              rowKey="allianceId"
              dataSource={rows}
              pagination={rows.length > 50 ? { pageSize: 50 } : false}
              scroll={{ x: 640 }}
              locale={{ emptyText: t('nothing') }}
              columns={[
                { title: t('alliance'), dataIndex: 'name', fixed: 'left', width: 200 },
                ...programs.map((p) => ({
                  title: `${p.name}（${t('qualifiesToday')}）`,
                  key: p.id,
                  render: (_: unknown, r: (typeof rows)[number]) => {
                    const s = r.cells.get(p.id);
                    if (!s) return '—';
                    const words = lang === 'en' ? s.shortfall : s.shortfall.length ? zhShortfall(s, t) : [];
                    return (
                      <div data-standing={`${r.name}|${p.code}`} data-eligible={s.eligible}>
                        <Tag color={s.eligible ? 'green' : 'red'}>{s.eligible ? t('eligible') : t('notEligible')}</Tag>
                        {s.applicationStatus && <Tag>{e(s.applicationStatus)}</Tag>}
                        {s.awarded && <Tag color="blue">{t('awarded')}</Tag>}
                        {!s.eligible && <div style={{ color: '#595959', fontSize: 12 }}>{words.join('；')}</div>}
                        <Button type="link" size="small" onClick={() => onReport(r.allianceId, p.id)} aria-label={`${t('report')}: ${r.name} · ${p.name}`}>
                          {t('report')}
                        </Button>
                      </div>
                    );
                  },
                })),
              ]}
            />
            {hasMore && (
              <Button style={{ marginTop: 8 }} onClick={more} loading={q.loading}>
                {t('loadMore')}
              </Button>
            )}
          </>
        )}
      </Loadable>
    </Section>
  );
}

/** The projection carries counts and English shortfall; in Chinese the words are rebuilt from the English pattern. */
function zhShortfall(s: Standing, t: ReturnType<typeof useI18n>['t']): string[] {
  return s.shortfall.map((w) => {
    const n = /^(\d+)/.exec(w)?.[1] ?? /of (\d+)/.exec(w)?.[1] ?? '';
    if (/enterprise/.test(w)) return t('moreEnterprises', { n });
    if (/type/.test(w)) return t('moreSchoolTypes', { n });
    if (/school/.test(w)) return t('moreSchools', { n });
    if (/ACTIVE|status|active/i.test(w)) return t('allianceNotActive');
    if (/lead|disqualif/i.test(w)) return t('leadDisqualified');
    return w;
  });
}

function Report({ programs, initial }: { programs: Program[]; initial: { allianceId: string; programId: string } | null }) {
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
          <Input type="date" name="asOf" value={asOf} max={todayIn()} onChange={(ev) => ev.target.value && setAsOf(ev.target.value)} />
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
                      {c.detail && ` — ${c.detail}`}
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

function Applications() {
  const { t, e } = useI18n();
  const q = useQuery(ApplicationsDoc, { first: 100 });
  return (
    <Section title={t('decide')}>
      <Loadable q={q}>
        {(d) => (
          <Table<Application>
            size="small"
            rowKey="id"
            dataSource={d.grantApplications.edges.map((x) => x.node)}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('noApplications') }}
            columns={[
              { title: t('alliance'), render: (_, a) => a.alliance.name },
              { title: t('program'), render: (_, a) => a.program.name },
              { title: t('award'), align: 'right', render: (_, a) => <span className="money">{formatMoney(a.award?.amount ?? a.program.awardAmount)}</span> },
              { title: t('submittedAt'), render: (_, a) => formatDateTime(a.submittedAt, PLATFORM_TZ) },
              { title: t('evaluation'), render: (_, a) => <Tag color={a.evaluation.eligible ? 'green' : 'red'}>{a.evaluation.eligible ? t('eligible') : t('notEligible')}</Tag> },
              {
                title: t('status'),
                render: (_, a) => (
                  <span data-application-status={a.status}>
                    <Tag color={a.status === 'APPROVED' ? 'green' : a.status === 'REJECTED' ? 'red' : 'gold'}>{e(a.status)}</Tag>
                    {a.decisionNote && <div style={{ fontSize: 12, color: '#595959' }}>{a.decisionNote}</div>}
                  </span>
                ),
              },
              { title: t('actions'), width: 300, render: (_, a) => (a.status === 'SUBMITTED' ? <DecideActions app={a} onDone={q.reload} /> : a.award ? `${t('awarded')} ${a.award.awardedOn}` : null) },
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}

function DecideActions({ app, onDone }: { app: Application; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const decide = useMutation(DecideDoc);
  const [note, setNote] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const name = `${app.alliance.name} · ${app.program.name}`;
  return (
    <div>
      <Space wrap>
        <Button
          type="primary"
          size="small"
          loading={decide.loading && !rejecting}
          aria-label={`${t('approve')}: ${name}`}
          onClick={async () => {
            if (await decide.run({ id: app.id, decision: 'APPROVE', note: note || null })) {
              message.success(t('decided'));
              onDone();
            }
          }}
        >
          {t('approve')}
        </Button>
        <Button danger size="small" aria-label={`${t('reject')}: ${name}`} onClick={() => setRejecting(true)}>
          {t('reject')}
        </Button>
      </Space>
      {!rejecting && <ActionError error={decide.error} />}
      <Modal
        open={rejecting}
        title={`${t('reject')}: ${name}`}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true, disabled: !note.trim(), loading: decide.loading }}
        onCancel={() => {
          setRejecting(false);
          decide.reset();
        }}
        onOk={async () => {
          if (await decide.run({ id: app.id, decision: 'REJECT', note })) {
            message.success(t('decided'));
            setRejecting(false);
            onDone();
          }
        }}
      >
        <label className="inline-form" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
          {t('note')}
          <Input.TextArea value={note} onChange={(ev) => setNote(ev.target.value)} rows={3} maxLength={1000} />
        </label>
        <ActionError error={decide.error} />
      </Modal>
    </div>
  );
}

function Disqualifications({ regionCode }: { regionCode: string }) {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const q = useQuery(RegionOrgsDoc, { region: regionCode });
  const disqualify = useMutation(DisqualifyDoc);
  const [form, setForm] = useState({ organizationId: undefined as string | undefined, reason: '', from: todayIn(), until: '' });
  const bad = (f: string) => (disqualify.error?.field === f ? 'error' : undefined);
  return (
    <Loadable q={q}>
      {(d) => {
        const orgs = d.organizations.edges.map((x) => x.node).filter((o) => o.kind !== 'GOVERNMENT');
        const rows = orgs.flatMap((o) => o.disqualifications.map((dq) => ({ ...dq, organization: o })));
        return (
          <>
            <Section title={t('disqualifications')}>
              <Table
                size="small"
                rowKey="id"
                dataSource={rows}
                pagination={false}
                scroll={{ x: 760 }}
                locale={{ emptyText: t('noDisqualifications') }}
                columns={[
                  { title: t('organization'), render: (_, r) => r.organization.name },
                  { title: t('reason'), dataIndex: 'reason' },
                  { title: t('fromDate'), dataIndex: 'from' },
                  { title: t('untilDate'), dataIndex: 'until' },
                  { title: t('status'), render: (_, r) => (r.liftedAt ? <Tag>{t('lifted')}</Tag> : <Tag color="red">{t('active')}</Tag>) },
                  { title: t('actions'), width: 240, render: (_, r) => (r.liftedAt ? (r.liftReason ?? null) : <LiftAction id={r.id} label={r.organization.name} onDone={q.reload} />) },
                ]}
              />
            </Section>
            <Section title={t('disqualifyTitle')}>
              <form
                className="inline-form"
                aria-label={t('disqualifyTitle')}
                onSubmit={async (ev) => {
                  ev.preventDefault();
                  if (!form.organizationId) return;
                  const ok = await disqualify.run({ organizationId: form.organizationId, reason: form.reason, from: form.from || null, until: form.until || null });
                  if (ok) {
                    message.success(t('disqualify'));
                    setForm({ organizationId: undefined, reason: '', from: todayIn(), until: '' });
                    q.reload();
                  }
                }}
              >
                <label>
                  {t('organization')}
                  <Select
                    aria-label={t('organization')}
                    showSearch
                    optionFilterProp="label"
                    value={form.organizationId}
                    onChange={(v) => setForm((f) => ({ ...f, organizationId: v }))}
                    options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${e(o.kind)}）` }))}
                    style={{ minWidth: 280 }}
                  />
                </label>
                <label style={{ flex: 1, minWidth: 200 }}>
                  {t('reason')}
                  <Input name="reason" value={form.reason} onChange={(ev) => setForm((f) => ({ ...f, reason: ev.target.value }))} status={bad('reason')} />
                </label>
                <label>
                  {t('fromDate')}
                  <Input type="date" name="from" value={form.from} onChange={(ev) => setForm((f) => ({ ...f, from: ev.target.value }))} status={bad('from')} />
                </label>
                <label>
                  {t('untilDate')}
                  <Input type="date" name="until" value={form.until} onChange={(ev) => setForm((f) => ({ ...f, until: ev.target.value }))} status={bad('until')} />
                </label>
                <Button danger htmlType="submit" disabled={!form.organizationId || !form.reason.trim()} loading={disqualify.loading}>
                  {t('disqualify')}
                </Button>
              </form>
              <ActionError error={disqualify.error} />
            </Section>
          </>
        );
      }}
    </Loadable>
  );
}

function LiftAction({ id, label, onDone }: { id: string; label: string; onDone: () => void }) {
  const { t } = useI18n();
  const lift = useMutation(LiftDoc);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`${t('lift')}: ${label}`}>
        {t('lift')}
      </Button>
      <Modal
        open={open}
        title={`${t('lift')}: ${label}`}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: !reason.trim(), loading: lift.loading }}
        onCancel={() => {
          setOpen(false);
          lift.reset();
        }}
        onOk={async () => {
          if (await lift.run({ id, reason })) {
            setOpen(false);
            onDone();
          }
        }}
      >
        <label className="inline-form" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
          {t('liftReason')}
          <Input value={reason} onChange={(ev) => setReason(ev.target.value)} maxLength={500} />
        </label>
        <ActionError error={lift.error} />
      </Modal>
    </>
  );
}
