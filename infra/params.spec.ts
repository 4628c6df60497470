import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ServiceBroker } from 'moleculer';
import { charCount, hasVisibleCharacter, optionalReason, reason, text } from './params.js';

// The validators run as Moleculer runs them at an action boundary (fastest-validator, new custom-check form).
const broker = new ServiceBroker({ logger: false });
broker.createService({
  name: 'texts',
  actions: {
    reason: { params: { reason: reason(10) }, handler: (ctx) => ctx.params },
    disqualify: { params: { reason: reason(2000) }, handler: (ctx) => ctx.params },
    name: { params: { name: text(20, 2) }, handler: (ctx) => ctx.params },
    note: { params: { note: optionalReason(5) }, handler: (ctx) => ctx.params },
  },
});
beforeAll(() => broker.start());
afterAll(() => broker.stop());

type Outcome = { ok: true; params: Record<string, unknown> } | { ok: false; type: string; rule: string | undefined };
async function validate(action: string, params: Record<string, unknown>): Promise<Outcome> {
  try {
    return { ok: true, params: await broker.call<Record<string, unknown>, Record<string, unknown>>(`texts.${action}`, params) };
  } catch (err) {
    const e = err as { type: string; data?: { type?: string }[] };
    return { ok: false, type: e.type, rule: e.data?.[0]?.type };
  }
}

describe('charCount counts characters (code points), not bytes or UTF-16 units', () => {
  it('counts Chinese, astral CJK and emoji as one each', () => {
    expect(charCount('造假')).toBe(2);
    expect(Buffer.byteLength('造假')).toBe(6);
    expect(charCount('𠀀')).toBe(1);
    expect('𠀀'.length).toBe(2);
    expect(charCount('😀a')).toBe(2);
  });
  it('agrees with the code points of any string (generated)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => charCount(s) === Array.from(s).length));
  });
});

describe('hasVisibleCharacter', () => {
  it('is false for every kind of blank: spaces, ideographic space, zero-width space, BOM, controls', () => {
    for (const blank of ['', ' ', '\t\r\n', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u0007']) expect(hasVisibleCharacter(blank), JSON.stringify(blank)).toBe(false);
    for (const seen of ['造', 'a', '😀', '𠀀', ' x ']) expect(hasVisibleCharacter(seen)).toBe(true);
  });
});

describe('a reason at an action boundary', () => {
  it('accepts "造假" (two characters) where a reason is required — the handed case', async () => {
    expect(await validate('disqualify', { reason: '造假' })).toEqual({ ok: true, params: { reason: '造假' } });
    expect(await validate('reason', { reason: '  造假 ' })).toEqual({ ok: true, params: { reason: '造假' } });
  });

  it('refuses a reason without a visible character (stringEmpty)', async () => {
    for (const blank of ['', '   ', '\u3000\u3000', '\u200b']) expect(await validate('reason', { reason: blank }), JSON.stringify(blank)).toEqual({ ok: false, type: 'VALIDATION_ERROR', rule: 'stringEmpty' });
  });

  it('measures the maximum in characters: 10 emoji or astral characters fit in 10, 11 do not', async () => {
    expect(await validate('reason', { reason: '😀'.repeat(10) })).toMatchObject({ ok: true });
    expect(await validate('reason', { reason: '𠀀'.repeat(11) })).toEqual({ ok: false, type: 'VALIDATION_ERROR', rule: 'stringMax' });
  });

  it('measures a minimum in characters: one astral character is not a two-character name', async () => {
    expect(await validate('name', { name: '𠀀' })).toEqual({ ok: false, type: 'VALIDATION_ERROR', rule: 'stringMin' });
    expect(await validate('name', { name: '𠀀𠀁' })).toMatchObject({ ok: true });
  });

  it('accepts exactly the texts with a visible character and 1..max characters (generated: CJK, astral, emoji, blanks)', async () => {
    const char = fc.constantFrom('造', '假', '𠀀', '😀', '👍🏽', 'a', ' ', '\u3000', '\u200b', '\n');
    await fc.assert(
      fc.asyncProperty(fc.array(char, { maxLength: 14 }), async (chars) => {
        const s = chars.join('');
        const trimmed = s.trim();
        const expected = hasVisibleCharacter(s) && charCount(trimmed) <= 10;
        const got = await validate('reason', { reason: s });
        expect(got.ok).toBe(expected);
        if (got.ok) expect(got.params.reason).toBe(trimmed);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses control and text-direction characters in any text (stringControl), keeps tabs and line breaks', async () => {
    for (const name of ['柳州\u0007\u0000公司', '柳州\u202Eevil公司', '柳州\u2066公司\u2069', '柳州\u007F公司', '柳州\u0085公司', '柳州\u001B[31m公司']) {
      expect({ name, got: await validate('name', { name }) }).toEqual({ name, got: { ok: false, type: 'VALIDATION_ERROR', rule: 'stringControl' } });
    }
    expect(await validate('note', { note: '柳州\u202D' })).toEqual({ ok: false, type: 'VALIDATION_ERROR', rule: 'stringControl' });
    expect(await validate('reason', { reason: '第一行\n第二行\t完' })).toMatchObject({ ok: true });
    // Joiners and variation selectors are part of visible text (emoji, CJK variants), not hidden controls.
    expect(await validate('name', { name: '👍🏽柳州\u200d公司\ufe0f' })).toMatchObject({ ok: true });
  });

  it('treats a blank optional reason as none, and still caps a given one in characters', async () => {
    expect(await validate('note', { note: ' \u200b ' })).toEqual({ ok: true, params: { note: null } });
    expect(await validate('note', {})).toEqual({ ok: true, params: {} });
    expect(await validate('note', { note: '造假造假造' })).toMatchObject({ ok: true });
    expect(await validate('note', { note: '造假造假造假' })).toEqual({ ok: false, type: 'VALIDATION_ERROR', rule: 'stringMax' });
  });
});
