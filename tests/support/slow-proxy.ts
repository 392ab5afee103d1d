/** A loopback TCP proxy in front of the embedded table that can hold every byte back: a slow or hung DynamoDB. */
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

export interface SlowProxy {
  endpoint: string;
  /** Delay added to each chunk from the table; 0 passes through at once. */
  setDelayMs(ms: number): void;
  /**
   * Hold back only the reply to the next request for `operation` (e.g. 'PutItem'), every chunk of
   * it, by `ms`. The table has done the work by then, so a client that gives up and retries meets
   * its own write. Resolves once that request has been sent on.
   */
  delayNextReply(operation: string, ms: number): Promise<void>;
  /** How many requests for `operation` (e.g. 'PutItem') have passed through so far. */
  count(operation: string): number;
  close(): Promise<void>;
}

export async function startSlowProxy(target: { host?: string; port: number }): Promise<SlowProxy> {
  let delayMs = 0;
  let nextReply: { operation: string; ms: number; seen: () => void } | undefined;
  const sockets = new Set<Socket>();
  const counts = new Map<string, number>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host ?? '127.0.0.1');
    // Set when this connection carries the held reply: all of it waits as long, in order.
    let heldMs = 0;
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.on('data', (chunk: Buffer) => {
      const operation = /X-Amz-Target: DynamoDB_20120810\.(\w+)/i.exec(chunk.toString('latin1'))?.[1];
      if (operation) counts.set(operation, (counts.get(operation) ?? 0) + 1);
      if (nextReply && operation === nextReply.operation) {
        heldMs = nextReply.ms;
        nextReply.seen();
        nextReply = undefined;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      const ms = heldMs || delayMs;
      if (ms === 0) client.write(chunk);
      else setTimeout(() => client.writable && client.write(chunk), ms).unref();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    setDelayMs: (ms) => {
      delayMs = ms;
    },
    count: (operation) => counts.get(operation) ?? 0,
    delayNextReply: (operation, ms) => new Promise<void>((seen) => (nextReply = { operation, ms, seen })),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
