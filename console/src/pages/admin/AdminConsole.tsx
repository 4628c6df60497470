import { useState } from 'react';
import { App, Button, Checkbox, Input, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { AdminOrganizationsQuery, OrganizationKind, SchoolType } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { expandIcon } from '../../components/expandIcon';
import { formatDateTime, PLATFORM_TZ, todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../types';

const OrgsDoc = graphql(`
  query AdminOrganizations($filter: OrganizationFilter, $after: String) {
    organizations(filter: $filter, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name kind schoolType creditCode regionCode aboveDesignatedSize createdAt
          disqualifiedOn
          disqualifications { id reason from until liftedAt liftReason imposedBy { id name } futureBookings createdAt }
          history { field effectiveDate reason at by oldValues { name regionCode kind schoolType aboveDesignatedSize } newValues { name regionCode kind schoolType aboveDesignatedSize } }
        }
      }
    }
  }
`);

const RegisterDoc = graphql(`
  mutation AdminRegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) { id name }
  }
`);

const UpdateDoc = graphql(`
  mutation AdminUpdateOrganization($id: ID!, $input: UpdateOrganizationInput!, $effectiveDate: Date, $reason: String!) {
    updateOrganization(organizationId: $id, input: $input, effectiveDate: $effectiveDate, reason: $reason) { id name regionCode kind schoolType }
  }
`);

type Org = AdminOrganizationsQuery['organizations']['edges'][number]['node'];

export const KINDS: OrganizationKind[] = ['SCHOOL', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT', 'OTHER'];
export const SCHOOL_TYPES: SchoolType[] = ['SECONDARY_VOCATIONAL', 'TECHNICIAN_COLLEGE', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'];

/** A platform admin: every organization (search, register, correct with a reason, corrections and bans history). */
export default function AdminConsole(_: { me: Viewer }) {
  const { t, e } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | undefined>();
  const [filter, setFilter] = useState<{ nameContains?: string; kind?: OrganizationKind }>({});
  const q = useQuery(OrgsDoc, { filter });
  return (
    <>
      <Section title={t('organizations')}>
        <form
          className="inline-form"
          role="search"
          aria-label={t('organizations')}
          onSubmit={(ev) => {
            ev.preventDefault();
            setFilter({ ...(name.trim() ? { nameContains: name.trim() } : {}), ...(kind ? { kind } : {}) });
          }}
          style={{ marginBottom: 12 }}
        >
          <label>
            {t('nameContains')}
            <Input value={name} onChange={(ev) => setName(ev.target.value)} style={{ width: 220 }} />
          </label>
          <label>
            {t('kind')}
            <Select aria-label={t('kind')} allowClear value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: e(k) }))} style={{ width: 160 }} placeholder={t('any')} />
          </label>
          <Button htmlType="submit">{t('show')}</Button>
        </form>
        <Loadable q={q}>
          {(d) => (
            <Table<Org>
              size="small"
              rowKey="id"
              dataSource={d.organizations.edges.map((x) => x.node)}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 900 }}
              locale={{ emptyText: t('noOrganizations') }}
              expandable={{
              expandIcon: expandIcon(t, (o) => o.name), expandedRowRender: (o) => <OrgHistory org={o} />, rowExpandable: () => true, columnTitle: <span className="visually-hidden">{t('history')}</span> }}
              columns={[
                { title: t('organization'), dataIndex: 'name' },
                { title: t('kind'), render: (_, o) => `${e(o.kind)}${o.schoolType ? ` · ${e(o.schoolType)}` : ''}` },
                { title: t('creditCode'), dataIndex: 'creditCode', render: (s: string) => <code>{s}</code> },
                { title: t('regionCode'), dataIndex: 'regionCode' },
                { title: t('status'), render: (_, o) => (o.disqualifiedOn ? <Tag color="red">{t('disqualifiedTag')}</Tag> : <Tag color="green">{t('inGoodStanding')}</Tag>) },
                { title: t('actions'), render: (_, o) => <CorrectButton org={o} onDone={q.reload} /> },
              ]}
            />
          )}
        </Loadable>
      </Section>
      <Register onDone={q.reload} />
    </>
  );
}

