import { useState } from 'react';
import { Button, Input, Space, Table } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { formatMoney } from '../../format';
import { useCoopText } from './texts';

const ClaimsDoc = graphql(`
  query CoopFunderClaims {
    subsidyClaims(first: 100) {
      edges {
        node {
          id
          policyKind
          status
          periodFrom
          periodTo
          claimant { id name }
          requested { amount currency }
          awarded { amount currency }
          purpose
          evidence { quantity formula }
        }
      }
    }
  }
`);
const DecideDoc = graphql(`
  mutation CoopDecide($claimId: ID!, $decision: ClaimDecision!, $purpose: String, $note: String) {
    decideSubsidyClaim(claimId: $claimId, decision: $decision, purpose: $purpose, note: $note) { id status awarded { amount currency } }
  }
`);

/** A funder's subsidy claims of its region: the frozen evidence and one decision each (a purpose for the base subsidy). */
export function ClaimsDecide() {
  const { c, ce, evidence } = useCoopText();
  const q = useQuery(ClaimsDoc, {});
  const decide = useMutation(DecideDoc);
  const [purpose, setPurpose] = useState<Record<string, string>>({});
  return (
    <Section title={c('claims')}>
      <ActionError error={decide.error} />
      <Loadable q={q}>
        {(d) => (
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={d.subsidyClaims.edges.map((e) => e.node)}
            columns={[
              { title: c('claimant'), render: (_, x) => x.claimant?.name },
              { title: c('policy'), dataIndex: 'policyKind', render: (v: string) => ce(v) },
              { title: c('claimPeriod'), render: (_, x) => `${x.periodFrom} ~ ${x.periodTo}` },
              { title: c('evidence'), render: (_, x) => <span title={x.evidence.formula}>{evidence(x.policyKind, x.evidence.quantity)}</span> },
              { title: c('requested'), render: (_, x) => formatMoney(x.requested) },
              { title: c('awarded'), render: (_, x) => formatMoney(x.awarded) },
              { title: c('status'), dataIndex: 'status', render: (v: string) => ce(v) },
              {
                title: '',
                render: (_, x) =>
                  x.status === 'SUBMITTED' ? (
                    <Space wrap>
                      {x.policyKind === 'INTERNSHIP_BASE' && (
                        <Input aria-label={`${c('purpose')} ${x.claimant?.name ?? ''}`} placeholder={c('purpose')} value={purpose[x.id] ?? ''} onChange={(e) => setPurpose({ ...purpose, [x.id]: e.target.value })} style={{ width: 220 }} />
                      )}
                      <Button size="small" type="primary" aria-label={`${c('approve')}: ${x.claimant?.name ?? ''} · ${ce(x.policyKind)}`} loading={decide.loading} onClick={async () => (await decide.run({ claimId: x.id, decision: 'APPROVE', purpose: purpose[x.id] || null })) && q.reload()}>
                        {c('approve')}
                      </Button>
                      <Button size="small" danger aria-label={`${c('reject')}: ${x.claimant?.name ?? ''} · ${ce(x.policyKind)}`} loading={decide.loading} onClick={async () => (await decide.run({ claimId: x.id, decision: 'REJECT' })) && q.reload()}>
                        {c('reject')}
                      </Button>
                    </Space>
                  ) : (
                    <span>{x.purpose ?? c('decided')}</span>
                  ),
              },
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}
