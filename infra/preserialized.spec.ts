import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Serializers } from 'moleculer';
import { PreserializedJsonSerializer, preserialize, preserializedOf } from './preserialized.js';
import { payloadBytes } from './payload-guard.js';

const packet = (data: unknown) => ({ ver: '4', sender: 'organizations-1', id: 'c0ffee', success: true, data, meta: { caller: '甲' }, stream: false });

describe('preserialized answers (cached JSON spliced into the reply)', () => {
  const plain = new Serializers.JSON();
  const ours = new PreserializedJsonSerializer();

  it('writes the same packet as the JSON serializer, for any JSON answer', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const json = JSON.stringify(v);
        const value = preserialize(JSON.parse(json) as unknown, json);
        const expected = JSON.parse(plain.serialize(packet(JSON.parse(json))).toString());
        expect(JSON.parse(ours.serialize(packet(value), 'RES').toString())).toEqual(expected);
      }),
    );
  });

  it('measures a marked answer by its JSON bytes (UTF-8), exactly as the payload guard would by serializing it', () => {
    const json = JSON.stringify({ name: '柳州市职业技术学院', n: 3 });
    const value = preserialize(JSON.parse(json) as object, json);
    expect(payloadBytes(value)).toBe(Buffer.byteLength(json));
    expect(preserializedOf(value)?.bytes).toBe(Buffer.byteLength(json));
  });

  it('freezes what it marks, all the way down, so the text cannot drift from the value', () => {
    const json = '{"a":{"b":[1,{"c":2}]}}';
    const value = preserialize(JSON.parse(json) as { a: { b: [number, { c: number }] } }, json);
    expect(() => {
      value.a.b[1].c = 3;
    }).toThrow(TypeError);
    expect(Object.isFrozen(value.a.b)).toBe(true);
  });

  it('leaves other packets and unmarked answers to the JSON serializer', () => {
    const data = { x: 1 };
    expect(ours.serialize(packet(data), 'RES').equals(plain.serialize(packet(data)))).toBe(true);
    const req = { ver: '4', sender: 'gw', id: '1', action: 'a.b', params: { y: 2 } };
    expect(ours.serialize(req, 'REQ').equals(plain.serialize(req))).toBe(true);
  });
});
