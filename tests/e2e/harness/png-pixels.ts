import { inflateSync } from 'node:zlib';
import { pngSize } from '../../store/png';

/** A decoded image: `rgba` holds 4 bytes a pixel, row after row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what `import PNG24:` and resvg write); RGB gets alpha 255. */
export function decodePng(bytes: Uint8Array): Pixels {
  const { width, height } = pngSize(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [depth, colour, , , interlace] = bytes.subarray(24, 29);
  const channels = colour === 2 ? 3 : colour === 6 ? 4 : 0;
  if (depth !== 8 || !channels || interlace !== 0)
    throw new Error(
      `PNG not 8-bit RGB(A) non-interlaced (depth ${depth}, colour type ${colour}, interlace ${interlace})`,
    );
  const idat: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  // Undo each row's filter (PNG spec, section 9): none, sub, up, average, Paeth.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? -1;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`PNG row ${y} has unknown filter ${filter}`);
      out[y * stride + x] = ((line[x] ?? 0) + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = new Uint8Array(width * height * 4).fill(255);
  for (let i = 0; i < width * height; i++) rgba.set(out.subarray(i * 3, i * 3 + 3), i * 4);
  return { width, height, rgba };
}

/**
 * Where `needle` appears in `image`: the first position at which every opaque pixel of the needle (its edges,
 * blended with whatever lies behind, are left out) matches the image within `tolerance` per channel; null if none.
 */
export function findImage(image: Pixels, needle: Pixels, tolerance = 16): { x: number; y: number } | null {
  const opaque: number[] = [];
  for (let i = 0; i < needle.width * needle.height; i++) if (needle.rgba[i * 4 + 3] === 255) opaque.push(i);
  if (opaque.length === 0) throw new Error('the needle has no opaque pixel');
  for (let y = 0; y + needle.height <= image.height; y++)
    for (let x = 0; x + needle.width <= image.width; x++) {
      const matches = opaque.every((i) => {
        const at = ((y + Math.floor(i / needle.width)) * image.width + x + (i % needle.width)) * 4;
        return [0, 1, 2].every((k) => Math.abs((image.rgba[at + k] ?? 0) - (needle.rgba[i * 4 + k] ?? 0)) <= tolerance);
      });
      if (matches) return { x, y };
    }
  return null;
}
