import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import type { Viewer } from '../../types';

const MineDoc = graphql(`
  query MyDeclarations($org: ID!, $region: String) {
    certPrograms(regionCode: $region) { id name }
    declarations(organizationId: $org) {
      id status industry noticeFrom noticeUntil validFrom validUntil rejectionReason
      program { name }
      attachments { fileId fileName mime }
      cooperation { agreementsInForce apprentices placements trainingBasesHosted projects unavailable }
      levyStatement { csv years { year investment { amount } credit { amount } offset { amount } carriedForward { amount } educationSurcharge { amount } localEducationSurcharge { amount } } }
    }
  }
`);
const CreateDoc = graphql(`mutation CreateDeclaration($input: CreateDeclarationInput!) { createDeclaration(input: $input) { id status } }`);
const AttachDoc = graphql(`mutation AttachToDeclaration($d: ID!, $name: String!, $c: String!) { attachToDeclaration(declarationId: $d, fileName: $name, contentBase64: $c) { fileId mime } }`);
const SubmitDoc = graphql(`mutation SubmitDeclaration($d: ID!) { submitDeclaration(declarationId: $d) { id status } }`);
const LevyDoc = graphql(`mutation RecordLevyYear($d: ID!, $y: Int!, $i: String!, $e: String!, $l: String!) { recordLevyYear(declarationId: $d, year: $y, investment: $i, educationSurcharge: $e, localEducationSurcharge: $l) { declarationId } }`);

const toBase64 = (f: File) => new Promise<string>((res, rej) => {
  const r = new FileReader();
  r.onload = () => res(String(r.result).split(',')[1] ?? '');
  r.onerror = () => rej(r.error);
  r.readAsDataURL(f);
});

