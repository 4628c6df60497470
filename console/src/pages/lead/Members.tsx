import { useState } from 'react';
import { App, Button, Input, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { LeadMembersQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { todayIn } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';
import { Invite } from './Invite';

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
            organization { id name kind schoolType disqualifiedOn }
          }
        }
      }
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
const EndDoc = graphql(`
  mutation EndMembership($id: ID!, $effectiveDate: Date!, $reason: String!) {
    endMembership(membershipId: $id, effectiveDate: $effectiveDate, reason: $reason) { id status endedAt }
  }
`);

type Member = NonNullable<LeadMembersQuery['alliance']>['members']['edges'][number]['node'];

/** The alliance's members (mode "all", with the invitation form) or its pending applications (mode "pending"). */
export function Members({ allianceId, mode }: { allianceId: string; mode: 'pending' | 'all' }) {
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
                  {
                    title: t('status'),
                    render: (_, m) =>
                      m.status === 'ACTIVE' && m.organization.disqualifiedOn ? (
                        <Tag color="red" title={t('memberDisqualifiedHint')} data-status="DISQUALIFIED">
                          {t('memberDisqualified')}
                        </Tag>
                      ) : (
                        <Tag color={m.status === 'ACTIVE' ? 'green' : m.status === 'PENDING' ? 'gold' : 'default'} data-status={m.status}>
                          {e(m.status)}
                        </Tag>
                      ),
                  },
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

/**
 * What the lead may do with a membership: approve or reject (with a reason) an application, end (as of a date,
 * with a reason) an active non-lead membership; an invitation waits for the invitee.
 */
function MemberActions({ member, onDone }: { member: Member; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const approve = useMutation(ApproveDoc);
  const [date, setDate] = useState(todayIn());
  const name = member.organization.name;
  if (member.status === 'PENDING' && member.initiatedBy === 'INVITATION') return <span>{t('awaitingInvitee')}</span>;
  const canEnd = member.status === 'ACTIVE' && member.role !== 'LEAD';
  if (member.status !== 'PENDING' && !canEnd) return null;
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
          <ReasonDialogButton
            action={t('reject')}
            subject={name}
            reasonLabel={t('reason')}
            doc={RejectDoc}
            variables={(reason) => ({ id: member.id, reason })}
            success={t('rejected')}
            danger
            onDone={onDone}
          />
        </Space>
      ) : (
        <ReasonDialogButton
          action={t('endMembership')}
          subject={name}
          reasonLabel={t('reason')}
          doc={EndDoc}
          variables={(reason) => ({ id: member.id, reason, effectiveDate: date })}
          success={t('ended')}
          danger
          confirmDanger
          consequence={t('endConsequence', { org: name })}
          onDone={onDone}
          fields={(error) => (
            <label>
              {t('effectiveDate')}
              <DateInput value={date} onChange={(v) => setDate(v)} status={error?.field === 'effectiveDate' ? 'error' : undefined} />
            </label>
          )}
        />
      )}
      <ActionError error={approve.error} />
    </div>
  );
}
