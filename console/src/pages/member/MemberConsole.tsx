import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Descriptions, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag } from 'antd';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import type { DateSelectArg, DatesSetArg, EventInput } from '@fullcalendar/core';
import { graphql } from '../../gql';
import type { BookingPurpose, MemberBasesQuery } from '../../gql/graphql';
import { ApiError, useMutation, useQuery } from '../../api';
import type { Viewer } from '../../App';
import { ActionError, Loadable, Section } from '../../components';
import { addDays, formatDateTime, formatMoney, formatTime, fromWallClock, nextMonday, toWallClock, todayIn, zonedParts, zonedToIso } from '../../format';
import { useI18n } from '../../i18n';
import { useTab } from '../../router';
import { getToken } from '../../session';

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

const CalendarDoc = graphql(`
  query BaseCalendar($id: ID!, $from: DateTime!, $to: DateTime!) {
    trainingBase(id: $id) {
      id
      availability(from: $from, to: $to) { start end remaining }
      bookings(from: $from, to: $to, first: 100) {
        edges { node { id start end headcount status purpose organization { id name } } }
      }
    }
  }
`);

const FeedDoc = graphql(`
  query BaseCalendarFeed($id: ID!) {
    trainingBase(id: $id) { id calendarFeedUrl }
  }
`);

const BookDoc = graphql(`
  mutation BookTrainingBase($input: BookTrainingBaseInput!) {
    bookTrainingBase(input: $input) { id start end status seriesId }
  }
`);

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

const StatementDoc = graphql(`
  query RevenueStatement($organizationId: ID!, $from: Date!, $to: Date!) {
    revenueStatement(organizationId: $organizationId, from: $from, to: $to) {
      from
      to
      total { amount currency }
      reconciled
      lines {
        amount { amount currency }
        runningTotal { amount currency }
        reconciled
        event {
          id
          kind
          receivedOn
          externalReference
          gross { amount currency }
          net { amount currency }
          agreement { id title }
        }
      }
    }
  }
`);

type Base = NonNullable<NonNullable<MemberBasesQuery['me']>['organization']>['memberships'][number]['alliance']['trainingBases']['edges'][number]['node'];

const PURPOSES: BookingPurpose[] = ['TRAINING', 'INTERNSHIP', 'COURSE', 'ASSESSMENT', 'RESEARCH'];

export default function MemberConsole({ me }: { me: Viewer }) {
  const { t } = useI18n();
  const [tab, setTab] = useTab('member', 'bases');
  const orgId = me.organization!.id;
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      destroyOnHidden
      items={[
        { key: 'bases', label: t('bases'), children: <Bases orgId={orgId} /> },
        { key: 'bookings', label: t('myBookings'), children: <MyBookings /> },
        { key: 'revenue', label: t('revenue'), children: <Revenue orgId={orgId} /> },
      ]}
    />
  );
}

