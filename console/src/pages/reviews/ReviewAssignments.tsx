import { useState } from 'react';
import { Alert, Card, Descriptions, Empty, InputNumber, Space, Tag, Typography } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { formatDateTime } from '../../format';
import { useI18n } from '../../i18n';
import type { ReviewAssignmentsQuery } from '../../gql/graphql';
import type { Viewer } from '../../types';
import { useReviewTexts } from './texts';

const AssignmentsDoc = graphql(`
  query ReviewAssignments {
    declarations {
      id organizationName industry scale employees mainBusiness cooperationSummary status reviewers reviewerPanel { userId organizationId }
      program { id name reviewCriteria { key name maxScore } }
      cooperation { asOf agreementsInForce agreementsTotal placements internPersonMonths apprentices orderClassStudents graduatesPlaced trainingBasesHosted projects unavailable }
      attachments { fileId fileName }
      reviews { reviewerId reviewerOrganizationId conflictOfInterest conflictNote scores { key score } total comment submittedAt }
    }
  }
`);
const SubmitReviewDoc = graphql(`
  mutation SubmitReview($d: ID!, $coi: Boolean!, $note: String, $scores: [ReviewScoreInput!], $comment: String) {
    submitReview(declarationId: $d, conflictOfInterest: $coi, conflictNote: $note, scores: $scores, comment: $comment) { reviewerId total submittedAt }
  }
`);

type Assignment = ReviewAssignmentsQuery['declarations'][number];

/** A reviewer is a user of an organization: the signed-in user only when both its id and its organization match. */
const isMe = (me: Viewer, userId: string, organizationId: string | null | undefined) => userId === me.id && !!organizationId && organizationId === me.organization?.id;

const COOPERATION_FIGURES = ['agreementsInForce', 'agreementsTotal', 'placements', 'internPersonMonths', 'apprentices', 'orderClassStudents', 'graduatesPlaced', 'trainingBasesHosted', 'projects'] as const;

/**
 * 评审任务: the declarations the funder assigned to the signed-in expert (the `declarations` query returns a
 * reviewer's assignments), each with the enterprise's declared facts, its drawn cooperation history and the
 * program's criteria; the expert scores every criterion (or declares a conflict of interest with a note) and
 * submits through a confirmation dialog, then sees the review as submitted. The service decides who may review.
 */
export default function ReviewAssignments({ me }: { me: Viewer }) {
  const rt = useReviewTexts();
  const q = useQuery(AssignmentsDoc, {});
  return (
    <Section title={rt('title')}>
      <Loadable q={q}>
        {(d) => {
          const mine = d.declarations.filter((x) => x.reviewerPanel.some((s) => isMe(me, s.userId, s.organizationId)));
          if (mine.length === 0) return <Empty description={rt('empty')} />;
          return (
            <Space direction="vertical" style={{ width: '100%' }} size="middle">
              {mine.map((a) => (
                <AssignmentCard key={a.id} a={a} me={me} onDone={q.reload} />
              ))}
            </Space>
          );
        }}
      </Loadable>
    </Section>
  );
}

