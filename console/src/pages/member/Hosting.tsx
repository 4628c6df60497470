import { useState } from 'react';
import { App, Button, Checkbox, Input, InputNumber, Select, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { HostBasesQuery, HostBaseDetailQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { addDays, formatDateTime, formatTime, todayIn, zonedToIso } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';

const HostBasesDoc = graphql(`
  query HostBases {
    me {
      id
      organization {
        id
        memberships {
          id
          status
          alliance { id name trainingBases(first: 50) { edges { node { id name capacity timeZone status host { id } } } } }
        }
      }
    }
  }
`);

const DetailDoc = graphql(`
  query HostBaseDetail($id: ID!, $from: DateTime!, $to: DateTime!) {
    trainingBase(id: $id) {
      id name capacity timeZone status requiresApproval closedDates
      openingHours { weekday opens closes }
      utilization(from: $from, to: $to) { bookedStationHours openStationHours ratio }
      pending: bookings(status: PENDING, first: 100) { edges { node { id start end headcount purpose organization { id name } } } }
    }
  }
`);

const ApproveDoc = graphql(`mutation HostApproveBooking($id: ID!) { approveBooking(id: $id) { id status } }`);
const RejectDoc = graphql(`mutation HostRejectBooking($id: ID!, $reason: String!) { rejectBooking(id: $id, reason: $reason) { id status } }`);
const UpdateDoc = graphql(`
  mutation HostUpdateBase($id: ID!, $input: UpdateTrainingBaseInput!, $cancelConflicting: Boolean, $reason: String) {
    updateTrainingBase(id: $id, input: $input, cancelConflicting: $cancelConflicting, reason: $reason) { id capacity status openingHours { weekday opens closes } }
  }
`);
const AddClosedDoc = graphql(`
  mutation HostAddClosed($id: ID!, $dates: [Date!]!, $cancelConflicting: Boolean, $reason: String) {
    addClosedDates(baseId: $id, dates: $dates, cancelConflicting: $cancelConflicting, reason: $reason) { id closedDates }
  }
`);
const RemoveClosedDoc = graphql(`mutation HostRemoveClosed($id: ID!, $dates: [Date!]!) { removeClosedDates(baseId: $id, dates: $dates) { id closedDates } }`);
const CreateDoc = graphql(`mutation HostCreateBase($input: CreateTrainingBaseInput!) { createTrainingBase(input: $input) { id name } }`);

type Detail = NonNullable<HostBaseDetailQuery['trainingBase']>;
type Pending = Detail['pending']['edges'][number]['node'];
type Alliance = NonNullable<NonNullable<HostBasesQuery['me']>['organization']>['memberships'][number]['alliance'];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The bases the member's organization hosts: bookings to approve, utilization, opening hours, closed dates; and a new base. */
export function Hosting({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const q = useQuery(HostBasesDoc, {});
  const [baseId, setBaseId] = useState<string | undefined>();
  return (
    <Loadable q={q}>
      {(d) => {
        const alliances = (d.me?.organization?.memberships ?? []).filter((m) => m.status === 'ACTIVE').map((m) => m.alliance);
        const hosted = alliances.flatMap((a) => a.trainingBases.edges.map((e) => e.node).filter((b) => b.host.id === orgId));
        const base = hosted.find((b) => b.id === baseId) ?? hosted[0];
        return (
          <>
            {base ? (
              <>
                {hosted.length > 1 && (
                  <Select aria-label={t('chooseBase')} value={base.id} onChange={setBaseId} options={hosted.map((b) => ({ value: b.id, label: b.name }))} style={{ minWidth: 260, marginBottom: 12 }} />
                )}
                <HostedBase key={base.id} baseId={base.id} tz={base.timeZone} />
              </>
            ) : (
              <Section title={t('hostedBases')}>
                <p className="muted">{t('noHostedBases')}</p>
              </Section>
            )}
            <CreateBase orgId={orgId} alliances={alliances} onDone={q.reload} />
          </>
        );
      }}
    </Loadable>
  );
}

function HostedBase({ baseId, tz }: { baseId: string; tz: string }) {
  const { t, e } = useI18n();
  const today = todayIn(tz);
  const monthStart = `${today.slice(0, 8)}01`;
  const q = useQuery(DetailDoc, { id: baseId, from: zonedToIso(monthStart, '00:00', tz), to: zonedToIso(addDays(today, 1), '00:00', tz) });
  return (
    <Loadable q={q}>
      {(d) => {
        const b = d.trainingBase;
        if (!b) return <p className="muted">{t('nothing')}</p>;
        const pending = b.pending.edges.map((x) => x.node);
        return (
          <>
            <Section title={`${t('bookingApprovals')} · ${b.name}`}>
              <Table<Pending>
                size="small"
                rowKey="id"
                dataSource={pending}
                pagination={false}
                scroll={{ x: 700 }}
                locale={{ emptyText: t('noPendingBookings') }}
                columns={[
                  { title: t('organization'), render: (_, p) => p.organization.name },
                  { title: t('time'), render: (_, p) => `${formatDateTime(p.start, tz)}–${formatTime(p.end, tz)}` },
                  { title: t('headcount'), dataIndex: 'headcount' },
                  { title: t('purpose'), render: (_, p) => e(p.purpose) },
                  {
                    title: t('actions'),
                    render: (_, p) => (
                      <span style={{ display: 'inline-flex', gap: 8 }}>
                        <ReasonDialogButton
                          action={t('approve')}
                          subject={`${p.organization.name} ${formatDateTime(p.start, tz)}`}
                          buttonType="primary"
                          doc={ApproveDoc}
                          variables={() => ({ id: p.id })}
                          consequence={t('approveBookingConsequence', { org: p.organization.name, n: p.headcount })}
                          success={t('approved')}
                          onDone={q.reload}
                        />
                        <ReasonDialogButton action={t('reject')} subject={`${p.organization.name} ${formatDateTime(p.start, tz)}`} reasonLabel={t('reason')} danger doc={RejectDoc} variables={(reason) => ({ id: p.id, reason })} success={t('rejected')} onDone={q.reload} />
                      </span>
                    ),
                  },
                ]}
              />
            </Section>
            <Section title={t('utilization')}>
              <div className="stats">
                <div className="stat">
                  <div className="label">{t('period')}</div>
                  <div className="value" style={{ fontSize: 16 }}>
                    {monthStart} – {today}
                  </div>
                </div>
                <div className="stat">
                  <div className="label">{t('bookedStationHours')}</div>
                  <div className="value">{b.utilization.bookedStationHours.toFixed(1)}</div>
                </div>
                <div className="stat">
                  <div className="label">{t('openStationHours')}</div>
                  <div className="value">{b.utilization.openStationHours.toFixed(1)}</div>
                </div>
                <div className="stat">
                  <div className="label">{t('utilizationRatio')}</div>
                  <div className="value">{(b.utilization.ratio * 100).toFixed(1)}%</div>
                </div>
              </div>
            </Section>
            <Hours base={b} onDone={q.reload} />
            <ClosedDates base={b} onDone={q.reload} />
          </>
        );
      }}
    </Loadable>
  );
}

/** Opening hours per weekday and capacity; a change over existing bookings is refused with them listed, or cancels them with a reason. */
function Hours({ base, onDone }: { base: Detail; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const update = useMutation(UpdateDoc);
  const init = Object.fromEntries(WEEKDAYS.map((w) => [w, base.openingHours.find((h) => h.weekday === w) ?? null]));
  const [hours, setHours] = useState<Record<number, { opens: string; closes: string } | null>>(init);
  const [capacity, setCapacity] = useState<number | null>(base.capacity);
  const [cancelConflicting, setCancel] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Section title={t('openingHoursAndCapacity')}>
      <form
        aria-label={t('openingHoursAndCapacity')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          const openingHours = WEEKDAYS.flatMap((w) => (hours[w] ? [{ weekday: w, ...hours[w]! }] : []));
          const r = await update.run({ id: base.id, input: { openingHours, ...(capacity != null ? { capacity } : {}) }, ...(cancelConflicting ? { cancelConflicting: true, reason } : {}) });
          if (r) {
            message.success(t('saved'));
            onDone();
          }
        }}
      >
        <table className="hours">
          <caption className="visually-hidden">{t('openingHours')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('weekday')}</th>
              <th scope="col">{t('open')}</th>
              <th scope="col">{t('start')}</th>
              <th scope="col">{t('end')}</th>
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((w) => {
              const h = hours[w];
              const day = t(`weekday${w}` as 'weekday1');
              return (
                <tr key={w}>
                  <th scope="row">{day}</th>
                  <td>
                    <Checkbox aria-label={`${t('open')}: ${day}`} checked={!!h} onChange={(ev) => setHours((x) => ({ ...x, [w]: ev.target.checked ? { opens: '08:00', closes: '18:00' } : null }))} />
                  </td>
                  <td>{h && <Input type="time" step={900} aria-label={`${t('start')}: ${day}`} value={h.opens} onChange={(ev) => setHours((x) => ({ ...x, [w]: { ...h, opens: ev.target.value } }))} />}</td>
                  <td>{h && <Input type="time" step={900} aria-label={`${t('end')}: ${day}`} value={h.closes} onChange={(ev) => setHours((x) => ({ ...x, [w]: { ...h, closes: ev.target.value } }))} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="inline-form" style={{ marginTop: 12 }}>
          <label>
            {t('capacity')}
            <InputNumber value={capacity} onChange={(v) => setCapacity(v == null ? null : Number(v))} style={{ width: 100 }} status={update.error?.field === 'capacity' ? 'error' : undefined} />
          </label>
          <Checkbox checked={cancelConflicting} onChange={(ev) => setCancel(ev.target.checked)}>
            {t('cancelConflicting')}
          </Checkbox>
          {cancelConflicting && (
            <label>
              {t('reason')}
              <Input value={reason} onChange={(ev) => setReason(ev.target.value)} style={{ width: 240 }} required />
            </label>
          )}
          <Button type="primary" htmlType="submit" loading={update.loading}>
            {t('save')}
          </Button>
        </div>
      </form>
      <ActionError error={update.error} />
    </Section>
  );
}

function ClosedDates({ base, onDone }: { base: Detail; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const add = useMutation(AddClosedDoc);
  const remove = useMutation(RemoveClosedDoc);
  const [date, setDate] = useState(addDays(todayIn(base.timeZone), 7));
  const [cancelConflicting, setCancel] = useState(false);
  const [reason, setReason] = useState('');
  const upcoming = base.closedDates.filter((d) => d >= todayIn(base.timeZone));
  return (
    <Section title={t('closedDates')}>
      {upcoming.length ? (
        <ul className="closed-dates">
          {upcoming.map((d) => (
            <li key={d}>
              {d}{' '}
              <Button
                size="small"
                aria-label={`${t('reopen')}: ${d}`}
                onClick={async () => {
                  if (await remove.run({ id: base.id, dates: [d] })) {
                    message.success(t('saved'));
                    onDone();
                  }
                }}
              >
                {t('reopen')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noClosedDates')}</p>
      )}
      <form
        className="inline-form"
        aria-label={t('addClosedDate')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          if (await add.run({ id: base.id, dates: [date], ...(cancelConflicting ? { cancelConflicting: true, reason } : {}) })) {
            message.success(t('saved'));
            onDone();
          }
        }}
      >
        <label>
          {t('date')}
          <DateInput value={date} onChange={(v) => setDate(v)} required />
        </label>
        <Checkbox checked={cancelConflicting} onChange={(ev) => setCancel(ev.target.checked)}>
          {t('cancelConflicting')}
        </Checkbox>
        {cancelConflicting && (
          <label>
            {t('reason')}
            <Input value={reason} onChange={(ev) => setReason(ev.target.value)} style={{ width: 240 }} required />
          </label>
        )}
        <Button htmlType="submit" loading={add.loading}>
          {t('addClosedDate')}
        </Button>
      </form>
      <ActionError error={add.error ?? remove.error} />
    </Section>
  );
}

/** A new base in one of the organization's alliances, hosted by it (Mon–Fri 08:00–18:00 to start with). */
function CreateBase({ orgId, alliances, onDone }: { orgId: string; alliances: Alliance[]; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const create = useMutation(CreateDoc);
  const [f, setF] = useState({ allianceId: alliances[0]?.id, name: '', address: '', capacity: 10 as number | null, requiresApproval: true });
  const set = (p: Partial<typeof f>) => {
    setF((x) => ({ ...x, ...p }));
    create.reset();
  };
  if (!alliances.length) return null;
  return (
    <Section title={t('createBase')}>
      <form
        className="inline-form"
        aria-label={t('createBase')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          const input = {
            allianceId: f.allianceId!,
            hostOrganizationId: orgId,
            name: f.name,
            address: f.address || undefined,
            timeZone: 'Asia/Shanghai',
            capacity: f.capacity ?? Number.NaN,
            requiresApproval: f.requiresApproval,
            openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
          };
          const r = await create.run({ input });
          if (r) {
            message.success(`${t('created')}: ${r.createTrainingBase.name}`);
            onDone();
          }
        }}
      >
        {alliances.length > 1 && (
          <label>
            {t('alliance')}
            <Select aria-label={t('alliance')} value={f.allianceId} onChange={(allianceId) => set({ allianceId })} options={alliances.map((a) => ({ value: a.id, label: a.name }))} style={{ width: 220 }} />
          </label>
        )}
        <label>
          {t('name')}
          <Input value={f.name} onChange={(ev) => set({ name: ev.target.value })} required style={{ width: 220 }} status={create.error?.field === 'name' ? 'error' : undefined} />
        </label>
        <label>
          {t('address')}
          <Input value={f.address} onChange={(ev) => set({ address: ev.target.value })} style={{ width: 220 }} />
        </label>
        <label>
          {t('capacity')}
          <InputNumber value={f.capacity} onChange={(v) => set({ capacity: v == null ? null : Number(v) })} style={{ width: 100 }} status={create.error?.field === 'capacity' ? 'error' : undefined} />
        </label>
        <Checkbox checked={f.requiresApproval} onChange={(ev) => set({ requiresApproval: ev.target.checked })}>
          {t('requiresApproval')}
        </Checkbox>
        <Button type="primary" htmlType="submit" loading={create.loading}>
          {t('create')}
        </Button>
      </form>
      <p className="muted">{t('createBaseHint')}</p>
      <ActionError error={create.error} />
    </Section>
  );
}

export function StatusTag({ status }: { status: string }) {
  const { e } = useI18n();
  return <Tag color={status === 'ACTIVE' ? 'green' : 'default'}>{e(status)}</Tag>;
}
