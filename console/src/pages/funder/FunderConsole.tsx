import { useState } from 'react';
import { Tabs } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import type { Viewer } from '../../types';
import { Loadable } from '../../components/Loadable';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { Applications } from './Applications';
import { AuditTrail } from './AuditTrail';
import { Programs } from './Programs';
import { Disqualifications } from './Disqualifications';
import { Report } from './Report';
import { Standings } from './Standings';
import { ClaimsDecide } from '../cooperation/ClaimsDecide';

const ProgramsDoc = graphql(`
  query FunderPrograms($funderId: ID!) {
    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }
  }
`);

/** A funder (government body): standings, eligibility reports, applications to decide, its programs (create, edit, close), the audit trail, disqualifications. */
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
            {
              key: 'applications',
              label: t('decide'),
              children: (
                <>
                  <Applications />
                  <ClaimsDecide />
                </>
              ),
            },
            { key: 'programs', label: t('programs'), children: <Programs funderId={org.id} regionCode={org.regionCode} /> },
            { key: 'audit', label: t('auditTrail'), children: <AuditTrail programs={p.grantPrograms} /> },
            { key: 'disqualifications', label: t('disqualifications'), children: <Disqualifications regionCode={org.regionCode} /> },
          ]}
        />
      )}
    </Loadable>
  );
}
