import { useMutation } from '@tanstack/react-query';
import { rawFetch } from '@/lib/api-client';

export type ReportDownload = { path: string; format: string; days: number };

/** The file name the server gave (Content-Disposition), else a fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** A report of the console API as a file download (the token goes in a header, so no plain link). */
export async function downloadReport({ path, format, days }: ReportDownload) {
  const response = await rawFetch(`${path}?format=${encodeURIComponent(format)}&days=${days}`);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(response, `engram-report.${format}`);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return a.download;
}

export const useDownloadReport = () => useMutation({ mutationFn: downloadReport });
