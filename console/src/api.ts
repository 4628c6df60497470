import { useCallback, useEffect, useRef, useState } from 'react';
import { getToken } from './session';
import { currentLocale } from './i18n';

/** Anything a generated document (documentMode: 'string') or a hand-built query string can be. */
export interface Doc<R, V> {
  toString(): string;
  /** Phantom types carried by the generated TypedDocumentString. */
  __apiType?: (v: V) => R;
}

/** An error the API returned: `code` is its extensions.code, `details` its extensions.details (e.g. free slots). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** The input field the API named, if any (details.field, or the first of details.fields). */
  get field(): string | undefined {
    const d = this.details;
    if (!d) return undefined;
    if (typeof d.field === 'string') return d.field;
    const fields = d.fields as { field?: string }[] | undefined;
    return Array.isArray(fields) ? fields[0]?.field?.split('.').pop() : undefined;
  }
}

export async function request<R, V>(doc: Doc<R, V>, variables?: V): Promise<R> {
  const token = getToken();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': currentLocale(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: doc.toString(), variables: variables ?? {} }),
    });
  } catch (err) {
    throw new ApiError((err as Error).message || 'Network error', 'NETWORK');
  }
  let body: { data?: R; errors?: { message: string; extensions?: { code?: string; details?: Record<string, unknown> } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`HTTP ${res.status}`, res.status === 429 ? 'RATE_LIMITED' : 'NETWORK');
  }
  const e = body.errors?.[0];
  if (e) throw new ApiError(e.message, e.extensions?.code ?? 'INTERNAL', e.extensions?.details);
  if (!body.data) throw new ApiError(`HTTP ${res.status}`, 'INTERNAL');
  return body.data;
}

export interface QueryState<R> {
  data?: R;
  error?: ApiError;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; keeps the previous data while reloading (no flicker). */
export function useQuery<R, V>(doc: Doc<R, V>, variables: V, opts: { skip?: boolean } = {}): QueryState<R> {
  const vars = JSON.stringify(variables ?? {});
  const text = doc.toString();
  const key = `${text}\n${vars}`;
  const [state, setState] = useState<{ data?: R; error?: ApiError; loading: boolean }>({ loading: !opts.skip });
  const [tick, setTick] = useState(0);
  const docRef = useRef(doc);
  docRef.current = doc;
  useEffect(() => {
    if (opts.skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    request(docRef.current, JSON.parse(vars) as V).then(
      (data) => live && setState({ data, loading: false }),
      (error: ApiError) => live && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick, opts.skip]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export interface MutationState<R, V> {
  run: (variables: V) => Promise<R | undefined>;
  loading: boolean;
  error?: ApiError;
  data?: R;
  reset: () => void;
}

/** A mutation: `run` resolves to the data, or to undefined with `error` set (shown next to the action). */
export function useMutation<R, V>(doc: Doc<R, V>): MutationState<R, V> {
  const [state, setState] = useState<{ loading: boolean; error?: ApiError; data?: R }>({ loading: false });
  const run = useCallback(
    async (variables: V) => {
      setState({ loading: true });
      try {
        const data = await request(doc, variables);
        setState({ loading: false, data });
        return data;
      } catch (err) {
        setState({ loading: false, error: err instanceof ApiError ? err : new ApiError(String(err), 'INTERNAL') });
        return undefined;
      }
    },
    [doc],
  );
  const reset = useCallback(() => setState({ loading: false }), []);
  return { ...state, run, reset };
}
