/**
 * What the three aspects say, as data: every summary, figure and "how it is computed" is a message
 * key with its numbers (the UI's three-aspects-messages.ts has one text per key), never a sentence.
 */
import type { AttendanceStatus, BerakhlakValue, Rating } from './vocabulary';

/** The numbers each line of the three aspects takes; the UI has one message per key. */
export type AspectLineParams = {
  'summary.attendance': { days: number; of: number };
  'summary.attendanceNone': Record<string, never>;
  'summary.quality': { count: number; of: number };
  'summary.qualityNone': Record<string, never>;
  'summary.team': { count: number; of: number };
  'summary.teamNone': Record<string, never>;
  'figure.daysOf': { days: number; of: number };
  'figure.days': { days: number };
  'figure.daysMinutes': { days: number; minutes: number };
  'figure.activitiesOf': { count: number; of: number };
  'figure.activities': { count: number };
  'figure.rhkOf': { count: number; of: number };
  'figure.rhkRatings': { diAtas: number; sesuai: number; diBawah: number };
  'figure.rhkRatingsOpen': { diAtas: number; sesuai: number; diBawah: number; open: number };
  'figure.count': { count: number };
  'figure.apresiasi': { count: number; team: number };
  'how.attendance.source': { months: number };
  'how.attendance.none': Record<string, never>;
  'how.attendance.present': Record<string, never>;
  'how.attendance.lateEarly': Record<string, never>;
  'how.attendance.corrected': { days: number };
  'how.attendance.context': Record<string, never>;
  'how.quality.ratings': Record<string, never>;
  'how.quality.ratingsDraft': Record<string, never>;
  'how.quality.ratingsLater': Record<string, never>;
  'how.quality.firstRound': Record<string, never>;
  'how.quality.pending': { count: number };
  'how.team.rhk': Record<string, never>;
  'how.team.rhkNoParentPlan': Record<string, never>;
  'how.team.rhkNoSkp': Record<string, never>;
  'how.team.shared': Record<string, never>;
  'how.team.apresiasi': Record<string, never>;
  'how.team.ratings': Record<string, never>;
  'how.team.ratingsLater': Record<string, never>;
};
export type AspectLineKey = keyof AspectLineParams;
/** One text of an aspect: a message key and its numbers. */
export type AspectLine = {
  [K in AspectLineKey]: { key: K; params: AspectLineParams[K] };
}[AspectLineKey];

/** What a figure is about (the UI's label); an attendance status counts that status's days. */
export type AspectLabel =
  | 'present'
  | Exclude<AttendanceStatus, 'hadir' | 'libur'>
  | 'late'
  | 'early'
  | 'missingScans'
  | 'corrected'
  | 'rhkRatings'
  | 'evidence'
  | 'firstRound'
  | 'returned'
  | 'pending'
  | 'rhkLinked'
  | 'shared'
  | 'apresiasi';

export type AspectFigure = { label: AspectLabel; line: AspectLine };
/** A rating the aspect rests on: hasil kerja, perilaku kerja, or one BerAKHLAK value. */
export type AspectRating = {
  label: 'hasilKerja' | 'perilaku' | BerakhlakValue;
  rating: Rating | null;
};

/** One aspect: its summary, the ratings (when they may be shown), its figures and how it is computed. */
export type Aspect = {
  summary: AspectLine;
  ratings: AspectRating[];
  figures: AspectFigure[];
  how: AspectLine[];
};
