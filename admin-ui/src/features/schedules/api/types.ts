import type { components } from '@/lib/api-schema';

export type Schedule = components['schemas']['ReportScheduleViews.ScheduleView'];
export type Run = components['schemas']['ReportScheduleViews.RunView'];
export type ScheduleBody = components['schemas']['ReportScheduleViews.ScheduleBody'];
export type DestinationBody = components['schemas']['ReportScheduleViews.DestinationBody'];