function Bases({ orgId }: { orgId: string }) {
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

interface Form {
  date: string;
  start: string;
  end: string;
  headcount: number;
  purpose: BookingPurpose;
  weekly: boolean;
  until: string;
}

interface FreeSlot {
  start: string;
  end: string;
  remaining: number;
}

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The availability calendar and the booking form, both in the base's time zone. */
function BaseBooking({ base, orgId }: { base: Base; orgId: string }) {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const tz = base.timeZone;
  const first = nextMonday(todayIn(tz));
  const [range, setRange] = useState<{ from: string; to: string; view: string } | null>(null);
  const [form, setForm] = useState<Form>({ date: first, start: '09:00', end: '11:00', headcount: 1, purpose: 'TRAINING', weekly: false, until: addDays(first, 28) });
  const book = useMutation(BookDoc);
  const [done, setDone] = useState<string | null>(null);
  const cal = useRef<FullCalendar>(null);
  const q = useQuery(CalendarDoc, { id: base.id, from: range?.from ?? '', to: range?.to ?? '' }, { skip: !range });

  const opens = base.openingHours.map((h) => h.opens).sort()[0] ?? '00:00';
  const closes = base.openingHours.map((h) => h.closes).sort().reverse()[0] ?? '24:00';
  const timeGrid = range?.view.startsWith('timeGrid') ?? true;

  const events = useMemo<EventInput[]>(() => {
    const d = q.data?.trainingBase;
    if (!d) return [];
    const out: EventInput[] = [];
    if (timeGrid) {
      for (const s of d.availability) {
        out.push({
          start: toWallClock(s.start, tz),
          end: toWallClock(s.end, tz),
          display: 'background',
          classNames: [s.remaining === 0 ? 'slot-full' : 'slot-free'],
          title: s.remaining === 0 ? t('full') : t('remaining', { n: s.remaining }),
        });
      }
    }
    for (const { node: b } of d.bookings.edges) {
      if (b.status === 'CANCELLED' || b.status === 'REJECTED') continue;
      const mine = b.organization.id === orgId;
      out.push({
        id: b.id,
        start: toWallClock(b.start, tz),
        end: toWallClock(b.end, tz),
        title: `${mine ? t('myBooking') : b.organization.name} · ${b.headcount} · ${e(b.purpose)}${b.status === 'PENDING' ? ` (${e('PENDING')})` : ''}`,
        classNames: ['booking', mine ? 'booking-mine' : 'booking-other'],
        backgroundColor: mine ? '#0b3d91' : '#8c8c8c',
        borderColor: mine ? '#0b3d91' : '#8c8c8c',
      });
    }
    return out;
  }, [q.data, timeGrid, tz, orgId, t, e]);

  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    book.reset();
    setDone(null);
  };
  const onSelect = (s: DateSelectArg) => {
    const a = s.start.toISOString();
    const b = s.end.toISOString();
    if (s.allDay) set({ date: a.slice(0, 10) });
    else set({ date: a.slice(0, 10), start: a.slice(11, 16), end: b.slice(0, 10) === a.slice(0, 10) ? b.slice(11, 16) : '23:45' });
  };
  const pickFree = (f: FreeSlot) => {
    const s = zonedParts(f.start, tz);
    const en = zonedParts(f.end, tz);
    set({ date: s.date, start: s.time, end: en.date === s.date ? en.time : '23:45' });
  };
  const submit = async () => {
    const input = {
      baseId: base.id,
      organizationId: orgId,
      start: zonedToIso(form.date, form.start, tz),
      end: zonedToIso(form.date, form.end, tz),
      headcount: form.headcount,
      purpose: form.purpose,
      idempotencyKey: newKey(),
      ...(form.weekly ? { recurrence: { until: form.until } } : {}),
    };
    const r = (await book.run({ input }))?.bookTrainingBase;
    if (r && r.length) {
      const pending = r[0].status === 'PENDING';
      const text = `${pending ? t('bookedPending') : t('booked')}: ${formatDateTime(r[0].start, tz)}–${formatTime(r[0].end, tz)}${r.length > 1 ? ` ×${r.length}` : ''}`;
      setDone(text);
      message.success(text);
      cal.current?.getApi().gotoDate(toWallClock(r[0].start, tz));
      q.reload();
    }
  };
  const err = book.error;
  const full = err?.code === 'CONFLICT' && err.details?.reason === 'FULL';
  const free = (full ? (err.details?.free as FreeSlot[] | undefined) : undefined) ?? [];
  const bad = (field: string) => (err && err.field === field ? 'error' : undefined);

  return (
    <>
      <Section title={t('calendar')}>
        <p style={{ color: '#595959', marginTop: 0 }}>{t('calendarHint', { tz })}</p>
        {q.error && <ActionError error={q.error} />}
        <div aria-busy={q.loading} data-testid="calendar">
          <FullCalendar
            ref={cal}
            plugins={[timeGridPlugin, dayGridPlugin, interactionPlugin]}
            initialView="timeGridWeek"
            initialDate={first}
            timeZone="UTC"
            locale={lang === 'en' ? 'en' : zhCnLocale}
            firstDay={1}
            headerToolbar={{ left: 'prev,next today', center: 'title', right: 'timeGridWeek,dayGridMonth' }}
            allDaySlot={false}
            slotMinTime={opens}
            slotMaxTime={closes}
            slotDuration="00:30:00"
            height="auto"
            nowIndicator={false}
            selectable
            selectMirror
            select={onSelect}
            events={events}
            eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            datesSet={(arg: DatesSetArg) => setRange({ from: fromWallClock(arg.start, tz), to: fromWallClock(arg.end, tz), view: arg.view.type })}
          />
        </div>
      </Section>
      <Section title={t('bookTitle')}>
        <form
          className="inline-form"
          aria-label={t('bookTitle')}
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <label>
            {t('date')}
            <Input type="date" name="date" value={form.date} min={todayIn(tz)} onChange={(ev) => set({ date: ev.target.value })} status={bad('start')} required />
          </label>
          <label>
            {t('start')}
            <Input type="time" name="start" step={900} value={form.start} onChange={(ev) => set({ start: ev.target.value })} status={bad('start')} required />
          </label>
          <label>
            {t('end')}
            <Input type="time" name="end" step={900} value={form.end} onChange={(ev) => set({ end: ev.target.value })} status={bad('end')} required />
          </label>
          <label>
            {t('headcount')}
            <InputNumber name="headcount" min={1} max={base.capacity} value={form.headcount} onChange={(v) => set({ headcount: Number(v ?? 1) })} status={bad('headcount')} style={{ width: 100 }} />
          </label>
          <label>
            {t('purpose')}
            <Select aria-label={t('purpose')} value={form.purpose} onChange={(v) => set({ purpose: v })} options={PURPOSES.map((p) => ({ value: p, label: e(p) }))} style={{ width: 120 }} />
          </label>
          <Checkbox checked={form.weekly} onChange={(ev) => set({ weekly: ev.target.checked })} style={{ alignSelf: 'center' }}>
            {t('weekly')}
          </Checkbox>
          {form.weekly && (
            <label>
              {t('until')}
              <Input type="date" name="until" value={form.until} min={form.date} onChange={(ev) => set({ until: ev.target.value })} status={bad('until')} />
            </label>
          )}
          <Button type="primary" htmlType="submit" loading={book.loading}>
            {t('book')}
          </Button>
        </form>
        {done && <Alert type="success" showIcon role="status" message={done} style={{ marginTop: 8 }} data-testid="booking-done" />}
        {full ? (
          <Alert
            type="error"
            role="alert"
            showIcon
            className="action-error booking-conflict"
            data-code={err.code}
            style={{ marginTop: 8 }}
            message={t('conflictTitle')}
            description={
              <div>
                <div data-testid="conflict-summary">
                  {t('conflictDetail', {
                    when: typeof err.details?.start === 'string' && typeof err.details?.end === 'string' ? `${formatDateTime(err.details.start, tz)}–${formatTime(err.details.end, tz)}` : form.date,
                    n: form.headcount,
                  })}
                </div>
                <div style={{ color: '#595959', fontSize: 12 }} lang="en">
                  {err.message}
                </div>
                <div style={{ marginTop: 6 }}>
                  {free.length ? (
                    <>
                      {t('freeAlternatives')}
                      <div>
                        {free.map((f) => (
                          <Button key={f.start} size="small" className="free-slot" onClick={() => pickFree(f)}>
                            {formatDateTime(f.start, tz)}–{formatTime(f.end, tz)}
                          </Button>
                        ))}
                      </div>
                    </>
                  ) : (
                    t('noAlternatives')
                  )}
                </div>
              </div>
            }
          />
        ) : (
          <ActionError error={err} />
        )}
      </Section>
    </>
  );
}