function AssignmentCard({ a, me, onDone }: { a: Assignment; me: Viewer; onDone: () => void }) {
  const rt = useReviewTexts();
  const { e } = useI18n();
  const criteria = a.program?.reviewCriteria ?? [];
  const mine = a.reviews.find((r) => isMe(me, r.reviewerId, r.reviewerOrganizationId));
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const name = a.organizationName ?? a.id;
  const max = criteria.reduce((s, c) => s + c.maxScore, 0);
  const total = criteria.reduce((s, c) => s + (scores[c.key] ?? 0), 0);
  const complete = criteria.every((c) => {
    const v = scores[c.key];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= c.maxScore;
  });
  const c = a.cooperation;
  return (
    <Card
      size="small"
      title={<span>{name} · {a.program?.name ?? ''}</span>}
      extra={<Tag data-status={a.status}>{e(a.status)}</Tag>}
      role="region"
      aria-label={`${rt('title')}: ${name}`}
      data-declaration={a.id}
    >
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered title={rt('facts')}>
        <Descriptions.Item label={rt('industry')}>{a.industry}</Descriptions.Item>
        <Descriptions.Item label={rt('scale')}>{rt(a.scale)}</Descriptions.Item>
        <Descriptions.Item label={rt('employees')}>{a.employees}</Descriptions.Item>
        <Descriptions.Item label={rt('mainBusiness')}>{a.mainBusiness}</Descriptions.Item>
        <Descriptions.Item label={rt('cooperationSummary')} span={2}>{a.cooperationSummary}</Descriptions.Item>
        <Descriptions.Item label={rt('cooperation', { asOf: c.asOf })} span={2}>
          {COOPERATION_FIGURES.map((k) => `${rt(k)} ${c[k] ?? '—'}`).join(' · ')}
          {c.unavailable.length > 0 && <div>{rt('unavailable', { s: c.unavailable.join('、') })}</div>}
        </Descriptions.Item>
        <Descriptions.Item label={rt('attachments')} span={2}>{a.attachments.map((f) => f.fileName).join('、') || '—'}</Descriptions.Item>
      </Descriptions>

      {mine ? (
        <Alert
          style={{ marginTop: 12 }}
          type={mine.conflictOfInterest ? 'warning' : 'success'}
          showIcon
          data-testid="my-review"
          message={`${rt('myReview')} · ${rt('submitted')} · ${formatDateTime(mine.submittedAt, 'Asia/Shanghai')}`}
          description={
            mine.conflictOfInterest ? (
              rt('declaredConflict', { note: mine.conflictNote ?? '—' })
            ) : (
              <div>
                <div>{criteria.map((k) => `${k.name} ${mine.scores.find((s) => s.key === k.key)?.score ?? '—'}/${k.maxScore}`).join('；')}</div>
                <div><strong>{rt('total', { n: mine.total ?? '—', max })}</strong></div>
                {mine.comment && <div>{mine.comment}</div>}
              </div>
            )
          }
        />
      ) : a.status !== 'UNDER_REVIEW' ? (
        <Alert style={{ marginTop: 12 }} type="info" showIcon message={rt('closed')} />
      ) : (
        <div style={{ marginTop: 12 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>{rt('criteria')}</Typography.Title>
          <div className="inline-form">
            {criteria.map((k) => (
              <label key={k.key}>
                {rt('scoreOf', { name: k.name, max: k.maxScore })}
                <InputNumber
                  min={0}
                  max={k.maxScore}
                  precision={0}
                  value={scores[k.key] ?? null}
                  onChange={(v) => setScores((s) => ({ ...s, [k.key]: v }))}
                  aria-label={rt('scoreOf', { name: k.name, max: k.maxScore })}
                  style={{ display: 'block' }}
                />
              </label>
            ))}
          </div>
          <p aria-live="polite"><strong>{rt('total', { n: total, max })}</strong></p>
          <Space wrap>
            <ReasonDialogButton
              action={rt('submit')}
              subject={name}
              buttonType="primary"
              buttonSize="middle"
              reasonLabel={rt('comment')}
              reasonOptional
              multiline
              consequence={rt('submitConsequence', { n: total })}
              validate={() => (complete ? null : rt('scoreMissing'))}
              doc={SubmitReviewDoc}
              variables={(comment) => ({ d: a.id, coi: false, scores: criteria.map((k) => ({ key: k.key, score: scores[k.key] ?? 0 })), comment: comment.trim() || null })}
              onDone={onDone}
              success={rt('submitted')}
            />
            <ReasonDialogButton
              action={rt('conflict')}
              subject={name}
              buttonSize="middle"
              danger
              reasonLabel={rt('conflictNote')}
              consequence={rt('conflictConsequence')}
              doc={SubmitReviewDoc}
              variables={(note) => ({ d: a.id, coi: true, note })}
              onDone={onDone}
              success={rt('submitted')}
            />
          </Space>
        </div>
      )}
    </Card>
  );
}
