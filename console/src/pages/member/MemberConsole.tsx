import { lazy } from 'react';
import { Tabs } from 'antd';
import type { Viewer } from '../../types';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { BasesScreen } from './BasesScreen';
import { MyBookings } from './MyBookings';
import { Revenue } from './Revenue';

const ListingsConsole = lazy(() => import('../listings/ListingsConsole'));

/**
 * A member school or firm: its alliances' training bases (calendar, booking), its bookings, its revenue statement, and
 * the information service platform (listings, search, recommendations, interests, matchmaking events).
 */
export default function MemberConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const [tab, setTab] = useTab('member', 'bases');
  const orgId = me.organization!.id;
  const ledAllianceId = me.organization!.memberships.find((m) => m.role === 'LEAD' && m.status === 'ACTIVE')?.alliance.id;
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      destroyOnHidden
      items={[
        { key: 'bases', label: t('bases'), children: <BasesScreen orgId={orgId} /> },
        { key: 'bookings', label: t('myBookings'), children: <MyBookings /> },
        { key: 'revenue', label: t('revenue'), children: <Revenue orgId={orgId} /> },
        { key: 'platform', label: t('platform'), children: <ListingsConsole orgId={orgId} allianceId={ledAllianceId} /> },
      ]}
    />
  );
}
