/**
 * Slow clients (slowloris) over a real socket: a connection that sends its headers a byte at a time, or its body too
 * slowly, is closed once HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS have passed (here 1 s and 2 s) — not
 * 30 s later, when node's default check would have looked. Bounds are generous (the limit plus 4 s).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceBroker } from 'moleculer';
import { resetConfig } from '../../infra/env.js';
import { startGateway, type Gateway } from '../../gateway/server.js';
import { probeService, testBus } from '../helpers/gateway.js';

let broker: ServiceBroker;
let gateway: Gateway;

beforeAll(async () => {
  process.env.HTTP_HEADERS_TIMEOUT_MS = '1000';
  process.env.HTTP_REQUEST_TIMEOUT_MS = '2000';
  resetConfig();
  broker = await testBus(probeService);
  gateway = await startGateway({ broker, port: 0, host: '127.0.0.1', requiredServices: [] });
});
afterAll(async () => {
  await gateway?.stop();
  await broker?.stop();
  delete process.env.HTTP_HEADERS_TIMEOUT_MS;
  delete process.env.HTTP_REQUEST_TIMEOUT_MS;
  resetConfig();
});

/** Opens a socket and drips `chunks` one every `everyMs` until the server closes it; resolves with how long it stayed open. */
function drip(chunks: string[], everyMs: number, giveUpMs: number): Promise<{ openMs: number; closedByServer: boolean; answer: string }> {
  return new Promise((resolve) => {
    const port = Number(new URL(gateway.url).port);
    const sock = net.connect(port, '127.0.0.1');
    const t0 = Date.now();
    let answer = '';
    let i = 0;
    let done = false;
    const finish = (closedByServer: boolean) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      clearTimeout(giveUp);
      sock.destroy();
      resolve({ openMs: Date.now() - t0, closedByServer, answer });
    };
    const timer = setInterval(() => {
      if (i < chunks.length && !sock.destroyed) sock.write(chunks[i++]);
    }, everyMs);
    const giveUp = setTimeout(() => finish(false), giveUpMs);
    sock.on('data', (b) => (answer += b.toString()));
    sock.on('close', () => finish(true));
    sock.on('error', () => finish(true));
  });
}

describe('slow clients', () => {
  it('closes a connection whose headers arrive too slowly', async () => {
    const headers = 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Slow: ' + 'a'.repeat(200);
    const r = await drip(headers.split(''), 50, 15_000);
    expect(r.closedByServer).toBe(true);
    expect(r.openMs).toBeLessThan(1_000 + 4_000);
  }, 20_000);

  it('closes a connection whose body arrives too slowly', async () => {
    const body = JSON.stringify({ query: '{ items { id } }' });
    const head = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const r = await drip([head, ...body.split('')], 200, 15_000);
    expect(r.closedByServer).toBe(true);
    expect(r.openMs).toBeLessThan(2_000 + 4_000);
  }, 20_000);
});
