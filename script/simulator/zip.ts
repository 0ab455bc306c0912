// A minimal zip writer for the simulator. A library would not do: zip writers refuse the
// hostile entries (`../x`, absolute paths, symlinks) that the tests must be able to build.
import zlib from 'node:zlib'

export interface ZipEntry {
  name: string
  data?: string | Buffer
  /** Makes the entry a symbolic link pointing here. */
  symlink?: string
  /** Already deflated bytes (method 8), with the size and CRC-32 of what they inflate to. */
  deflated?: { bytes: Buffer; size: number; crc: number }
  /** Claims this uncompressed size instead of the true one (a zip bomb's lie). */
  declaredSize?: number
  /** Claims this CRC-32 instead of the true one (a damaged entry). */
  crc?: number
}

export interface ZipOptions {
  compress?: boolean
  /** Central-directory entries under these names that all point at the first entry's data. */
  aliases?: string[]
}

/** `size` zero bytes, deflated as a stream: a zip bomb's payload without holding it in memory. */
export async function deflatedZeros(size: number): Promise<{ bytes: Buffer; size: number; crc: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 })
  const chunks: Buffer[] = []
  deflate.on('data', chunk => chunks.push(chunk))
  const block = Buffer.alloc(1024 * 1024)
  let crc = 0
  for (let left = size; left > 0; left -= block.length) {
    const piece = left >= block.length ? block : block.subarray(0, left)
    crc = zlib.crc32(piece, crc)
    if (!deflate.write(piece)) await new Promise(resolve => deflate.once('drain', resolve))
  }
  // The last compressed bytes come out after the input is closed: wait for the readable end.
  const ended = new Promise(resolve => deflate.once('end', resolve))
  deflate.end()
  await ended
  return { bytes: Buffer.concat(chunks), size, crc: crc >>> 0 }
}

export function buildZip(entries: ZipEntry[], { compress = true, aliases = [] }: ZipOptions = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const isDirectory = entry.name.endsWith('/')
    const raw = Buffer.from(entry.symlink ?? entry.data ?? '')
    const deflate = Boolean(entry.deflated) || (compress && !isDirectory && !entry.symlink && raw.length > 0)
    const stored = entry.deflated?.bytes ?? (deflate ? zlib.deflateRawSync(raw) : raw)
    const crc = entry.crc ?? entry.deflated?.crc ?? zlib.crc32(raw)
    const size = entry.declaredSize ?? entry.deflated?.size ?? raw.length
    const method = deflate ? 8 : 0
    const mode = entry.symlink ? 0o120777 : isDirectory ? 0o040755 : 0o100644

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names are UTF-8
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(stored.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    locals.push(local, name, stored)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made on Unix, so the mode bits count
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(stored.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE((mode << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)
    offset += local.length + name.length + stored.length
  }
  // Aliases copy the first central record under another name: same offset, same data.
  for (const alias of aliases) {
    const name = Buffer.from(alias, 'utf8')
    const central = Buffer.from(centrals[0])
    central.writeUInt16LE(name.length, 28)
    centrals.push(central, name)
  }
  const count = entries.length + aliases.length
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
