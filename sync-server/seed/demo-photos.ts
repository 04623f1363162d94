/**
 * Evidence photos of the demo organisation: about one seeded entry in three carries a photo of
 * its kind of work, as a `photo` document with the activity listing it and its thumbnail, exactly
 * as the app saves them. The pictures are drawn by scripts/make-demo-photos.mjs into photos/.
 */
import { readFileSync } from 'node:fs';
import { parseId } from '../../client/core/ids';
import { newPhotoDoc } from '../../client/core/photos';
import type { ActivityDoc, PhotoDoc } from '../../client/core/schemas/work';

type Scene = 'kelas' | 'rapat' | 'layanan' | 'dokumen';

/** Which picture fits an entry: by words of its kegiatan, a document otherwise. */
const SCENE_OF: readonly [RegExp, Scene][] = [
  [/rapat|musyawarah|koordinasi|sosialisasi|daftar hadir/i, 'rapat'],
  [/kelas|pembelajaran|literasi|siswa|ekstrakurikuler|mengajar/i, 'kelas'],
  [/layan|warga|loket|pengantar|kunjungan|monitoring|posyandu/i, 'layanan'],
];

type Picture = { base64: string; bytes: number; thumb: string };
const pictures = new Map<Scene, Picture>();

function pictureOf(scene: Scene): Picture {
  let p = pictures.get(scene);
  if (!p) {
    const file = (suffix: string) =>
      readFileSync(new URL(`photos/${scene}${suffix}`, import.meta.url));
    const photo = file('.jpg');
    p = {
      base64: photo.toString('base64'),
      bytes: photo.length,
      thumb: `data:image/jpeg;base64,${file('.thumb.jpg').toString('base64')}`,
    };
    pictures.set(scene, p);
  }
  return p;
}

/** True for the entries that carry a photo: decided by the id, so the seed's other picks stay as they are. */
function hasPhoto(activityId: string): boolean {
  return activityId.charCodeAt(activityId.length - 1) % 3 === 0;
}

/** The activities with their photo lists, and the photo documents they list. */
export function withDemoPhotos(activities: readonly ActivityDoc[]): {
  activities: ActivityDoc[];
  photos: PhotoDoc[];
} {
  const photos: PhotoDoc[] = [];
  const out = activities.map((act) => {
    const p = parseId(act._id);
    if (p?.type !== 'activity' || !hasPhoto(act._id)) return act;
    const scene = SCENE_OF.find(([re]) => re.test(act.kegiatan))?.[1] ?? 'dokumen';
    const picture = pictureOf(scene);
    const name = `foto-${scene}.jpg`;
    const image = { content_type: 'image/jpeg', data: picture.base64 };
    const photo: PhotoDoc = newPhotoDoc(act._id, name, image, act.createdAt, p.suffix);
    photos.push(photo);
    const ref = {
      id: photo._id,
      name,
      contentType: 'image/jpeg' as const,
      length: picture.bytes,
      thumb: picture.thumb,
    };
    return { ...act, photos: [ref] };
  });
  return { activities: out, photos };
}
