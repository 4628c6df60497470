import { useState } from 'react';
import { Tabs } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import type { Viewer } from '../../types';
import { Loadable } from '../../components/Loadable';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { Applications } from './Applications';
import { Disqualifications } from './Disqualifications';
import { Report } from './Report';
import { Standings } from './Standings';

const ProgramsDoc = graphql(`
  query FunderPrograms($funderId: ID!) {
    grantPrograms(funderId: $funderId) { id code name regionCode awardAmount { amount currency } }
  }
`);

/** A funder (government body): standings of its region's alliances, eligibility reports, applications to decide, disqualifications. */
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
            { key: 'applications', label: t('decide'), children: <Applications /> },
            { key: 'disqualifications', label: t('disqualifications'), children: <Disqualifications regionCode={org.regionCode} /> },
          ]}
        />
      )}
    </Loadable>
  );
}