/** The enterprise's 产教融合型企业 declaration: fill, attach, submit for the pre-check, follow each step; once certified, the levy credit. */
export function EnterpriseDeclaration({ me }: { me: Viewer }) {
  const { t, e } = useI18n();
  const { message } = App.useApp();
  const org = me.organization!;
  const q = useQuery(MineDoc, { org: org.id, region: org.regionCode });
  const create = useMutation(CreateDoc);
  const attach = useMutation(AttachDoc);
  const submit = useMutation(SubmitDoc);
  const levy = useMutation(LevyDoc);
  const [levyForm, setLevyForm] = useState({ y: new Date().getFullYear(), i: '1000000.00', e: '108000.00', l: '72000.00' });
  const after = async (p: Promise<unknown>) => {
    if (await p) {
      message.success(t('done'));
      q.reload();
    }
  };
  const ban = create.error?.details?.reason === 'DISQUALIFIED' ? create.error.details : null;
  return (
    <Loadable q={q}>
      {(d) => (
        <>
          <Section title={t('newDeclaration')}>
            {ban && <Alert role="alert" type="error" showIcon message={t('banned', { from: String(ban.from), until: String(ban.until) })} />}
            {!ban && <ActionError error={create.error} />}
            <Form
              layout="vertical"
              onFinish={(v: { programId: string; industry: string; employees: number; mainBusiness: string; cooperationSummary: string; contactName: string; contactPhone: string }) =>
                after(create.run({ input: { ...v, organizationId: org.id, scale: 'LARGE' } }))
              }
            >
              <Form.Item name="programId" label={t('programName')}>
                <Select aria-label={t('programName')} showSearch optionFilterProp="label" options={d.certPrograms.map((p) => ({ value: p.id, label: p.name }))} />
              </Form.Item>
              <Space wrap>
                <Form.Item name="industry" label={t('industry')} rules={[{ required: true }]}><Input aria-label={t('industry')} /></Form.Item>
                <Form.Item name="employees" label={t('employees')} rules={[{ required: true }]}><InputNumber aria-label={t('employees')} min={0} /></Form.Item>
                <Form.Item name="contactName" label={t('contactName')} rules={[{ required: true }]}><Input aria-label={t('contactName')} /></Form.Item>
                <Form.Item name="contactPhone" label={t('contactPhone')} rules={[{ required: true }]}><Input aria-label={t('contactPhone')} /></Form.Item>
              </Space>
              <Form.Item name="mainBusiness" label={t('mainBusiness')} rules={[{ required: true }]}><Input aria-label={t('mainBusiness')} /></Form.Item>
              <Form.Item name="cooperationSummary" label={t('cooperationSummary')} rules={[{ required: true }]}><Input.TextArea aria-label={t('cooperationSummary')} rows={2} /></Form.Item>
              <Button type="primary" htmlType="submit" loading={create.loading}>{t('declare')}</Button>
            </Form>
          </Section>
          <Section title={t('declarations')}>
            <ActionError error={attach.error ?? submit.error ?? levy.error} />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={d.declarations}
              columns={[
                { title: t('programName'), render: (_, r) => r.program?.name },
                { title: t('status2'), render: (_, r) => <Tag data-status={r.status}>{e(r.status)}</Tag> },
                { title: t('notice'), render: (_, r) => (r.validFrom ? t('validity', { from: r.validFrom, until: r.validUntil ?? '' }) : r.noticeFrom ? t('noticePeriod', { from: r.noticeFrom, until: r.noticeUntil ?? '' }) : '—') },
                { title: t('cooperationOnPlatform'), render: (_, r) => `${t('agreementsInForce')} ${r.cooperation.agreementsInForce ?? '—'} · ${t('trainingBasesHosted')} ${r.cooperation.trainingBasesHosted ?? '—'} · ${t('projectsCount')} ${r.cooperation.projects ?? '—'}` },
                {
                  title: t('actions'),
                  render: (_, r) =>
                    r.status === 'DRAFT' ? (
                      <Space direction="vertical">
                        <input
                          type="file"
                          aria-label={t('attachment')}
                          accept="application/pdf,image/png,image/jpeg"
                          onChange={async (ev) => {
                            const f = ev.target.files?.[0];
                            if (f) await after(attach.run({ d: r.id, name: f.name, c: await toBase64(f) }));
                          }}
                        />
                        <span>{r.attachments.map((a) => a.fileName).join('、')}</span>
                        <Button type="primary" onClick={() => after(submit.run({ d: r.id }))}>{t('submitDeclaration')}</Button>
                      </Space>
                    ) : null,
                },
              ]}
            />
          </Section>
          {d.declarations.filter((r) => r.status === 'CERTIFIED').map((r) => (
            <Section
              key={r.id}
              title={t('levyCredit')}
              extra={
                r.levyStatement && (
                  <Button href={`data:text/csv;charset=utf-8,${encodeURIComponent(r.levyStatement.csv)}`} download="levy-credit.csv">{t('exportCsv')}</Button>
                )
              }
            >
              <Table
                size="small"
                rowKey="year"
                pagination={false}
                dataSource={r.levyStatement?.years ?? []}
                columns={[
                  { title: t('year'), dataIndex: 'year' },
                  { title: t('investment'), render: (_, y) => `¥${y.investment.amount}` },
                  { title: t('surcharges'), render: (_, y) => `¥${y.educationSurcharge.amount} + ¥${y.localEducationSurcharge.amount}` },
                  { title: t('credit'), render: (_, y) => `¥${y.credit.amount}` },
                  { title: t('offset'), render: (_, y) => `¥${y.offset.amount}` },
                  { title: t('carried'), render: (_, y) => `¥${y.carriedForward.amount}` },
                ]}
              />
              <Space wrap style={{ marginTop: 8 }}>
                <InputNumber aria-label={t('year')} value={levyForm.y} onChange={(v) => setLevyForm({ ...levyForm, y: Number(v) })} />
                <Input aria-label={t('investment')} value={levyForm.i} onChange={(ev) => setLevyForm({ ...levyForm, i: ev.target.value })} style={{ width: 140 }} />
                <Input aria-label="教育费附加" value={levyForm.e} onChange={(ev) => setLevyForm({ ...levyForm, e: ev.target.value })} style={{ width: 120 }} />
                <Input aria-label="地方教育附加" value={levyForm.l} onChange={(ev) => setLevyForm({ ...levyForm, l: ev.target.value })} style={{ width: 120 }} />
                <Button onClick={() => after(levy.run({ d: r.id, ...levyForm }))}>{t('recordLevyYear')}</Button>
              </Space>
            </Section>
          ))}
        </>
      )}
    </Loadable>
  );
}
