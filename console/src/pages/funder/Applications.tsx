import { App, Button, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { FunderApplicationsQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { formatDateTime, formatMoney, PLATFORM_TZ } from '../../format';
import { useI18n } from '../../i18n';

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

type Application = FunderApplicationsQuery['grantApplications']['edges'][number]['node'];

/** Grant applications to the funder's programs: approve, or reject with a note. */
export function Applications() {
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

/**
 * Approve or reject, each through a dialog that says what will happen and asks for the decision note: approving
 * awards the program's amount to the alliance's lead in force on the award date.
 */
function DecideActions({ app, onDone }: { app: Application; onDone: () => void }) {
  const { t } = useI18n();
  const name = `${app.alliance.name} · ${app.program.name}`;
  return (
    <Space wrap>
      <ReasonDialogButton
        action={t('approve')}
        subject={name}
        reasonLabel={t('note')}
        buttonType="primary"
        doc={DecideDoc}
        variables={(note) => ({ id: app.id, decision: 'APPROVE' as const, note })}
        consequence={t('approveAwardConsequence', { amount: formatMoney(app.program.awardAmount), alliance: app.alliance.name })}
        success={t('decided')}
        multiline
        maxLength={1000}
        onDone={onDone}
      />
      <ReasonDialogButton
        action={t('reject')}
        subject={name}
        reasonLabel={t('note')}
        doc={DecideDoc}
        variables={(note) => ({ id: app.id, decision: 'REJECT' as const, note })}
        consequence={t('rejectAwardConsequence', { alliance: app.alliance.name })}
        success={t('decided')}
        danger
        confirmDanger
        multiline
        maxLength={1000}
        onDone={onDone}
      />
    </Space>
  );
}