/** Corrections (old → new, why, from when) and bans of one organization. */
function OrgHistory({ org }: { org: Org }) {
  const { t, e } = useI18n();
  const facts = (v: Org['history'][number]['newValues']) =>
    [v.name, v.regionCode, v.kind && e(v.kind), v.schoolType && e(v.schoolType), v.aboveDesignatedSize == null ? null : v.aboveDesignatedSize ? t('yes') : t('no')].filter(Boolean).join(' · ') || '—';
  return (
    <div className="grid-2">
      <div>
        <h3 style={{ fontSize: 14 }}>{t('corrections')}</h3>
        {org.history.length ? (
          <ul>
            {org.history.map((h, i) => (
              <li key={i}>
                {h.effectiveDate} · {e(h.field)}: {facts(h.oldValues)} → {facts(h.newValues)} · {t('reason')}: {h.reason} <span className="muted">({formatDateTime(h.at, PLATFORM_TZ)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noCorrections')}</p>
        )}
      </div>
      <div>
        <h3 style={{ fontSize: 14 }}>{t('banHistory')}</h3>
        {org.disqualifications.length ? (
          <ul>
            {org.disqualifications.map((d) => (
              <li key={d.id}>
                {d.from} – {d.until} · {d.reason}
                {d.imposedBy ? ` · ${d.imposedBy.name}` : ''} · {d.liftedAt ? `${t('lifted')}: ${d.liftReason ?? ''}` : t('active')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('noBans')}</p>
        )}
      </div>
    </div>
  );
}

/** A correction of name, region or kind, from a date, with a reason (the API keeps old → new). */
function CorrectButton({ org, onDone }: { org: Org; onDone: () => void }) {
  const { t, e } = useI18n();
  const [name, setName] = useState(org.name);
  const [regionCode, setRegion] = useState(org.regionCode);
  const [kind, setKind] = useState<OrganizationKind>(org.kind);
  const [schoolType, setSchoolType] = useState<SchoolType | undefined>(org.schoolType ?? undefined);
  const [date, setDate] = useState(todayIn());
  const input = {
    ...(name !== org.name ? { name } : {}),
    ...(regionCode !== org.regionCode ? { regionCode } : {}),
    ...(kind !== org.kind || schoolType !== (org.schoolType ?? undefined) ? { kind, ...(kind === 'SCHOOL' ? { schoolType } : {}) } : {}),
  };
  return (
    <ReasonDialogButton
      action={t('correct')}
      subject={org.name}
      reasonLabel={t('reason')}
      doc={UpdateDoc}
      variables={(reason) => ({ id: org.id, input, effectiveDate: date, reason })}
      validate={() => (Object.keys(input).length ? null : t('nothingChanged'))}
      success={t('saved')}
      onDone={onDone}
      consequence={t('correctConsequence')}
      fields={(error) => (
        <>
          <label>
            {t('name')}
            <Input value={name} onChange={(ev) => setName(ev.target.value)} status={error?.field === 'name' ? 'error' : undefined} />
          </label>
          <label>
            {t('regionCode')}
            <Input value={regionCode} onChange={(ev) => setRegion(ev.target.value)} status={error?.field === 'regionCode' ? 'error' : undefined} style={{ width: 100 }} />
          </label>
          <label>
            {t('kind')}
            <Select aria-label={t('kind')} value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: e(k) }))} style={{ width: 140 }} />
          </label>
          {kind === 'SCHOOL' && (
            <label>
              {t('schoolType')}
              <Select aria-label={t('schoolType')} value={schoolType} onChange={setSchoolType} options={SCHOOL_TYPES.map((k) => ({ value: k, label: e(k) }))} style={{ width: 160 }} />
            </label>
          )}
          <label>
            {t('effectiveDate')}
            <DateInput value={date} onChange={(v) => setDate(v)} status={error?.field === 'effectiveDate' ? 'error' : undefined} />
          </label>
        </>
      )}
    />
  );
}

/** Registers an organization; the API checks the credit code (GB 32100) and its uniqueness. */
function Register({ onDone }: { onDone: () => void }) {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const reg = useMutation(RegisterDoc);
  const empty = { name: '', kind: 'ENTERPRISE' as OrganizationKind, schoolType: undefined as SchoolType | undefined, creditCode: '', regionCode: '450200', aboveDesignatedSize: false };
  const [f, setF] = useState(empty);
  const set = (p: Partial<typeof f>) => {
    setF((x) => ({ ...x, ...p }));
    reg.reset();
  };
  const bad = (field: string) => (reg.error?.field === field ? 'error' : undefined);
  return (
    <Section title={t('registerOrganization')}>
      <form
        className="inline-form"
        aria-label={t('registerOrganization')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          const input = {
            name: f.name,
            kind: f.kind,
            creditCode: f.creditCode,
            regionCode: f.regionCode,
            ...(f.kind === 'SCHOOL' ? { schoolType: f.schoolType } : {}),
            ...(f.kind === 'ENTERPRISE' ? { aboveDesignatedSize: f.aboveDesignatedSize } : {}),
          };
          const r = await reg.run({ input });
          if (r) {
            message.success(`${t('registered')}: ${r.registerOrganization.name}`);
            setF(empty);
            onDone();
          }
        }}
      >
        <label>
          {t('name')}
          <Input name="name" value={f.name} onChange={(ev) => set({ name: ev.target.value })} status={bad('name')} style={{ width: 240 }} required />
        </label>
        <label>
          {t('kind')}
          <Select aria-label={t('kind')} value={f.kind} onChange={(kind) => set({ kind })} options={KINDS.map((k) => ({ value: k, label: e(k) }))} style={{ width: 140 }} />
        </label>
        {f.kind === 'SCHOOL' && (
          <label>
            {t('schoolType')}
            <Select aria-label={t('schoolType')} value={f.schoolType} onChange={(schoolType) => set({ schoolType })} options={SCHOOL_TYPES.map((k) => ({ value: k, label: e(k) }))} style={{ width: 160 }} status={bad('schoolType')} />
          </label>
        )}
        <label>
          {t('creditCode')}
          <Input name="creditCode" value={f.creditCode} onChange={(ev) => set({ creditCode: ev.target.value })} status={bad('creditCode')} style={{ width: 210 }} required />
        </label>
        <label>
          {t('regionCode')}
          <Input name="regionCode" value={f.regionCode} onChange={(ev) => set({ regionCode: ev.target.value })} status={bad('regionCode')} style={{ width: 100 }} required />
        </label>
        {f.kind === 'ENTERPRISE' && (
          <Checkbox checked={f.aboveDesignatedSize} onChange={(ev) => set({ aboveDesignatedSize: ev.target.checked })}>
            {t('aboveDesignatedSize')}
          </Checkbox>
        )}
        <Button type="primary" htmlType="submit" loading={reg.loading}>
          {t('register')}
        </Button>
      </form>
      <ActionError error={reg.error} />
    </Section>
  );
}
