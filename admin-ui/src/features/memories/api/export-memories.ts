import { useMutation } from '@tanstack/react-query';
import { rawFetch } from '@/lib/api-client';

/** GET /admin/v1/apps/{appId}/export as a file download (NDJSON; the token goes in a header). */
export async function exportMemories(appId: string) {
  const response = await rawFetch(`/admin/v1/apps/${encodeURIComponent(appId)}/export`, { headers: { Accept: 'application/x-ndjson' } });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `engram-${appId}.ndjson`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob.size;
}

export const useExportMemories = () => useMutation({ mutationFn: exportMemories });
