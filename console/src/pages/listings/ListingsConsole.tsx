import { useState } from 'react';
import { Tabs } from 'antd';
import { Events } from './Events';
import { MyListings } from './MyListings';
import { PublishListing } from './PublishListing';
import { SearchListings } from './SearchListings';
import { useTexts } from './texts';

/** The information service platform for a member organization: search, publish, its listings (recommendations, interests), events. */
export default function ListingsConsole({ orgId, allianceId }: { orgId: string; allianceId?: string }) {
  const { t } = useTexts();
  // Local state: the member console's tab already takes the path's /member/<tab> segment.
  const [tab, setTab] = useState('search');
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      destroyOnHidden
      items={[
        { key: 'search', label: t('search'), children: <SearchListings orgId={orgId} /> },
        { key: 'publish', label: t('publish'), children: <PublishListing orgId={orgId} onPublished={() => setTab('mine')} /> },
        { key: 'mine', label: t('mine'), children: <MyListings /> },
        { key: 'events', label: t('events'), children: <Events orgId={orgId} allianceId={allianceId} /> },
      ]}
    />
  );
}
