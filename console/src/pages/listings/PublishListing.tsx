import { useState } from 'react';
import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import { graphql } from '../../gql';
import type { ListingKind } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Section } from '../../components/Section';
import { LISTING_KINDS, useTexts } from './texts';

const IndustriesDoc = graphql(`
  query ListingIndustries {
    listingIndustries { code name }
  }
`);

const CreateDoc = graphql(`
  mutation CreateListing($input: CreateListingInput!) {
    createListing(input: $input) { id title status }
  }
`);

interface Values {
  kind: ListingKind;
  title: string;
  description: string;
  regionCode: string;
  industries?: string[];
  majorName?: string;
  majorCode?: string;
  headcount?: number;
  periodFrom?: string;
  periodTo?: string;
  payMin?: string;
  payMax?: string;
  place?: string;
  validTo: string;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Publishes a listing of the organization (OPEN at once): kind, text, region (GB/T 2260), industries (GB/T 4754), major, headcount, period, pay, validity. */
export function PublishListing({ orgId, onPublished }: { orgId: string; onPublished?: () => void }) {
  const { t, e } = useTexts();
  const industries = useQuery(IndustriesDoc, {});
  const m = useMutation(CreateDoc);
  const [done, setDone] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const submit = async (v: Values) => {
    const r = await m.run({
      input: {
        organizationId: orgId,
        kind: v.kind,
        title: v.title,
        description: v.description,
        regionCode: v.regionCode,
        industries: v.industries ?? [],
        majors: v.majorName ? [{ name: v.majorName, code: v.majorCode || null }] : [],
        headcount: v.headcount ?? null,
        periodFrom: v.periodFrom || null,
        periodTo: v.periodTo || null,
        payMin: v.payMin || null,
        payMax: v.payMax || null,
        place: v.place || null,
        validTo: v.validTo,
      },
    });
    if (r) {
      setDone(r.createListing.title);
      form.resetFields();
      onPublished?.();
    }
  };
  return (
    <Section title={t('publish')}>
      {done && <Alert type="success" role="status" showIcon message={`${t('published')}：${done}`} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" style={{ maxWidth: 720 }} onFinish={submit} initialValues={{ kind: 'TALENT_DEMAND', regionCode: '450200', validTo: inDays(60) }}>
        <Form.Item name="kind" label={t('kindLabel')} rules={[{ required: true }]}>
          <Select options={LISTING_KINDS.map((k) => ({ value: k, label: e(k) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('title')} rules={[{ required: true, min: 2 }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="description" label={t('description')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('region')} rules={[{ required: true, pattern: /^\d{6}$/ }]}>
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="industries" label={t('industry')}>
          <Select mode="multiple" allowClear options={(industries.data?.listingIndustries ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }))} />
        </Form.Item>
        <Form.Item name="majorName" label={t('major')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="majorCode" label={t('majorCode')} rules={[{ pattern: /^\d{6}$/ }]}>
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="headcount" label={t('headcount')}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
        <Form.Item name="periodFrom" label={t('periodFrom')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="periodTo" label={t('periodTo')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="payMin" label={t('payMin')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="payMax" label={t('payMax')}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="place" label={t('place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="validTo" label={t('validTo')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={m.loading}>
          {t('submit')}
        </Button>
        <ActionError error={m.error} />
      </Form>
    </Section>
  );
}
