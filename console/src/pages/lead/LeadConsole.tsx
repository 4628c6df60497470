import { useState } from 'react';
import { Select, Tabs } from 'antd';
import type { Viewer } from '../../types';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { Agreements } from '../shared/Agreements';
import { Projects } from '../shared/Projects';
import { AllianceStatus } from './AllianceStatus';
import { Grants } from './Grants';
import { Members } from './Members';
import { Overview } from './Overview';
import { AllianceFigures } from '../cooperation/AllianceFigures';

/** The admin of an alliance's lead organization: overview and status, applications, members (end, invite), projects, revenue agreements, grant eligibility. */
export default function LeadConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const led = (me.organization?.memberships ?? []).filter((m) => m.role === 'LEAD' && m.status === 'ACTIVE').map((m) => m.alliance);
  const [allianceId, setAllianceId] = useState(led[0]?.id);
  const [tab, setTab] = useTab('lead', 'overview');
  const alliance = led.find((a) => a.id === allianceId) ?? led[0];
  if (!alliance) return null;
  return (
    <>
      {led.length > 1 && (
        <Select aria-label={t('alliance')} value={alliance.id} onChange={setAllianceId} options={led.map((a) => ({ value: a.id, label: a.name }))} style={{ minWidth: 260, marginBottom: 12 }} />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: t('overview'),
            children: (
              <>
                <Overview allianceId={alliance.id} />
                <AllianceStatus allianceId={alliance.id} />
                <AllianceFigures allianceId={alliance.id} />
              </>
            ),
          },
          { key: 'applications', label: t('applications'), children: <Members allianceId={alliance.id} mode="pending" /> },
          { key: 'members', label: t('members'), children: <Members allianceId={alliance.id} mode="all" /> },
          { key: 'projects', label: t('projects'), children: <Projects allianceId={alliance.id} orgId={me.organization!.id} /> },
          { key: 'agreements', label: t('revenueAgreements'), children: <Agreements orgId={me.organization!.id} /> },
          { key: 'grants', label: t('grants'), children: <Grants allianceId={alliance.id} regionCode={alliance.regionCode} /> },
        ]}
      />
    </>
  );
}
