// Draws the app icons (a white "K" on the brand blue) into public/icons/ and public/favicon.svg.
// No image library: shapes are rasterised with 4x4 supersampling and written by a tiny PNG encoder
// (IHDR, one zlib-deflated IDAT, IEND, each chunk with its CRC-32).
// Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BLUE = [0x0b, 0x5c, 0xab];
const WHITE = [0xff, 0xff, 0xff];
const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

// The "K", as convex polygons in a 100 x 100 glyph box (shared by the PNGs and the SVG).
const glyph = [
  [
    [24, 16],
    [42, 16],
    [42, 84],
    [24, 84],
  ],
  [
    [37, 56],
    [65, 16],
    [87, 16],
    [48, 72],
  ],
  [
    [48, 44],
    [88, 84],
    [64, 84],
    [42, 66],
  ],
];

/** Icon variants: `corner` is the background's corner radius and `glyphBox` the K's size, both as fractions of the icon. */
const icons = [
  // "any" icons: a rounded tile with transparent corners.
  { file: 'icons/icon-192.png', size: 192, corner: 0.22, glyphBox: 0.72 },
  { file: 'icons/icon-512.png', size: 512, corner: 0.22, glyphBox: 0.72 },
  // Maskable: full bleed; the glyph stays inside the central safe circle (radius 40 % of the icon).
  { file: 'icons/maskable-512.png', size: 512, corner: 0, glyphBox: 0.5 },
  // iOS rounds the corners itself and shows transparency as black: full bleed.
  { file: 'icons/apple-touch-icon-180.png', size: 180, corner: 0, glyphBox: 0.68 },
];

function insideConvex(polygon, x, y) {
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [ax, ay] = polygon[i];
    const [bx, by] = polygon[(i + 1) % polygon.length];
    const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
    if (cross !== 0) {
      if (sign === 0) sign = Math.sign(cross);
      else if (Math.sign(cross) !== sign) return false;
    }
  }
  return true;
}

function insideRoundedSquare(size, radius, x, y) {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Returns RGBA pixels of one icon. */
function draw({ size, corner, glyphBox }) {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = corner * size;
  const scale = (glyphBox * size) / 100;
  const offset = ((1 - glyphBox) * size) / 2;
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let background = 0;
      let letter = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          if (!insideRoundedSquare(size, radius, x, y)) continue;
          background++;
          const gx = (x - offset) / scale;
          const gy = (y - offset) / scale;
          if (glyph.some((polygon) => insideConvex(polygon, gx, gy))) letter++;
        }
      }
      const i = (py * size + px) * 4;
      const t = background === 0 ? 0 : letter / background;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * t);
      pixels[i + 3] = Math.round((255 * background) / samples ** 2);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG file. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const stride = size * 4;
  const scanlines = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    scanlines[y * (stride + 1)] = 0; // filter type: none
    rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function faviconSvg() {
  const path = glyph
    .map((polygon) => `M${polygon.map(([x, y]) => `${x} ${y}`).join('L')}Z`)
    .join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    '<rect width="100" height="100" rx="22" fill="#0b5cab"/>',
    `<path transform="translate(14 14) scale(0.72)" fill="#fff" d="${path}"/>`,
    '</svg>',
    '',
  ].join('\n');
}

mkdirSync(join(publicDir, 'icons'), { recursive: true });
for (const icon of icons) {
  const png = encodePng(icon.size, draw(icon));
  writeFileSync(join(publicDir, icon.file), png);
  console.log(`public/${icon.file}  ${icon.size}x${icon.size}  ${png.length} bytes`);
}
writeFileSync(join(publicDir, 'favicon.svg'), faviconSvg());
console.log('public/favicon.svg');
