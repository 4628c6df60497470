import { lazy, useState } from 'react';
import { Select, Tabs } from 'antd';
import type { Viewer } from '../../types';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { Agreements } from '../shared/Agreements';
import { Projects } from '../shared/Projects';
import { BasesScreen } from './BasesScreen';
import { Hosting } from './Hosting';
import { MyBookings } from './MyBookings';
import { Revenue } from './Revenue';
import { Cooperation } from '../cooperation/Cooperation';
import { useCoopText } from '../cooperation/texts';

const ListingsConsole = lazy(() => import('../listings/ListingsConsole'));

/**
 * A member school or firm: its alliances' training bases (calendar, booking), its bookings, the bases it hosts
 * (approvals, hours, closed dates, utilization), its joint projects, its revenue agreements and statement, its
 * school–enterprise cooperation, and the information service platform (listings, search, recommendations, interests,
 * matchmaking events).
 */
export default function MemberConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const { c } = useCoopText();
  const [tab, setTab] = useTab('member', 'bases');
  const orgId = me.organization!.id;
  const alliances = (me.organization?.memberships ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.alliance);
  const [allianceId, setAllianceId] = useState(alliances[0]?.id);
  const ledAllianceId = me.organization!.memberships.find((m) => m.role === 'LEAD' && m.status === 'ACTIVE')?.alliance.id;
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      destroyOnHidden
      items={[
        { key: 'bases', label: t('bases'), children: <BasesScreen orgId={orgId} /> },
        { key: 'bookings', label: t('myBookings'), children: <MyBookings /> },
        { key: 'hosting', label: t('hosting'), children: <Hosting orgId={orgId} /> },
        {
          key: 'projects',
          label: t('projects'),
          children: (
            <>
              {alliances.length > 1 && (
                <Select aria-label={t('alliance')} value={allianceId} onChange={setAllianceId} options={alliances.map((a) => ({ value: a.id, label: a.name }))} style={{ minWidth: 260, marginBottom: 12 }} />
              )}
              {allianceId && <Projects allianceId={allianceId} orgId={orgId} />}
            </>
          ),
        },
        { key: 'revenue', label: t('revenue'), children: <Revenue orgId={orgId} /> },
        { key: 'agreements', label: t('revenueAgreements'), children: <Agreements orgId={orgId} /> },
        { key: 'cooperation', label: c('cooperation'), children: <Cooperation orgId={orgId} isSchool={me.organization!.kind === 'SCHOOL'} /> },
        { key: 'platform', label: t('platform'), children: <ListingsConsole orgId={orgId} allianceId={ledAllianceId} /> },
      ]}
    />
  );
}
