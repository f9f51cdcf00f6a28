import net from 'node:net';

/**
 * A TCP relay between the API and its PostgreSQL, so a test can make the database unreachable for
 * this app alone: `freeze()` holds every byte both ways (a server stopped with SIGSTOP, or a
 * network that drops packets), `stop()` refuses and cuts every connection (a server shut down).
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private readonly held: (() => void)[] = [];
  private frozen = false;
  private server: net.Server | null = null;

  private constructor(
    private readonly target: net.NetConnectOpts,
    public port = 0,
  ) {}

  /** A relay to the server of a postgres:// URL (its TCP address, or its Unix socket `?host=/dir`). */
  static async to(url: string): Promise<TcpProxy> {
    const parsed = new URL(url);
    const socketDir = parsed.searchParams.get('host');
    const port = Number(parsed.port || 5432);
    const proxy = new TcpProxy(socketDir?.startsWith('/') ? { path: `${socketDir}/.s.PGSQL.${port}` } : { host: parsed.hostname, port });
    await proxy.listen();
    return proxy;
  }

  /** `url` with its server replaced by this relay. */
  relay(url: string): string {
    const relayed = new URL(url);
    relayed.searchParams.delete('host');
    relayed.hostname = '127.0.0.1';
    relayed.port = String(this.port);
    return relayed.toString();
  }

  freeze(): void {
    this.frozen = true;
  }

  thaw(): void {
    this.frozen = false;
    for (const send of this.held.splice(0)) send();
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  async listen(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(from);
        from.on('data', (chunk) => {
          const send = () => to.write(chunk);
          if (this.frozen) this.held.push(send);
          else send();
        });
        from.on('error', () => to.destroy());
        from.on('close', () => {
          this.sockets.delete(from);
          to.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }
}