function FeedLink({ baseId }: { baseId: string }) {
  const { t } = useI18n();
  const q = useQuery(FeedDoc, { id: baseId });
  const [copied, setCopied] = useState(false);
  return (
    <Section title={t('subscribe')}>
      <Loadable q={q}>
        {(d) => (
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly aria-label={t('subscribe')} value={d.trainingBase?.calendarFeedUrl ?? ''} data-testid="feed-url" />
            <Button
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(d.trainingBase?.calendarFeedUrl ?? '');
                  setCopied(true);
                } catch {
                  setCopied(false);
                }
              }}
            >
              {copied ? t('copied') : t('copy')}
            </Button>
          </Space.Compact>
        )}
      </Loadable>
    </Section>
  );
}

function MyBookings() {
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
              { title: t('actions'), width: 240, render: (_, b) => (b.status === 'CONFIRMED' || b.status === 'PENDING' ? <CancelAction id={b.id} label={`${b.base.name} ${formatDateTime(b.start, b.base.timeZone)}`} onDone={q.reload} /> : b.reason ?? null) },
            ]}
          />
        )}
      </Loadable>
    </Section>
  );
}

function CancelAction({ id, label, onDone }: { id: string; label: string; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const cancel = useMutation(CancelDoc);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button size="small" danger onClick={() => setOpen(true)} aria-label={`${t('cancelBooking')}: ${label}`}>
        {t('cancelBooking')}
      </Button>
      <Modal
        open={open}
        title={`${t('cancelBooking')}: ${label}`}
        okText={t('confirm')}
        cancelText={t('cancel')}
        okButtonProps={{ disabled: !reason.trim(), loading: cancel.loading }}
        onCancel={() => {
          setOpen(false);
          cancel.reset();
        }}
        onOk={async () => {
          if (await cancel.run({ id, reason })) {
            message.success(t('cancelled'));
            setOpen(false);
            onDone();
          }
        }}
      >
        <label className="inline-form" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
          {t('reason')}
          <Input value={reason} onChange={(ev) => setReason(ev.target.value)} maxLength={500} />
        </label>
        <ActionError error={cancel.error} />
      </Modal>
    </>
  );
}

