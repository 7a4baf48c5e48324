import type { FieldSpec } from '@/components/ui/inline-form';

export const appFields = (initial?: { name: string; description?: string | null }): FieldSpec[] => [
  { name: 'name', label: 'App name', required: true, maxLength: 100, initial: initial?.name },
  { name: 'description', label: 'Description (optional)', maxLength: 1000, initial: initial?.description ?? '' },
];
