import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Select, Space, Statistic, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { MatchmakingEventKind, MatchmakingMode, RegistrationMode } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useTexts } from './texts';

const EventsDoc = graphql(`
  query MatchmakingEvents($year: Int!) {
    matchmakingEvents(first: 50) {
      edges { node { id kind title theme date startTime mode place capacity registered seatsLeft registrationMode status organizer { id name } } }
    }
    matchmakingYearFigures(year: $year) { year events enterprises representatives agreements }
  }
`);

const RegisterDoc = graphql(`
  mutation RegisterForMatchmakingEvent($eventId: ID!, $organizationId: ID!) {
    registerForMatchmakingEvent(eventId: $eventId, organizationId: $organizationId) { id status seatNo }
  }
`);

const CreateEventDoc = graphql(`
  mutation CreateMatchmakingEvent($input: CreateMatchmakingEventInput!) {
    createMatchmakingEvent(input: $input) { id title }
  }
`);

interface EventValues {
  kind: MatchmakingEventKind;
  title: string;
  theme: string;
  date: string;
  mode: MatchmakingMode;
  place: string;
  capacity: number;
  registrationMode: RegistrationMode;
}

/** Matchmaking events: the year's figures, the list with seats left and registration, and (for organizers) a form to create one. */
export function Events({ orgId, allianceId }: { orgId: string; allianceId?: string }) {
  const { t, e } = useTexts();
  const { message } = App.useApp();
  const year = new Date().getFullYear();
  const q = useQuery(EventsDoc, { year });
  const reg = useMutation(RegisterDoc);
  const create = useMutation(CreateEventDoc);
  const [mine, setMine] = useState<Set<string>>(new Set());
  return (
    <Section title={t('events')}>
      <Loadable q={q}>
        {(d) => (
          <>
            <Space size="large" style={{ marginBottom: 12 }} aria-label={t('yearFigures', { year })}>
              <Statistic title={t('eventsHeld')} value={d.matchmakingYearFigures.events} />
              <Statistic title={t('firms')} value={d.matchmakingYearFigures.enterprises} />
              <Statistic title={t('representatives')} value={d.matchmakingYearFigures.representatives} />
              <Statistic title={t('agreements')} value={d.matchmakingYearFigures.agreements} />
            </Space>
            <Table
              size="small"
              rowKey={(r) => r.node.id}
              dataSource={d.matchmakingEvents.edges}
              pagination={false}
              columns={[
                { title: t('eventTitle'), render: (_, r) => r.node.title },
                { title: t('kindLabel'), render: (_, r) => e(r.node.kind) },
                { title: t('date'), render: (_, r) => `${r.node.date}${r.node.startTime ? ` ${r.node.startTime}` : ''}` },
                { title: t('place'), render: (_, r) => `${e(r.node.mode)} · ${r.node.place}` },
                { title: t('capacity'), render: (_, r) => r.node.capacity },
                { title: t('seatsLeft'), render: (_, r) => <span className="seats-left">{r.node.seatsLeft}</span> },
                { title: t('status'), render: (_, r) => <Tag>{e(r.node.status)}</Tag> },
                {
                  title: '',
                  render: (_, r) =>
                    mine.has(r.node.id) ? (
                      <Tag color="green">{t('registered')}</Tag>
                    ) : r.node.status === 'SCHEDULED' ? (
                      <Button
                        size="small"
                        type="primary"
                        aria-label={`${t('register')}: ${r.node.title}`}
                        onClick={async () => {
                          if (await reg.run({ eventId: r.node.id, organizationId: orgId })) {
                            setMine((s) => new Set(s).add(r.node.id));
                            message.success(t('registered'));
                            q.reload();
                          }
                        }}
                      >
                        {t('register')}
                      </Button>
                    ) : null,
                },
              ]}
            />
            <ActionError error={reg.error} />
          </>
        )}
      </Loadable>
      <details style={{ marginTop: 16 }}>
        <summary>{t('createEvent')}</summary>
        <Form<EventValues>
          layout="vertical"
          style={{ maxWidth: 560, marginTop: 8 }}
          initialValues={{ kind: 'MATCHMAKING', mode: 'ONSITE', capacity: 30, registrationMode: 'OPEN', date: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10) }}
          onFinish={async (v) => {
            const r = await create.run({ input: { ...v, organizerOrganizationId: orgId, allianceId: allianceId ?? null, regionCode: '450200' } });
            if (r) {
              message.success(t('created'));
              q.reload();
            }
          }}
        >
          <Form.Item name="kind" label={t('kindLabel')}>
            <Select options={['MATCHMAKING', 'ROUNDTABLE'].map((k) => ({ value: k, label: e(k) }))} />
          </Form.Item>
          <Form.Item name="title" label={t('eventTitle')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="theme" label={t('theme')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="date" label={t('date')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="mode" label={t('mode')}>
            <Select options={['ONSITE', 'ONLINE', 'HYBRID'].map((k) => ({ value: k, label: e(k) }))} />
          </Form.Item>
          <Form.Item name="place" label={t('place')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="capacity" label={t('capacity')}>
            <InputNumber min={1} max={5000} />
          </Form.Item>
          <Form.Item name="registrationMode" label={t('registrationMode')}>
            <Select options={[{ value: 'OPEN', label: e('OPEN_REG') }, { value: 'INVITATION', label: e('INVITATION') }]} />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={create.loading}>
            {t('create')}
          </Button>
          <ActionError error={create.error} />
        </Form>
      </details>
    </Section>
  );
}