function Revenue({ orgId }: { orgId: string }) {
  const { t, e } = useI18n();
  const [range, setRange] = useState({ from: `${Number(todayIn().slice(0, 4)) - 1}-01-01`, to: todayIn() });
  const [draft, setDraft] = useState(range);
  const q = useQuery(StatementDoc, { organizationId: orgId, ...range });
  const [download, setDownload] = useState<{ loading: boolean; error?: ApiError }>({ loading: false });

  useEffect(() => setDownload({ loading: false }), [range]);

  const downloadCsv = async () => {
    setDownload({ loading: true });
    try {
      const params = new URLSearchParams({ organizationId: orgId, from: range.from, to: range.to });
      const res = await fetch(`/exports/revenue-statement.csv?${params}`, { headers: { authorization: `Bearer ${getToken() ?? ''}` } });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
        const er = body?.errors?.[0];
        throw new ApiError(er?.message ?? `HTTP ${res.status}`, er?.extensions?.code ?? 'INTERNAL');
      }
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `revenue-statement-${range.from}-${range.to}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDownload({ loading: false });
    } catch (err) {
      setDownload({ loading: false, error: err instanceof ApiError ? err : new ApiError(String(err), 'NETWORK') });
    }
  };

  return (
    <Section title={t('statement')}>
      <form
        className="inline-form"
        aria-label={t('statement')}
        onSubmit={(ev) => {
          ev.preventDefault();
          setRange(draft);
        }}
      >
        <label>
          {t('from')}
          <Input type="date" name="from" value={draft.from} onChange={(ev) => setDraft((d) => ({ ...d, from: ev.target.value }))} />
        </label>
        <label>
          {t('to')}
          <Input type="date" name="to" value={draft.to} onChange={(ev) => setDraft((d) => ({ ...d, to: ev.target.value }))} />
        </label>
        <Button htmlType="submit">{t('show')}</Button>
      </form>
      <div style={{ marginTop: 12 }}>
        <Loadable q={q}>
          {(d) => (
            <>
              <div className="stats" style={{ marginBottom: 12 }}>
                <div className="stat">
                  <div className="label">{t('totalAmount')}</div>
                  <div className="value money" data-testid="statement-total">
                    {formatMoney(d.revenueStatement.total)}
                  </div>
                </div>
                <div className="stat">
                  <div className="label">{t('status')}</div>
                  <div className="value" style={{ fontSize: 18 }}>
                    {d.revenueStatement.reconciled ? t('reconciled') : t('notReconciled')}
                  </div>
                </div>
              </div>
              <Space wrap>
                <Button type="primary" onClick={downloadCsv} loading={download.loading}>
                  {t('downloadCsv')}
                </Button>
              </Space>
              <ActionError error={download.error} />
              <Table
                style={{ marginTop: 12 }}
                size="small"
                rowKey={(l) => l.event.id}
                dataSource={d.revenueStatement.lines}
                pagination={d.revenueStatement.lines.length > 50 ? { pageSize: 50 } : false}
                scroll={{ x: 900 }}
                locale={{ emptyText: t('noStatement') }}
                columns={[
                  { title: t('receivedOn'), render: (_, l) => l.event.receivedOn },
                  { title: t('eventKind'), render: (_, l) => e(l.event.kind) },
                  { title: t('agreement'), render: (_, l) => l.event.agreement.title },
                  { title: t('reference'), render: (_, l) => l.event.externalReference },
                  { title: t('gross'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.event.gross)}</span> },
                  { title: t('net'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.event.net)}</span> },
                  { title: t('amount'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.amount)}</span> },
                  { title: t('runningTotal'), align: 'right', render: (_, l) => <span className="money">{formatMoney(l.runningTotal)}</span> },
                ]}
              />
            </>
          )}
        </Loadable>
      </div>
    </Section>
  );
}
