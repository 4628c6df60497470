import { useState } from 'react';
import { App, Button, Input, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
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
  mutation DisqualifyOrganization($organizationId: ID!, $reason: String!, $from: Date, $until: Date, $futureBookings: FutureBookingsChoice) {
    disqualifyOrganization(organizationId: $organizationId, reason: $reason, from: $from, until: $until, futureBookings: $futureBookings) { id from until }
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
  const [form, setForm] = useState({ organizationId: undefined as string | undefined, from: todayIn(), until: '', futureBookings: 'KEEP' as 'KEEP' | 'CANCEL' });
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
              <div className="inline-form" role="group" aria-label={t('disqualifyTitle')}>
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
                <label>
                  {t('fromDate')}
                  <DateInput name="from" value={form.from} onChange={(v) => setForm((f) => ({ ...f, from: v }))} />
                </label>
                <label>
                  {t('untilDate')}
                  <DateInput name="until" value={form.until} onChange={(v) => setForm((f) => ({ ...f, until: v }))} />
                </label>
                <label>
                  {t('futureBookings')}
                  <Select aria-label={t('futureBookings')} value={form.futureBookings} onChange={(v) => setForm((f) => ({ ...f, futureBookings: v }))} options={(['KEEP', 'CANCEL'] as const).map((v) => ({ value: v, label: t(v === 'KEEP' ? 'futureKeep' : 'futureCancel') }))} style={{ width: 200 }} />
                </label>
                <ReasonDialogButton
                  action={t('disqualify')}
                  subject={orgs.find((o) => o.id === form.organizationId)?.name ?? ''}
                  reasonLabel={t('reason')}
                  buttonSize="middle"
                  danger
                  confirmDanger
                  disabled={!form.organizationId}
                  doc={DisqualifyDoc}
                  variables={(reason) => ({ organizationId: form.organizationId!, reason, from: form.from || null, until: form.until || null, futureBookings: form.futureBookings })}
                  consequence={t('disqualifyConsequence', {
                    org: orgs.find((o) => o.id === form.organizationId)?.name ?? '',
                    from: form.from || todayIn(),
                    until: form.until || t('fiveYears'),
                  })}
                  success={t('disqualify')}
                  multiline
                  onDone={() => {
                    setForm({ organizationId: undefined, from: todayIn(), until: '', futureBookings: 'KEEP' });
                    q.reload();
                  }}
                />
              </div>
            </Section>
          </>
        );
      }}
    </Loadable>
  );
}
