import { useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Input, InputNumber, Select } from 'antd';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import type { DateSelectArg, DatesSetArg, EventInput } from '@fullcalendar/core';
import { graphql } from '../../gql';
import type { BookingPurpose } from '../../gql/graphql';
import { useMutation, useQuery, type ApiError } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Section } from '../../components/Section';
import { addDays, formatDateTime, formatTime, fromWallClock, nextMonday, toWallClock, todayIn, zonedParts, zonedToIso } from '../../format';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';
import type { Base } from './types';

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

const BookDoc = graphql(`
  mutation BookTrainingBase($input: BookTrainingBaseInput!) {
    bookTrainingBase(input: $input) { id start end status seriesId }
  }
`);

const PURPOSES: BookingPurpose[] = ['TRAINING', 'INTERNSHIP', 'COURSE', 'ASSESSMENT', 'RESEARCH'];

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

/**
 * The availability calendar and the booking form, both in the base's time zone whatever the browser's: free and
 * full slots as background, bookings (the member's own highlighted) on top; a selection fills the form. One-off
 * or weekly (until a date) bookings, each request with a fresh idempotency key.
 */
export function BaseBooking({ base, orgId }: { base: Base; orgId: string }) {
  const { t, e, lang } = useI18n();
  const { message } = App.useApp();
  const tz = base.timeZone;
  const first = nextMonday(todayIn(tz));
  const [range, setRange] = useState<{ from: string; to: string; view: string } | null>(null);
  const [form, setForm] = useState<Form>({ date: first, start: '09:00', end: '11:00', headcount: 1, purpose: 'TRAINING', weekly: false, until: addDays(first, 28) });
  const book = useMutation(BookDoc);
  const [done, setDone] = useState<string | null>(null);
  const [tooMany, setTooMany] = useState(false);
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
      // Time already past in the base's zone is never offered as free: a slot that started is cut at "now".
      const now = Date.now();
      for (const s of d.availability) {
        const startMs = Date.parse(s.start);
        const endMs = Date.parse(s.end);
        if (endMs <= now) {
          out.push({ start: toWallClock(s.start, tz), end: toWallClock(s.end, tz), display: 'background', classNames: ['slot-past'], title: t('past') });
          continue;
        }
        if (startMs < now) out.push({ start: toWallClock(s.start, tz), end: toWallClock(new Date(now).toISOString(), tz), display: 'background', classNames: ['slot-past'], title: t('past') });
        out.push({
          start: toWallClock(startMs < now ? new Date(now).toISOString() : s.start, tz),
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
    setTooMany(false);
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
    // Refused here with a message rather than clamped: what was typed stays as typed.
    if (!Number.isInteger(form.headcount) || form.headcount < 1 || form.headcount > base.capacity) {
      setTooMany(true);
      return;
    }
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
            now={() => toWallClock(new Date().toISOString(), tz)}
            selectable
            selectMirror
            select={onSelect}
            events={events}
            eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            datesSet={(arg: DatesSetArg) => {
              // FullCalendar's chevron icons are role="img" without a name; the buttons carry the name (title).
              requestAnimationFrame(() => document.querySelectorAll('[data-testid=calendar] .fc-icon').forEach((el) => el.setAttribute('aria-hidden', 'true')));
              setRange({ from: fromWallClock(arg.start, tz), to: fromWallClock(arg.end, tz), view: arg.view.type });
            }}
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
            <DateInput name="date" value={form.date} onChange={(v) => set({ date: v })} status={bad('start')} required />
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
            <InputNumber
              name="headcount"
              value={form.headcount}
              onChange={(v) => set({ headcount: v == null ? Number.NaN : Number(v) })}
              status={tooMany ? 'error' : bad('headcount')}
              aria-invalid={tooMany || undefined}
              aria-describedby={tooMany ? 'headcount-problem' : undefined}
              style={{ width: 100 }}
            />
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
              <DateInput name="until" value={form.until} onChange={(v) => set({ until: v })} status={bad('until')} />
            </label>
          )}
          <Button type="primary" htmlType="submit" loading={book.loading}>
            {t('book')}
          </Button>
        </form>
        {tooMany && (
          <Alert id="headcount-problem" type="error" role="alert" showIcon style={{ marginTop: 8 }} data-testid="headcount-problem" message={t('headcountOutOfRange', { n: Number.isNaN(form.headcount) ? '—' : form.headcount, capacity: base.capacity })} />
        )}
        {done && <Alert type="success" showIcon role="status" message={done} style={{ marginTop: 8 }} data-testid="booking-done" />}
        {full ? <BookingConflict error={err} tz={tz} date={form.date} headcount={form.headcount} onPick={pickFree} /> : <ActionError error={err} />}
      </Section>
    </>
  );
}

/** The "slot full" rejection: when and for how many, the API's own words, and the free times that day (a click fills the form). */
function BookingConflict({ error, tz, date, headcount, onPick }: { error: ApiError; tz: string; date: string; headcount: number; onPick: (f: FreeSlot) => void }) {
  const { t } = useI18n();
  const free = (error.details?.free as FreeSlot[] | undefined) ?? [];
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      className="action-error booking-conflict"
      data-code={error.code}
      style={{ marginTop: 8 }}
      message={t('conflictTitle')}
      description={
        <div>
          <div data-testid="conflict-summary">
            {t('conflictDetail', {
              when: typeof error.details?.start === 'string' && typeof error.details?.end === 'string' ? `${formatDateTime(error.details.start, tz)}–${formatTime(error.details.end, tz)}` : date,
              n: headcount,
            })}
          </div>
          <div style={{ color: '#595959', fontSize: 12 }} lang="en">
            {error.message}
          </div>
          <div style={{ marginTop: 6 }}>
            {free.length ? (
              <>
                {t('freeAlternatives')}
                <div>
                  {free.map((f) => (
                    <Button key={f.start} size="small" className="free-slot" onClick={() => onPick(f)}>
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
  );
}
