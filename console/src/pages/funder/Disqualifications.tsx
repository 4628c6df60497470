import { useState } from 'react';
import { App, Button, Input, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { todayIn } from '../../format';
import { useI18n } from '../../i18n';

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

/** Disqualifications of the region's organizations: the list (lift one with a reason) and the form to impose one. */
export function Disqualifications({ regionCode }: { regionCode: string }) {
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
                  {
                    title: t('actions'),
                    width: 240,
                    render: (_, r) =>
                      r.liftedAt ? (
                        (r.liftReason ?? null)
                      ) : (
                        <ReasonDialogButton
                          action={t('lift')}
                          subject={r.organization.name}
                          reasonLabel={t('liftReason')}
                          doc={LiftDoc}
                          variables={(reason) => ({ id: r.id, reason })}
                          onDone={q.reload}
                        />
                      ),
                  },
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
