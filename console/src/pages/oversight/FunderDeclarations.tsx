import { useState } from 'react';
import { App, Button, Descriptions, Input, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';

const DeclarationsDoc = graphql(`
  query FunderDeclarations {
    declarations {
      id organizationName industry status reviewers averageScore noticeFrom noticeUntil validFrom validUntil rejectionReason
      reviews { reviewerId conflictOfInterest total }
      objections { id text status resolution }
      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }
    }
  }
`);
const AssignDoc = graphql(`mutation AssignReviewers($d: ID!, $o: ID!, $r: [String!]!) { assignReviewers(declarationId: $d, reviewerOrganizationId: $o, reviewerIds: $r) { id status } }`);
const DecideDoc = graphql(`mutation DecideDeclaration($d: ID!, $decision: CertDecision!) { decideDeclaration(declarationId: $d, decision: $decision) { id status } }`);
const ResolveDoc = graphql(`mutation ResolveObjection($o: ID!, $outcome: ObjectionOutcome!, $r: String!) { resolveObjection(objectionId: $o, outcome: $outcome, resolution: $r) { id status } }`);
const ReserveDoc = graphql(`mutation EnterReserve($d: ID!) { enterReserve(declarationId: $d) { id status } }`);
const CertifyDoc = graphql(`mutation CertifyDeclaration($d: ID!) { certifyDeclaration(declarationId: $d) { id status } }`);
const FalseDoc = graphql(`mutation FindFalseInformation($d: ID!, $r: String!) { findFalseInformation(declarationId: $d, reason: $r) { declaration { id status } disqualification { from until } } }`);

/** The funder's 产教融合型企业 desk: every declaration of its region (a province: its cities'), each step one button. */
export function FunderDeclarations() {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const q = useQuery(DeclarationsDoc, {});
  const assign = useMutation(AssignDoc);
  const decide = useMutation(DecideDoc);
  const resolve = useMutation(ResolveDoc);
  const reserve = useMutation(ReserveDoc);
  const certify = useMutation(CertifyDoc);
  const falseInfo = useMutation(FalseDoc);
  const [reviewers, setReviewers] = useState('');
  // A reviewer is a user of an organization: the funder names the experts' organization with their user ids.
  const [reviewerOrg, setReviewerOrg] = useState('');
  const after = async (p: Promise<unknown>) => {
    if (await p) {
      message.success(t('done'));
      q.reload();
    }
  };
  const err = assign.error ?? decide.error ?? resolve.error ?? reserve.error ?? certify.error ?? falseInfo.error;
  return (
    <Loadable q={q}>
      {(d) => (
        <Section title={t('declarations')}>
          <ActionError error={err} />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={d.declarations}
            scroll={{ x: 900 }}
            expandable={{
              expandIcon: ({ expanded, onExpand, record }) => (
                <Button size="small" type="text" aria-expanded={expanded} aria-label={`${record.organizationName ?? ''} ${t('reviewers')} / ${t('objections')}`} onClick={(ev) => onExpand(record, ev)}>
                  {expanded ? '−' : '+'}
                </Button>
              ),
              expandedRowRender: (r) => (
                <Descriptions size="small" column={1} bordered>
                  <Descriptions.Item label={t('cooperationOnPlatform')}>
                    {t('agreementsInForce')} {r.cooperation.agreementsInForce ?? '—'} · {t('apprentices')} {r.cooperation.apprentices ?? '—'} · {t('placements')} {r.cooperation.placements ?? '—'} · {t('trainingBasesHosted')} {r.cooperation.trainingBasesHosted ?? '—'} · {t('projectsCount')} {r.cooperation.projects ?? '—'}
                    {r.cooperation.unavailable.length > 0 && <div>{t('unavailableSources', { s: r.cooperation.unavailable.join('、') })}</div>}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('reviewers')}>
                    {r.reviews.map((v) => `${v.reviewerId}：${v.conflictOfInterest ? '回避' : v.total}`).join('；') || '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('objections')}>
                    {r.objections.length === 0 && '—'}
                    {r.objections.map((o) => (
                      <div key={o.id}>
                        {o.text} <Tag>{e(o.status)}</Tag>
                        {o.status === 'OPEN' && (
                          <Space>
                            <Button size="small" onClick={() => after(resolve.run({ o: o.id, outcome: 'DISMISSED', r: '经核实异议不成立' }))}>{t('dismiss')}</Button>
                            <Button size="small" danger onClick={() => after(resolve.run({ o: o.id, outcome: 'UPHELD', r: '经核实异议成立' }))}>{t('uphold')}</Button>
                          </Space>
                        )}
                      </div>
                    ))}
                  </Descriptions.Item>
                </Descriptions>
              ),
            }}
            columns={[
              { title: t('enterpriseName'), dataIndex: 'organizationName' },
              { title: t('industry'), dataIndex: 'industry' },
              { title: t('status2'), render: (_, r) => <Tag data-status={r.status}>{e(r.status)}</Tag> },
              {
                title: t('notice'),
                render: (_, r) => (r.noticeFrom ? t('noticePeriod', { from: r.noticeFrom, until: r.noticeUntil ?? '' }) : r.validFrom ? t('validity', { from: r.validFrom, until: r.validUntil ?? '' }) : '—'),
              },
              { title: t('score'), render: (_, r) => (r.averageScore ?? '—') },
              {
                title: t('actions'),
                render: (_, r) => (
                  <Space wrap>
                    {(r.status === 'SUBMITTED' || r.status === 'UNDER_REVIEW') && (
                      <Space.Compact>
                        <Input aria-label={t('reviewerOrganizationId')} placeholder={t('reviewerOrganizationId')} value={reviewerOrg} onChange={(ev) => setReviewerOrg(ev.target.value.trim())} style={{ width: 200 }} />
                        <Input aria-label={t('reviewerIds')} placeholder={t('reviewerIds')} value={reviewers} onChange={(ev) => setReviewers(ev.target.value)} style={{ width: 200 }} />
                        <Button onClick={() => after(assign.run({ d: r.id, o: reviewerOrg, r: reviewers.split(/[,，\s]+/).filter(Boolean) }))}>{t('assignReviewers')}</Button>
                      </Space.Compact>
                    )}
                    {r.status === 'UNDER_REVIEW' && (
                      <>
                        <Button type="primary" onClick={() => after(decide.run({ d: r.id, decision: 'APPROVE' }))}>{t('decideApprove')}</Button>
                        <Button onClick={() => after(decide.run({ d: r.id, decision: 'REJECT' }))}>{t('decideReject')}</Button>
                      </>
                    )}
                    {r.status === 'IN_NOTICE' && <Button onClick={() => after(reserve.run({ d: r.id }))}>{t('enterReserve')}</Button>}
                    {r.status === 'IN_RESERVE' && <Button type="primary" onClick={() => after(certify.run({ d: r.id }))}>{t('certify')}</Button>}
                    {r.status !== 'REJECTED' && r.status !== 'DRAFT' && (
                      <Button danger size="small" onClick={() => after(falseInfo.run({ d: r.id, r: '经核查申报信息弄虚作假' }))}>{t('falseInfo')}</Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Section>
      )}
    </Loadable>
  );
}
