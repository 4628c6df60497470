import { useState } from 'react';
import { Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useQuery } from '../../api';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { formatDateTime, formatTime } from '../../format';
import { useI18n } from '../../i18n';

const MyBookingsDoc = graphql(`
  query MyBookings($from: DateTime) {
    myBookings(from: $from) {
      id
      start
      end
      headcount
      purpose
      status
      seriesId
      reason
      base { id name timeZone }
    }
  }
`);

const CancelDoc = graphql(`
  mutation CancelBooking($id: ID!, $reason: String!) {
    cancelBooking(id: $id, reason: $reason) { id status }
  }
`);

/** The organization's bookings from 30 days ago on, each in its base's time zone; open ones can be cancelled with a reason. */
export function MyBookings() {
  const { t, e } = useI18n();
  const [from] = useState(() => new Date(Date.now() - 30 * 86_400_000).toISOString());
  const q = useQuery(MyBookingsDoc, { from });
  return (
    <Section title={t('myBookings')}>
      <Loadable q={q}>
        {(d) => (
          <Table
            size="small"
            rowKey="id"
            dataSource={d.myBookings}
            pagination={d.myBookings.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: 720 }}
            locale={{ emptyText: t('noBookings') }}
            columns={[
              { title: t('base'), render: (_, b) => b.base.name },
              { title: t('time'), render: (_, b) => `${formatDateTime(b.start, b.base.timeZone)}–${formatTime(b.end, b.base.timeZone)}` },
              { title: t('headcount'), dataIndex: 'headcount', align: 'right' },
              { title: t('purpose'), dataIndex: 'purpose', render: (p: string) => e(p) },
              { title: t('status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'CONFIRMED' ? 'green' : s === 'PENDING' ? 'gold' : 'default'}>{e(s)}</Tag> },
              {
                title: t('actions'),
                width: 240,
                render: (_, b) =>
                  b.status === 'CONFIRMED' || b.status === 'PENDING' ? (
                    <ReasonDialogButton
                      action={t('cancelBooking')}
                      subject={`${b.base.name} ${formatDateTime(b.start, b.base.timeZone)}`}
                      reasonLabel={t('reason')}
                      doc={CancelDoc}
                      variables={(reason) => ({ id: b.id, reason })}
                      success={t('cancelled')}
                      danger
                      onDone={q.reload}
                    />
                  ) : (
                    (b.reason ?? null)
                  ),
              },
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}
