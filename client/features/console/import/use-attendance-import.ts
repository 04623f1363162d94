/** The attendance import on the page: one CSV file of a month's records, checked then applied. */
import { importAttendance, type AttendanceImportReply } from '../../../data/admin-api';
import { useCsvImport, type CsvImport } from './use-csv-import';

export type AttendanceImport = CsvImport<'attendance', AttendanceImportReply>;

const KINDS = ['attendance'] as const;

/** The person-months an answer would write: new ones and replaced ones. */
export function monthsToWrite(reply: AttendanceImportReply): number {
  return reply.summary.documents - reply.summary.unchanged;
}

export function useAttendanceImport(): AttendanceImport {
  return useCsvImport({
    kinds: KINDS,
    send: (texts, apply) => importAttendance(texts.attendance, apply),
    changes: monthsToWrite,
    errorCount: (reply) => reply.summary.errorCount,
  });
}
