import { useState } from 'react';
import { Alert, App, Button, Input, Tag } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { formatMoney, todayIn } from '../../format';
import { criterionText, shortfallWords } from '../../grants-text';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';

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

/** The grant programs of the alliance's region: eligibility checklist as of a date, shortfall in words, submit when eligible. */
export function Grants({ allianceId, regionCode }: { allianceId: string; regionCode: string }) {
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
  const [asOf, setAsOf] = useState(todayIn());
  const q = useQuery(EligibilityDoc, { allianceId, programId: program.id, asOf });
  const open = latest && (latest.status === 'SUBMITTED' || latest.status === 'APPROVED');
  return (
    <Section
      title={`${program.name}（${program.code}）`}
      extra={
        <label className="inline-form">
          {t('asOf')}
          <DateInput aria-label={`${t('asOf')}: ${program.name}`} value={asOf} onChange={(v) => v && setAsOf(v)} style={{ width: 170 }} />
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
                    {/* The API words the detail in the Accept-Language sent; an older server's English detail is left off a zh-CN screen. */}
                    {c.detail && (lang === 'en' || /[\u4e00-\u9fff]/.test(c.detail)) && <span style={{ color: '#595959' }}> — {c.detail}</span>}
                  </li>
                ))}
              </ul>
              {!r.eligible && (
                <Alert type="warning" showIcon message={`${t('shortfall')}: ${words.join('；')}`} data-testid="shortfall" />
              )}
              {r.eligible && !open && asOf === todayIn() && (
                <div style={{ marginTop: 12 }}>
                  <ReasonDialogButton
                    action={t('submitApplication')}
                    subject={program.name}
                    buttonType="primary"
                    buttonSize="middle"
                    doc={SubmitDoc}
                    variables={() => ({ allianceId, programId: program.id })}
                    consequence={t('submitConsequence', { program: program.name, amount: formatMoney(program.awardAmount) })}
                    success={t('submitted')}
                    onDone={onSubmitted}
                  />
                </div>
              )}
            </div>
          );
        }}
      </Loadable>
    </Section>
  );
}
