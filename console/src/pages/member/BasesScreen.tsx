import { useState } from 'react';
import { Alert, Descriptions, Select } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { BaseBooking } from './BaseBooking';
import { FeedLink } from './FeedLink';
import type { Base } from './types';

const BasesDoc = graphql(`
  query MemberBases {
    me {
      id
      organization {
        id
        memberships {
          id
          status
          alliance {
            id
            name
            trainingBases(first: 20) {
              edges {
                node {
                  id
                  name
                  address
                  timeZone
                  capacity
                  status
                  requiresApproval
                  host { id name }
                  openingHours { weekday opens closes }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The training bases of the member's active alliances: one chosen base's details, calendar, booking form and feed. */
export function BasesScreen({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const q = useQuery(BasesDoc, {});
  const [baseId, setBaseId] = useState<string | undefined>();
  return (
    <Loadable q={q}>
      {(d) => {
        const bases: (Base & { allianceName: string })[] = [];
        for (const m of d.me?.organization?.memberships ?? []) {
          if (m.status !== 'ACTIVE') continue;
          for (const e of m.alliance.trainingBases.edges) if (!bases.some((b) => b.id === e.node.id)) bases.push({ ...e.node, allianceName: m.alliance.name });
        }
        if (!bases.length) return <Alert type="info" showIcon message={t('noBases')} />;
        const base = bases.find((b) => b.id === baseId) ?? bases[0];
        return (
          <>
            <Section
              title={base.name}
              extra={
                <Select
                  aria-label={t('chooseBase')}
                  value={base.id}
                  onChange={setBaseId}
                  style={{ minWidth: 260, maxWidth: '100%' }}
                  options={bases.map((b) => ({ value: b.id, label: `${b.name} · ${b.allianceName}` }))}
                />
              }
            >
              <BaseDetails base={base} />
            </Section>
            <BaseBooking key={base.id} base={base} orgId={orgId} />
            <FeedLink baseId={base.id} />
          </>
        );
      }}
    </Loadable>
  );
}

function BaseDetails({ base }: { base: Base }) {
  const { t, e, lang } = useI18n();
  const days = lang === 'en' ? ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] : ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
      <Descriptions.Item label={t('host')}>{base.host.name}</Descriptions.Item>
      <Descriptions.Item label={t('capacity')}>{base.capacity}</Descriptions.Item>
      <Descriptions.Item label={t('timeZone')}>{base.timeZone}</Descriptions.Item>
      <Descriptions.Item label={t('status')}>{e(base.status)}</Descriptions.Item>
      {base.address && <Descriptions.Item label={t('address')}>{base.address}</Descriptions.Item>}
      <Descriptions.Item label={t('openingHours')}>{base.openingHours.map((h) => `${days[h.weekday]} ${h.opens}–${h.closes}`).join('，')}</Descriptions.Item>
    </Descriptions>
  );
}
