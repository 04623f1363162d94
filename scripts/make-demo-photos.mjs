// Draws the demo organisation's evidence photos (bukti dukung) into sync-server/seed/photos/: a
// few scenes painted on a canvas in Chromium, each saved as a 640 x 480 JPEG and a 160 x 120
// thumbnail, the sizes the app itself makes on a phone. The seed reads them (demo-photos.ts).
// Run: node scripts/make-demo-photos.mjs (needs /usr/bin/chromium)
/* global document -- the drawing runs in the page, inside page.evaluate */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'sync-server', 'seed', 'photos');

const SCENES = [
  { file: 'kelas', caption: 'Pembelajaran di kelas', wall: '#e8dcc4', floor: '#b08a5a' },
  { file: 'rapat', caption: 'Daftar hadir rapat', wall: '#dfe7ee', floor: '#8a9aa8' },
  { file: 'layanan', caption: 'Pelayanan warga di loket', wall: '#e6efe0', floor: '#9c8f7a' },
  { file: 'dokumen', caption: 'Dokumen laporan kegiatan', wall: '#f1ece4', floor: '#c9b79c' },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
for (const scene of SCENES) {
  const urls = await page.evaluate((s) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext('2d');
    g.fillStyle = s.wall;
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = s.floor;
    g.fillRect(0, 330, 640, 150);
    // A board or a window on the wall, and a table with papers.
    g.fillStyle = s.file === 'kelas' ? '#2f5d3a' : '#ffffff';
    g.fillRect(90, 60, 460, 200);
    g.strokeStyle = '#5b4a36';
    g.lineWidth = 10;
    g.strokeRect(90, 60, 460, 200);
    g.fillStyle = s.file === 'kelas' ? '#f4f4f4' : '#44546a';
    for (let i = 0; i < 6; i++) g.fillRect(120, 90 + i * 26, 200 + ((i * 73) % 190), 8);
    g.fillStyle = '#7a5535';
    g.fillRect(60, 300, 520, 40);
    g.fillStyle = '#fdfdfb';
    for (let i = 0; i < 4; i++) g.fillRect(100 + i * 115, 270, 90, 34);
    // People, as simple figures.
    for (let i = 0; i < 5; i++) {
      const x = 110 + i * 105;
      g.fillStyle = ['#c98f65', '#8d5a3b', '#e0ac7e', '#a86f4c', '#d79b71'][i];
      g.beginPath();
      g.arc(x, 370, 22, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = ['#1f4e8c', '#7c2d3b', '#2d6a4f', '#5c4b8a', '#b5651d'][i];
      g.fillRect(x - 30, 392, 60, 90);
    }
    // A caption strip, as a phone camera's timestamp app would print it.
    g.fillStyle = 'rgba(0,0,0,0.55)';
    g.fillRect(0, 440, 640, 40);
    g.fillStyle = '#ffffff';
    g.font = '20px sans-serif';
    g.fillText(s.caption, 16, 467);
    const thumb = document.createElement('canvas');
    thumb.width = 160;
    thumb.height = 120;
    thumb.getContext('2d').drawImage(canvas, 0, 0, 160, 120);
    return {
      photo: canvas.toDataURL('image/jpeg', 0.7),
      thumb: thumb.toDataURL('image/jpeg', 0.6),
    };
  }, scene);
  const bytes = (url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
  writeFileSync(join(out, `${scene.file}.jpg`), bytes(urls.photo));
  writeFileSync(join(out, `${scene.file}.thumb.jpg`), bytes(urls.thumb));
  console.log(scene.file, bytes(urls.photo).length, 'bytes; thumbnail', bytes(urls.thumb).length);
}
await browser.close();
