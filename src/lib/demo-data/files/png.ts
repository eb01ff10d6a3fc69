/**
 * A minimal PNG encoder for stand-in photos: 8-bit RGB, one IDAT holding "stored" (uncompressed)
 * deflate blocks. It needs no zlib, so the same code runs in the browser's service worker.
 */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function uint32(n: number): Uint8Array {
  return new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([new TextEncoder().encode(type), data]);
  return concat([uint32(data.length), typed, uint32(crc32(typed))]);
}

const MAX_STORED_BLOCK = 65535;

/** zlib stream of stored deflate blocks (at most 65,535 bytes each). */
function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  let offset = 0;
  do {
    const block = data.subarray(offset, offset + MAX_STORED_BLOCK);
    offset += block.length;
    const final = offset >= data.length ? 1 : 0;
    const len = block.length;
    const nlen = ~len & 0xffff;
    parts.push(new Uint8Array([final, len & 0xff, len >>> 8, nlen & 0xff, nlen >>> 8]), block);
  } while (offset < data.length);
  parts.push(uint32(adler32(data)));
  return concat(parts);
}

export type Rgb = readonly [number, number, number];

/** An image of horizontal bands in the given colours, top to bottom. */
export function bandedPng(width: number, height: number, bands: readonly Rgb[]): Uint8Array {
  const row = 1 + width * 3;
  const pixels = new Uint8Array(row * height);
  for (let y = 0; y < height; y += 1) {
    const [r, g, b] = bands[Math.floor((y * bands.length) / height)] ?? [0, 0, 0];
    for (let x = 0; x < width; x += 1) pixels.set([r, g, b], y * row + 1 + x * 3);
  }
  const header = concat([uint32(width), uint32(height), new Uint8Array([8, 2, 0, 0, 0])]);
  return concat([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibStored(pixels)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
