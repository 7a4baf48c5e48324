// The analytics answers are JSON maps in the OpenAPI document (their keys vary with the data); these
// are the parts the console reads, as documented in README § Analytics.
export type TrendPoint = { start: string; value: number | null; moving_average?: number | null };
export type Trend = {
  metric: string;
  formula?: string;
  bucket?: string;
  points: TrendPoint[];
  current?: number | null;
  previous?: number | null;
  change?: number | null;
  forecast?: { method: string; next: number[]; backtest_mae?: number | null } | null;
};
export type Insight = {
  type: 'anomaly' | 'opportunity' | string;
  metric: string;
  domain: string;
  since?: string;
  value?: number | null;
  expected?: number | null;
  robust_z?: number;
  direction?: string;
  score: number;
  message: string;
  app_id?: string;
  app_name?: string;
};
type Numbers = Record<string, number | null>;
export type Performer = { events: number; feedback: number; accuracy: number | null; mean_rating: number | null; agent_id?: string; domain?: string };
export type Dashboard = {
  domain: string;
  realtime: { events_this_hour: number; events_previous_hour: number; active_agents_today?: number };
  today: { ai_performance: Numbers; memory: Numbers; retrieval: Numbers; business_impact: Numbers };
  trends: { metric: string; points: TrendPoint[] }[];
  insights: Insight[];
  top_performers: { agents: Performer[]; domains: Performer[] };
};
export type Metrics = {
  domain: string;
  from: string;
  to: string;
  days: number;
  learning: Numbers;
  memory: Numbers;
  retrieval: { searches: number; hit_rate: number | null; search_p50_ms: number | null; search_p95_ms: number | null };
  users: Numbers;
};
export type HistoryEvent = {
  source: 'learning' | 'memory';
  id?: string;
  event_id?: string;
  event_type?: string;
  change?: string;
  domain?: string | null;
  category?: string | null;
  agent_id?: string | null;
  user_id?: string | null;
  engine?: string | null;
  memory_id?: string | null;
  occurred_at?: string;
  at?: string;
};
export type HistoryPage = { source: string; from: string; to: string; events: HistoryEvent[]; next_offset: number | null };
export type HistoryFilter = {
  source: 'learning' | 'memory';
  days: number;
  event_types: string[];
  domains: string[];
  agents: string[];
  users: string[];
  offset: number;
};
export type OrgNumbers = Record<string, number | null>;
export type OrgAnalytics = {
  org_id: string;
  name: string;
  from: string;
  to: string;
  days: number;
  totals: OrgNumbers;
  change: Record<string, number | null>;
  apps: (OrgNumbers & { app_id: string; name: string })[];
  daily: { day: string; events: number; facts_learned: number; facts_corrected: number; searches: number }[];
  insights: Insight[];
};
