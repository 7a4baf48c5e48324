import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api-client';

export type MemoryFilters = {
  userId: string;
  types: string[];
  category: string;
  tags: string;
  statuses: string[];
  start: string; // yyyy-mm-dd, local
  end: string;
  minImportance: string;
};

export const emptyFilters: MemoryFilters = { userId: '', types: [], category: '', tags: '', statuses: ['active'], start: '', end: '', minImportance: '' };

const day = (value: string, next = false) => {
  if (!value) return undefined;
  const d = new Date(`${value}T00:00:00`);
  if (next) d.setDate(d.getDate() + 1);
  return d.toISOString();
};

export const toQuery = (f: MemoryFilters, offset: number) => ({
  user_id: f.userId || undefined,
  types: f.types.length ? f.types.join(',') : undefined,
  categories: f.category || undefined,
  tags: f.tags ? f.tags.split(',').map((t) => t.trim()).filter(Boolean).join(',') : undefined,
  statuses: f.statuses.length ? f.statuses.join(',') : undefined,
  start: day(f.start),
  end: day(f.end, true),
  min_importance: f.minImportance ? Number(f.minImportance) : undefined,
  limit: 25,
  offset,
});

export const getMemories = (appId: string, f: MemoryFilters, offset: number) =>
  data(api.GET('/admin/v1/apps/{appId}/memories', { params: { path: { appId }, query: toQuery(f, offset) } }));
export const memoriesQuery = (appId: string, f: MemoryFilters, offset: number) =>
  queryOptions({ queryKey: ['memories', appId, f, offset], queryFn: () => getMemories(appId, f, offset), placeholderData: keepPreviousData });
export const useMemories = (appId: string, f: MemoryFilters, offset: number) => useQuery(memoriesQuery(appId, f, offset));
