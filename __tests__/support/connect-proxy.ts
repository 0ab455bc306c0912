// A forward proxy on 127.0.0.1, as corporate runners have: it answers CONNECT, resolves the
// `.test` names the simulator uses to loopback itself (the action cannot resolve them, so a
// request that skips the proxy fails), and records every tunnel it opened.
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export class ConnectProxy {
  readonly tunnels: string[] = []
  private readonly server = http.createServer((_req, res) => res.writeHead(405).end())
  private readonly sockets = new Set<net.Socket>()
  url = ''

  async listen(): Promise<void> {
    this.server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      const target = req.url ?? ''
      this.tunnels.push(target)
      const [hostname, port] = target.split(':')
      if (!hostname.endsWith('.test')) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      const upstream = net.connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => {
          client.destroy()
          upstream.destroy()
        })
      }
    })
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise(resolve => this.server.close(resolve))
  }
}
