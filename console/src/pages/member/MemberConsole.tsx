import { Tabs } from 'antd';
import type { Viewer } from '../../types';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { BasesScreen } from './BasesScreen';
import { MyBookings } from './MyBookings';
import { Revenue } from './Revenue';
import { Cooperation } from '../cooperation/Cooperation';
import { useCoopText } from '../cooperation/texts';

/** A member school or firm: its alliances' training bases (calendar, booking), its bookings, its revenue statement. */
export default function MemberConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const { c } = useCoopText();
  const [tab, setTab] = useTab('member', 'bases');
  const orgId = me.organization!.id;
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      destroyOnHidden
      items={[
        { key: 'bases', label: t('bases'), children: <BasesScreen orgId={orgId} /> },
        { key: 'bookings', label: t('myBookings'), children: <MyBookings /> },
        { key: 'revenue', label: t('revenue'), children: <Revenue orgId={orgId} /> },
        { key: 'cooperation', label: c('cooperation'), children: <Cooperation orgId={orgId} isSchool={me.organization!.kind === 'SCHOOL'} /> },
      ]}
    />
  );
}
