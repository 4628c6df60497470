/**
 * Answers whose JSON is already known: a read served from the read cache to a caller on another node is sent as the
 * cached JSON text, not parsed and serialized again (twice: once by the payload guard to measure it, once by the
 * transport's serializer). `preserialize(value, json)` marks a frozen value with its JSON; the payload guard takes
 * its size from there and the bus serializer (`PreserializedJsonSerializer`) splices the text into the reply packet.
 * Only values nobody can change are marked (deep-frozen), so the text always matches the value.
 */
import { Serializers } from 'moleculer';

interface Known {
  json: string;
  bytes: number;
}
const known = new WeakMap<object, Known>();

/** Deep-freezes `value` (a plain JSON value parsed from `json`) and records its JSON text. Returns `value`. */
export function preserialize<T>(value: T, json: string): T {
  if (value && typeof value === 'object') {
    deepFreeze(value as object);
    known.set(value as object, { json, bytes: Buffer.byteLength(json) });
  }
  return value;
}

/** The JSON text and UTF-8 size of a value marked by `preserialize`, else undefined. */
export function preserializedOf(value: unknown): Known | undefined {
  return value && typeof value === 'object' ? known.get(value as object) : undefined;
}

function deepFreeze(o: object): void {
  Object.freeze(o);
  for (const v of Object.values(o)) if (v && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v);
}

/**
 * Moleculer's JSON serializer, except that a reply (`RES`) whose `data` was marked by `preserialize` is written with
 * that text spliced in: the same bytes JSON.stringify would give for the packet, without walking the answer again.
 */
export class PreserializedJsonSerializer extends Serializers.JSON {
  /** `type` is the packet type Moleculer's transporter passes along (`RES` for a reply). */
  override serialize(obj: Record<string, unknown>, type?: string): Buffer {
    const k = type === 'RES' ? preserializedOf(obj.data) : undefined;
    if (!k) return super.serialize(obj);
    const head = JSON.stringify({ ...obj, data: undefined });
    // head is `{...}` (never `{}`: a reply packet has ver, sender, id, success), so the data goes before its last brace.
    return Buffer.from(`${head.slice(0, -1)},"data":${k.json}}`);
  }
}
