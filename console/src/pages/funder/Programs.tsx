import { useState } from 'react';
import { App, Button, Input, InputNumber, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { FunderProgramsFullQuery } from '../../gql/graphql';
import { useMutation, useQuery } from '../../api';
import { ActionError } from '../../components/ActionError';
import { Loadable } from '../../components/Loadable';
import { ReasonDialogButton } from '../../components/ReasonDialogButton';
import { Section } from '../../components/Section';
import { expandIcon } from '../../components/expandIcon';
import { formatDateTime, formatMoney, parseYuan, PLATFORM_TZ } from '../../format';
import { criterionText } from '../../grants-text';
import { DateInput } from '../../components/DateInput';
import { useI18n } from '../../i18n';

const ProgramsDoc = graphql(`
  query FunderProgramsFull($funderId: ID!) {
    grantPrograms(funderId: $funderId) {
      id code name regionCode opensOn closesOn closedAt closeReason
      awardAmount { amount currency }
      criteria { kind threshold description }
      history { action at by reason newValues { name opensOn closesOn awardAmount { amount currency } } }
    }
  }
`);
const CreateDoc = graphql(`mutation FunderCreateProgram($input: CreateGrantProgramInput!) { createGrantProgram(input: $input) { id code name } }`);
const UpdateDoc = graphql(`
  mutation FunderUpdateProgram($id: ID!, $input: UpdateGrantProgramInput!, $reason: String!) {
    updateGrantProgram(programId: $id, input: $input, reason: $reason) { id name opensOn closesOn awardAmount { amount currency } }
  }
`);
const CloseDoc = graphql(`mutation FunderCloseProgram($id: ID!, $reason: String!) { closeGrantProgram(programId: $id, reason: $reason) { id closedAt } }`);

type Program = FunderProgramsFullQuery['grantPrograms'][number];

/** The funder's grant programs: terms and criteria, edit (with a reason, audited), close (with a reason), and a new program. */
export function Programs({ funderId, regionCode }: { funderId: string; regionCode: string }) {
  const { t, e, lang } = useI18n();
  const q = useQuery(ProgramsDoc, { funderId });
  return (
    <>
      <Loadable q={q}>
        {(d) => (
          <Section title={t('programs')}>
            <Table<Program>
              size="small"
              rowKey="id"
              dataSource={d.grantPrograms}
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: t('noProgramsYet') }}
              expandable={{
              expandIcon: expandIcon(t, (p) => p.name),
                columnTitle: <span className="visually-hidden">{t('details')}</span>,
                expandedRowRender: (p) => (
                  <div className="grid-2">
                    <div>
                      <h3 style={{ fontSize: 14 }}>{t('criteria')}</h3>
                      <ul>
                        {p.criteria.map((c) => (
                          <li key={c.kind}>{criterionText({ kind: c.kind, required: c.threshold, passed: true, description: c.description }, lang, t)}</li>
                        ))}
                      </ul>
                    </div>
                    <div>
                      <h3 style={{ fontSize: 14 }}>{t('changes')}</h3>
                      {p.history.length ? (
                        <ul>
                          {p.history.map((h, i) => (
                            <li key={i}>
                              {formatDateTime(h.at, PLATFORM_TZ)} · {e(h.action)} · {h.reason}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="muted">{t('noChanges')}</p>
                      )}
                    </div>
                  </div>
                ),
              }}
              columns={[
                { title: t('code'), dataIndex: 'code', render: (s: string) => <code>{s}</code> },
                { title: t('program'), dataIndex: 'name' },
                { title: t('regionCode'), dataIndex: 'regionCode' },
                { title: t('award'), render: (_, p) => <span className="money">{formatMoney(p.awardAmount)}</span> },
                { title: t('window'), render: (_, p) => `${p.opensOn ?? '—'} – ${p.closesOn ?? '—'}` },
                { title: t('status'), render: (_, p) => (p.closedAt ? <Tag>{e('CLOSED')}</Tag> : <Tag color="green">{t('programOpen')}</Tag>) },
                { title: t('actions'), render: (_, p) => (p.closedAt ? null : <ProgramActions program={p} onDone={q.reload} />) },
              ]}
            />
          </Section>
        )}
      </Loadable>
      <CreateProgram regionCode={regionCode} onDone={q.reload} />
    </>
  );
}

function ProgramActions({ program, onDone }: { program: Program; onDone: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(program.name);
  const [amount, setAmount] = useState(program.awardAmount.amount);
  const [opensOn, setOpens] = useState(program.opensOn ?? '');
  const [closesOn, setCloses] = useState(program.closesOn ?? '');
  const yuan = parseYuan(amount);
  const input = {
    ...(name !== program.name ? { name } : {}),
    ...(yuan && yuan !== program.awardAmount.amount ? { awardAmount: { amount: yuan, currency: 'CNY' } } : {}),
    ...(opensOn !== (program.opensOn ?? '') && opensOn ? { opensOn } : {}),
    ...(closesOn !== (program.closesOn ?? '') && closesOn ? { closesOn } : {}),
  };
  return (
    <span style={{ display: 'inline-flex', gap: 8 }}>
      <ReasonDialogButton
        action={t('edit')}
        subject={program.name}
        reasonLabel={t('reason')}
        doc={UpdateDoc}
        variables={(reason) => ({ id: program.id, input, reason })}
        validate={() => (!yuan ? t('badAmount') : Object.keys(input).length ? null : t('nothingChanged'))}
        consequence={t('editProgramConsequence')}
        success={t('saved')}
        onDone={onDone}
        fields={(error) => (
          <>
            <label>
              {t('program')}
              <Input value={name} onChange={(ev) => setName(ev.target.value)} status={error?.field === 'name' ? 'error' : undefined} />
            </label>
            <label>
              {t('awardYuan')}
              <Input value={amount} inputMode="decimal" onChange={(ev) => setAmount(ev.target.value)} status={!yuan ? 'error' : undefined} style={{ width: 160 }} />
            </label>
            <label>
              {t('opensOn')}
              <DateInput value={opensOn} onChange={(v) => setOpens(v)} />
            </label>
            <label>
              {t('closesOn')}
              <DateInput value={closesOn} onChange={(v) => setCloses(v)} />
            </label>
          </>
        )}
      />
      <ReasonDialogButton
        action={t('closeProgram')}
        subject={program.name}
        reasonLabel={t('reason')}
        danger
        confirmDanger
        doc={CloseDoc}
        variables={(reason) => ({ id: program.id, reason })}
        consequence={t('closeProgramConsequence', { program: program.name })}
        success={t('saved')}
        onDone={onDone}
      />
    </span>
  );
}

function CreateProgram({ regionCode, onDone }: { regionCode: string; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const create = useMutation(CreateDoc);
  const [f, setF] = useState({ code: '', name: '', regionCode, amount: '', opensOn: '', closesOn: '', minSchools: 10 as number | null, minTypes: 2 as number | null, minFirms: 10 as number | null });
  const [local, setLocal] = useState<string | null>(null);
  const set = (p: Partial<typeof f>) => {
    setF((x) => ({ ...x, ...p }));
    setLocal(null);
    create.reset();
  };
  const bad = (field: string) => (create.error?.field === field ? 'error' : undefined);
  return (
    <Section title={t('createProgram')}>
      <form
        className="inline-form"
        aria-label={t('createProgram')}
        onSubmit={async (ev) => {
          ev.preventDefault();
          const amount = parseYuan(f.amount);
          if (!amount) return setLocal(t('badAmount'));
          const criteria = [
            ...(f.minSchools != null ? [{ kind: 'MIN_SCHOOLS' as const, threshold: f.minSchools }] : []),
            ...(f.minTypes != null ? [{ kind: 'MIN_DISTINCT_SCHOOL_TYPES' as const, threshold: f.minTypes }] : []),
            ...(f.minFirms != null ? [{ kind: 'MIN_ENTERPRISES' as const, threshold: f.minFirms }] : []),
            { kind: 'ALLIANCE_ACTIVE' as const },
            { kind: 'LEAD_IN_GOOD_STANDING' as const },
          ];
          const r = await create.run({
            input: { code: f.code, name: f.name, regionCode: f.regionCode, awardAmount: { amount, currency: 'CNY' }, criteria, ...(f.opensOn ? { opensOn: f.opensOn } : {}), ...(f.closesOn ? { closesOn: f.closesOn } : {}) },
          });
          if (r) {
            message.success(`${t('created')}: ${r.createGrantProgram.name}`);
            onDone();
          }
        }}
      >
        <label>
          {t('code')}
          <Input value={f.code} onChange={(ev) => set({ code: ev.target.value })} required style={{ width: 180 }} status={bad('code')} />
        </label>
        <label>
          {t('program')}
          <Input value={f.name} onChange={(ev) => set({ name: ev.target.value })} required style={{ width: 240 }} status={bad('name')} />
        </label>
        <label>
          {t('regionCode')}
          <Input value={f.regionCode} onChange={(ev) => set({ regionCode: ev.target.value })} required style={{ width: 100 }} status={bad('regionCode')} />
        </label>
        <label>
          {t('awardYuan')}
          <Input value={f.amount} inputMode="decimal" onChange={(ev) => set({ amount: ev.target.value })} required style={{ width: 160 }} status={local ? 'error' : bad('awardAmount')} />
        </label>
        <label>
          {t('opensOn')}
          <DateInput value={f.opensOn} onChange={(v) => set({ opensOn: v })} />
        </label>
        <label>
          {t('closesOn')}
          <DateInput value={f.closesOn} onChange={(v) => set({ closesOn: v })} />
        </label>
        <label>
          {t('minSchools')}
          <InputNumber value={f.minSchools} onChange={(v) => set({ minSchools: v == null ? null : Number(v) })} style={{ width: 90 }} />
        </label>
        <label>
          {t('minTypes')}
          <InputNumber value={f.minTypes} onChange={(v) => set({ minTypes: v == null ? null : Number(v) })} style={{ width: 90 }} />
        </label>
        <label>
          {t('minFirms')}
          <InputNumber value={f.minFirms} onChange={(v) => set({ minFirms: v == null ? null : Number(v) })} style={{ width: 90 }} />
        </label>
        <Button type="primary" htmlType="submit" loading={create.loading}>
          {t('create')}
        </Button>
      </form>
      <p className="muted">{t('createProgramHint')}</p>
      {local && <p role="alert" className="field-error">{local}</p>}
      <ActionError error={create.error} />
    </Section>
  );
}
