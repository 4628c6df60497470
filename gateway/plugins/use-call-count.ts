import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';

/**
 * Outside production, a request with `x-debug-calls: 1` gets the number of broker calls it made (in total and by
 * action) in its result's `extensions`: the tests and the benchmark use it to prove that batching keeps it constant.
 */
export function useCallCount(enabled: boolean): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      if (!enabled || ctx.request?.headers.get('x-debug-calls') !== '1') return;
      return {
        onExecuteDone({ result, setResult }) {
          if ('data' in result || 'errors' in result) {
            setResult({ ...result, extensions: { ...(result.extensions ?? {}), calls: ctx.counter.calls, callsByAction: ctx.counter.byAction } });
          }
        },
      };
    },
  };
}
