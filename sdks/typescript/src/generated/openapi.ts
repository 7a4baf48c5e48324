// Generated from the OpenAPI document Engram serves at /openapi/engram.yml by
// `npm run gen:openapi` (sdks/typescript/scripts/openapi.mjs); do not edit.
// TypeScriptSdkIT fails the build when this file differs from what the document generates.
export interface paths {
    "/admin/v1/apps/{appId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getApp"];
        put?: never;
        post?: never;
        delete: operations["deleteApp"];
        options?: never;
        head?: never;
        patch: operations["updateApp"];
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/analytics/dashboard`: realtime, today, trends, insights, top performers.
         * @description As `GET /v1/analytics/dashboard`: realtime, today, trends, insights, top performers.
         */
        get: operations["getAppAnalyticsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's learning domains, most events first (for the console's domain picker).
         * @description The app's learning domains, most events first (for the console's domain picker).
         */
        get: operations["listAppAnalyticsDomains"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * As `POST /v1/learning/history`: a page of the learning or memory history, newest first (a query, so viewers may send it too).
         * @description As `POST /v1/learning/history`: a page of the learning or memory history, newest first (a query, so viewers may send it too).
         */
        post: operations["queryAppAnalyticsHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/analytics/insights`: anomalies and opportunities, strongest first.
         * @description As `GET /v1/analytics/insights`: anomalies and opportunities, strongest first.
         */
        get: operations["getAppAnalyticsInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/metrics/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/analytics/metrics/{domain}`.
         * @description As `GET /v1/analytics/metrics/{domain}`.
         */
        get: operations["getAppAnalyticsMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/patterns/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/learning/patterns/{domain}`.
         * @description As `GET /v1/learning/patterns/{domain}`.
         */
        get: operations["getAppAnalyticsPatterns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/recommendations/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/learning/recommendations/{domain}`.
         * @description As `GET /v1/learning/recommendations/{domain}`.
         */
        get: operations["getAppAnalyticsRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/reports/{type}/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report of the app (`performance`, `learning`, `business`, or `executive` of this app) as `format` json (default), csv, html or pdf, over `period` week, month or custom (`from`/`to` or `days`).
         * @description A report of the app (`performance`, `learning`, `business`, or `executive` of this app) as `format` json (default), csv, html or pdf, over `period` week, month or custom (`from`/`to` or `days`).
         */
        get: operations["getAppAnalyticsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/analytics/trends/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/learning/trends/{domain}`: buckets, moving average, change, forecast.
         * @description As `GET /v1/learning/trends/{domain}`: buckets, moving average, change, forecast.
         */
        get: operations["getAppAnalyticsTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every memory of the app with its events and relations, as NDJSON (like `/v1/export`).
         * @description Every memory of the app with its events and relations, as NDJSON (like `/v1/export`).
         */
        get: operations["exportAppMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/integrations/elevenlabs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAppElevenLabsIntegration"];
        put: operations["setAppElevenLabsIntegration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAppKeys"];
        put?: never;
        post: operations["createAppKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Memories with the filters of `GET /v1/memories`; without `user_id`, of every user.
         * @description Memories with the filters of `GET /v1/memories`; without `user_id`, of every user. `statuses` takes `active`, `superseded`, `deleted` (comma-separated).
         */
        get: operations["listAppMemories"];
        put?: never;
        post?: never;
        /**
         * Erases a user of the app: every memory, event and relation.
         * @description Erases a user of the app: every memory, event and relation. No undo.
         */
        delete: operations["eraseAppUserMemories"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A memory in any status (not counted as an access: the console only looks).
         * @description A memory in any status (not counted as an access: the console only looks).
         */
        get: operations["getAppMemory"];
        put?: never;
        post?: never;
        /**
         * Marks the memory deleted; its history stays.
         * @description Marks the memory deleted; its history stays.
         */
        delete: operations["deleteAppMemory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories/{id}/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The evolution chain, oldest first (as `GET /v1/memories/{id}/chain`).
         * @description The evolution chain, oldest first (as `GET /v1/memories/{id}/chain`).
         */
        get: operations["getAppMemoryChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAppMemoryEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories/{id}/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chain as a graph: `mermaid` (default), `dot` or `html`.
         * @description The chain as a graph: `mermaid` (default), `dot` or `html`.
         */
        get: operations["getAppMemoryGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAppRelatedMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hybrid search with the score breakdown of each hit; without `user_id`, every user.
         * @description Hybrid search with the score breakdown of each hit; without `user_id`, every user.
         */
        post: operations["searchAppMemories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/memory-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ids of users with memories (any status), filtered by prefix, sorted, at most `limit`.
         * @description Ids of users with memories (any status), filtered by prefix, sorted, at most `limit`.
         */
        get: operations["listAppMemoryUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/metrics/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/metrics/compare`: 2 to 10 tools of the app side by side.
         * @description As `GET /v1/metrics/compare`: 2 to 10 tools of the app side by side.
         */
        get: operations["compareAppMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/metrics/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/metrics/current`: the app's live metrics.
         * @description As `GET /v1/metrics/current`: the app's live metrics.
         */
        get: operations["getAppCurrentMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/realtime/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A single-use ticket for the console's live view of an app's events
         * @description Any console role of the app's organization; an app of another organization is 404. The ticket is read-only (memories:read, analytics:read), short-lived (engram.realtime.ticket-ttl) and opens one connection.
         */
        post: operations["createConsoleRealtimeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAppStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's most recent ingestion and summary tasks, newest first.
         * @description The app's most recent ingestion and summary tasks, newest first.
         */
        get: operations["listAppTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/tool-sessions/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * As `GET /v1/tool-sessions/active`: the app's open tool sessions, newest first.
         * @description As `GET /v1/tool-sessions/active`: the app's open tool sessions, newest first.
         */
        get: operations["listAppActiveToolSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/apps/{appId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the app holds against its limits (any role of its organization) */
        get: operations["getAppUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit events, newest first
         * @description Platform admins read every event (or one organization's with org_id); tenant admins those of their organization; viewers are refused (403). Filters: org_id, actor, action, target_id, outcome (success, failure, error), from and to (ISO-8601 instants, from inclusive); limit 1–500 (default 50); cursor from the previous page's next.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAuthConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getConsoleHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys/{keyId}/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The key's requests per second (any role of its organization) */
        get: operations["getKeyLimits"];
        /** Sets the key's requests per second (admins of its organization) */
        put: operations["setKeyLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["revokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs out on the server: every token issued to the signed-in user so far is refused from now on (all of the user's sessions end, in every browser).
         * @description Signs out on the server: every token issued to the signed-in user so far is refused from now on (all of the user's sessions end, in every browser).
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listOrgs"];
        put?: never;
        post: operations["createOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete: operations["deleteOrg"];
        options?: never;
        head?: never;
        patch: operations["updateOrg"];
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's executive view over the window (`days`, default 30, or `from`/`to`): totals across its apps, the change against the previous window, one row per app, the daily series across apps and the strongest insights of all apps.
         * @description The organization's executive view over the window (`days`, default 30, or `from`/`to`): totals across its apps, the change against the previous window, one row per app, the daily series across apps and the strongest insights of all apps.
         */
        get: operations["getOrgAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/analytics/reports/executive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The executive report of the organization across its apps.
         * @description The executive report of the organization across its apps.
         */
        get: operations["getOrgExecutiveReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listOrgApps"];
        put?: never;
        post: operations["createApp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's quotas and rate limits (any role of it) */
        get: operations["getOrgLimits"];
        /** Sets the organization's quotas and rate limits (platform admins) */
        put: operations["setOrgLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/realtime/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A single-use ticket for the console's live view of every app of an organization
         * @description The organization's tenant admins and platform admins; a viewer is 403, another organization 404. The stream (GET /v1/stream/events) carries the events of all the organization's apps, each with its app_id; the ticket opens no WebSocket and no metrics stream.
         */
        post: operations["createConsoleOrgRealtimeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/report-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReportRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/report-runs/{runId}/files/{fileName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file of a past run, as an attachment with its content type.
         * @description A file of a past run, as an attachment with its content type.
         */
        get: operations["getReportRunFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/report-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listReportSchedules"];
        put?: never;
        post: operations["createReportSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getReportSchedule"];
        put?: never;
        post?: never;
        delete: operations["deleteReportSchedule"];
        options?: never;
        head?: never;
        patch: operations["updateReportSchedule"];
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queues a run at once (period ending today); 202 with the run to poll.
         * @description Queues a run at once (period ending today); 202 with the run to poll.
         */
        post: operations["runReportSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/report-schedules/{scheduleId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The schedule's runs, newest first (`limit` 1--200, default 20).
         * @description The schedule's runs, newest first (`limit` 1--200, default 20).
         */
        get: operations["listReportRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/orgs/{orgId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the organization's apps hold and its LLM calls today (any role) */
        get: operations["getOrgUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disables a user: its sessions end at once and it cannot sign in until enabled.
         * @description Disables a user: its sessions end at once and it cannot sign in until enabled.
         */
        post: operations["disableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users/{userId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["enableUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets a password and ends the user's sessions.
         * @description Sets a password and ends the user's sessions. Your own needs `current_password` and answers with a fresh token for this session; another user's answers 204.
         */
        put: operations["changeUserPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Changes a user's role (and organization, for moves to or from platform admin); the user's sessions end so the new role takes effect at its next sign-in.
         * @description Changes a user's role (and organization, for moves to or from platform admin); the user's sessions end so the new role takes effect at its next sign-in.
         */
        put: operations["changeUserRole"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates or updates the profile of an agent for a caller; it lives `ttl_hours` (24 by default) from this write.
         * @description Creates or updates the profile of an agent for a caller; it lives `ttl_hours` (24 by default) from this write.
         */
        post: operations["openMemorySaveAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{agentId}/callers/{callerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile of an agent for a caller with the number of their memories; 404 once expired.
         * @description The profile of an agent for a caller with the number of their memories; 404 once expired.
         */
        get: operations["openMemoryGetCallerProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{agentId}/callers/{callerId}/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The memories of a caller with an agent: `limit` (default 50), `offset`, `sort_by` importance, created_at or relevance (without a query, relevance is importance), `order` asc or desc (default desc).
         * @description The memories of a caller with an agent: `limit` (default 50), `offset`, `sort_by` importance, created_at or relevance (without a query, relevance is importance), `order` asc or desc (default desc).
         */
        get: operations["openMemoryListCallerMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every active memory of the app (up to 100,000; the native NDJSON export has no bound).
         * @description Every active memory of the app (up to 100,000; the native NDJSON export has no bound).
         */
        get: operations["openMemoryExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["openMemoryHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports an export; every item is checked before anything is stored.
         * @description Imports an export; every item is checked before anything is stored.
         */
        post: operations["openMemoryImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stores one memory through the resolver.
         * @description Stores one memory through the resolver. A paraphrase of an existing memory reinforces it (`action: "reinforced"`, `deduplication.is_duplicate: true`, the existing `memory_id`); a contradiction supersedes the old memory (`action: "updated"`, the new `memory_id` and `superseded_memory_id`). `embedding` is accepted and ignored. 201 when a memory was created, 200 otherwise.
         */
        post: operations["openMemoryStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memories/{memoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Deletes a memory (its history stays in the event log).
         * @description Deletes a memory (its history stays in the event log).
         */
        delete: operations["openMemoryDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memories/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stores up to 1,000 memories in one request, resolved in order; all are checked first.
         * @description Stores up to 1,000 memories in one request, resolved in order; all are checked first.
         */
        post: operations["openMemoryStoreBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Semantic (hybrid) search over a caller's memories, of one agent when `agent_id` is given: @code filters.
         * @description Semantic (hybrid) search over a caller's memories, of one agent when `agent_id` is given: `filters.min_importance`, `filters.categories`, `filters.tags`, `filters.date_range` (creation time, start inclusive, end exclusive), `limit` (default 10) and `min_relevance` (0 to 1, on `relevance_score`).
         */
        post: operations["openMemorySearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The app's users with active memories among its newest
         *
         *     ```
         *     MemoryReader#MAX_PAGE
         *     ```
         *
         *     (listing across users needs the `admin` scope, as everywhere in Engram).
         * @description The app's users with active memories among its newest
         *
         *     ```
         *     MemoryReader#MAX_PAGE
         *     ```
         *
         *     (listing across users needs the `admin` scope, as everywhere in Engram).
         */
        get: operations["mem0ListEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/entities/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * The v1 path of the same deletion, as older clients call it.
         * @description The v1 path of the same deletion, as older clients call it.
         */
        delete: operations["mem0DeleteEntityV1"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/event/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An add's status and, once done, the memories it stored.
         * @description An add's status and, once done, the memories it stored.
         */
        get: operations["mem0GetEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Feedback on a memory: `POSITIVE` (useful), `NEGATIVE` (not useful), `VERY_NEGATIVE` (wrong); recorded as a learning event and added to the memory's feedback balance.
         * @description Feedback on a memory: `POSITIVE` (useful), `NEGATIVE` (not useful), `VERY_NEGATIVE` (wrong); recorded as a learning event and added to the memory's feedback balance.
         */
        post: operations["mem0SendFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * v1 list: `user_id` (required), `agent_id`, `run_id`; a bare list, or mem0's page with `page` and `page_size`.
         * @description v1 list: `user_id` (required), `agent_id`, `run_id`; a bare list, or mem0's page with `page` and `page_size`.
         */
        get: operations["mem0ListMemories"];
        put?: never;
        /**
         * v1 add (`messages`, `user_id`, `agent_id`, `run_id`, `metadata`, `infer`).
         * @description v1 add (`messages`, `user_id`, `agent_id`, `run_id`, `metadata`, `infer`). With inference the messages are queued for ingestion and the answer is mem0's asynchronous one (`[{message, status: "PENDING", event_id}]`), or with `async_mode:
         *     false` the memories extracted once ingestion is done; `infer: false` stores each message as it is and answers `[{id, memory, event: "ADD", ...}]`. `output_format: "v1.1"` wraps either list in `{results}`.
         */
        post: operations["mem0AddMemories"];
        /**
         * Deletes the memories of a user (`user_id` required), narrowed by `agent_id` and `run_id`: with the user alone, the user is erased (memories, events, relations).
         * @description Deletes the memories of a user (`user_id` required), narrowed by `agent_id` and `run_id`: with the user alone, the user is erased (memories, events, relations).
         */
        delete: operations["mem0DeleteMemories"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/memories/{memoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["mem0GetMemory"];
        /**
         * Update: `text` (re-embedded) and/or `metadata` (replaces it), `expiration_date`; answers the updated memory.
         * @description Update: `text` (re-embedded) and/or `metadata` (replaces it), `expiration_date`; answers the updated memory.
         */
        put: operations["mem0UpdateMemory"];
        post?: never;
        delete: operations["mem0DeleteMemory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/memories/{memoryId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The memory's changes, oldest first (`ADD`, `UPDATE`, `DELETE`, ...).
         * @description The memory's changes, oldest first (`ADD`, `UPDATE`, `DELETE`, ...).
         */
        get: operations["mem0GetMemoryHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v1 search: a bare list of hits (`results}` with @code output_format: "v1.
         * @description v1 search: a bare list of hits (`{results}` with `output_format: "v1.1"`).
         */
        post: operations["mem0SearchMemories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v1/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * `{status: "ok", org_id, project_id}`: the key's organization and app.
         * @description `{status: "ok", org_id, project_id}`: the key's organization and app.
         */
        get: operations["mem0Ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v2/entities/{entityType}/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erases a user (type `user`); other entity types have no memories of their own here.
         * @description Erases a user (type `user`); other entity types have no memories of their own here.
         */
        delete: operations["mem0DeleteEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v2/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v2 list (`filters`): a bare list, or mem0's page with `page` and `page_size`.
         * @description v2 list (`filters`): a bare list, or mem0's page with `page` and `page_size`.
         */
        post: operations["mem0ListMemoriesV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v2/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v2 search (`filters`): a bare list (`results}` with @code v1.
         * @description v2 search (`filters`): a bare list (`{results}` with `v1.1`).
         */
        post: operations["mem0SearchMemoriesV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v3/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v3 list (`filters`): always mem0's page `{count, next, previous, results}`.
         * @description v3 list (`filters`): always mem0's page `{count, next, previous, results}`.
         */
        post: operations["mem0ListMemoriesV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v3/memories/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v3 add: answered at once, `{message, status: "PENDING", event_id}` (the fast path's memories, `infer: false`, are stored by then); with `async_mode: false`, like v1, once the ingestion is done (`{results: [{id, memory, event: "ADD", ...}]}`), or still pending when it takes longer than the synchronous wait.
         * @description v3 add: answered at once, `{message, status: "PENDING", event_id}` (the fast path's memories, `infer: false`, are stored by then); with `async_mode: false`, like v1, once the ingestion is done (`{results: [{id, memory, event: "ADD", ...}]}`), or still pending when it takes longer than the synchronous wait.
         */
        post: operations["mem0AddMemoriesV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/mem0/v3/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * v3 search: @code results: \[.
         * @description v3 search: `{results: [...]}`.
         */
        post: operations["mem0SearchMemoriesV3"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memory/reinforce/{memoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Counts the memory as seen again (its reinforcement count rises, which raises its score).
         * @description Counts the memory as seen again (its reinforcement count rises, which raises its score).
         */
        post: operations["openMemoryReinforce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memory/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user's memories: by relevance to `query`, or the newest without one; `limit` (default 10) and `filter` (@code "metadata.
         * @description A user's memories: by relevance to `query`, or the newest without one; `limit` (default 10) and `filter` (`{"metadata.`": value}, equality on top-level metadata, scalar values only).
         */
        post: operations["openMemoryShortSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memory/store": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["openMemoryShortStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent-memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Saves text or messages as memories as they are: a text becomes one memory (semantic by default); a list becomes one memory per non-empty message (episodic by default), with the role in @code metadata.
         * @description Saves text or messages as memories as they are: a text becomes one memory (semantic by default); a list becomes one memory per non-empty message (episodic by default), with the role in `metadata.role` and provenance `{conversation_id: session_id, message_ids:
         *     [id]}` (ids default to `m1`, `m2`, ... by position). No resolution: duplicates are stored too. The whole request is checked before anything is stored. With `X-Engram-Tool` and no `agent_id`, the tool is the memories' agent.
         */
        post: operations["addAgentMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Realtime, today, trends, insights and top performers (seed 002's shape, snake_case).
         * @description Realtime, today, trends, insights and top performers (seed 002's shape, snake_case).
         */
        get: operations["getAnalyticsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Custom events: the body of a learning event with a custom `event_type`; those naming no `agent_id` are attributed to the `X-Engram-Tool` tool, if any.
         * @description Custom events: the body of a learning event with a custom `event_type`; those naming no `agent_id` are attributed to the `X-Engram-Tool` tool, if any.
         */
        post: operations["recordAnalyticsEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The raw history (learning or memory events) as csv, json or ndjson, streamed.
         * @description The raw history (learning or memory events) as csv, json or ndjson, streamed.
         */
        get: operations["exportAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Anomalies (robust z-score) and opportunities, strongest first.
         * @description Anomalies (robust z-score) and opportunities, strongest first.
         */
        get: operations["getAnalyticsInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/metrics/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every metric of the domain (`all`, `memory`, `retrieval` or a domain).
         * @description Every metric of the domain (`all`, `memory`, `retrieval` or a domain).
         */
        get: operations["getAnalyticsMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A typed query: `metrics` (names of /v1/analytics/metrics), `group_by` (day, source, kind, domain, agent, engine), `filters` (the same keys, lists of values), and a window (`days` or `from`/`to`).
         * @description A typed query: `metrics` (names of /v1/analytics/metrics), `group_by` (day, source, kind, domain, agent, engine), `filters` (the same keys, lists of values), and a window (`days` or `from`/`to`). Compiled to parameterized SQL over the rollups.
         */
        post: operations["queryAnalytics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/realtime": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last hour's activity and current rate.
         * @description The last hour's activity and current rate.
         */
        get: operations["getRealtimeAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/reports/{type}/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report of the key's app: `type` performance, learning, business or executive (the executive report of the app; the organization-wide one is the console's and the schedules'), `format` json (default), csv, html or pdf, over `period` week, month or custom (`from`/`to` or `days`), compared with the period before.
         * @description A report of the key's app: `type` performance, learning, business or executive (the executive report of the app; the organization-wide one is the console's and the schedules'), `format` json (default), csv, html or pdf, over `period` week, month or custom (`from`/`to` or `days`), compared with the period before.
         */
        get: operations["getAnalyticsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrieves the user's best memories for the question and answers from them.
         * @description Retrieves the user's best memories for the question and answers from them.
         */
        post: operations["answerQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queues a conversation of one user for extraction and resolution.
         * @description Queues a conversation of one user for extraction and resolution. The conversation is stored with its task before the answer, so it survives a crash; poll `GET /v1/tasks/{id}`. With `X-Engram-Tool` and no `agent_id`, the tool is the conversation's agent.
         */
        post: operations["addConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams every memory of the app (all users, all statuses) with its events and relations.
         * @description Streams every memory of the app (all users, all statuses) with its events and relations.
         */
        get: operations["exportMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reads lines as written by the export; memories already present are skipped.
         * @description Reads lines as written by the export; memories already present are skipped. Each line is checked like a write through the API; bad lines are reported and the others imported. The body is read whole, so a body over `micronaut.server.max-request-size` is refused with 413 before it is read.
         */
        post: operations["importMemories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records one learning event (an object), or a batch (a JSON array or @code "events": \[.
         * @description Records one learning event (an object), or a batch (a JSON array or `{"events": [...]}`, up to `engram.analytics.max-batch`); all or none. Keys in snake_case or seed 002's camelCase. With `X-Engram-Tool`, events that name no `agent_id` are the tool's.
         */
        post: operations["recordLearningEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Feedback on a memory, a search result or an agent's output: `verdict` useful / not_useful / wrong, or `rating` 1--5, or `correct`; optionally `memory_id`, `query`, `domain` (default `retrieval`).
         * @description Feedback on a memory, a search result or an agent's output: `verdict` useful / not_useful / wrong, or `rating` 1--5, or `correct`; optionally `memory_id`, `query`, `domain` (default `retrieval`).
         */
        post: operations["recordLearningFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A page of the raw history (newest first): learning events, or memory events.
         * @description A page of the raw history (newest first): learning events, or memory events.
         */
        post: operations["queryLearningHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/metrics/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Learning metrics of the domain.
         * @description Learning metrics of the domain.
         */
        get: operations["getLearningMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/patterns/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recurring combinations above the support threshold.
         * @description Recurring combinations above the support threshold.
         */
        get: operations["getLearningPatterns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/recommendations/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recommendations with the evidence they rest on.
         * @description Recommendations with the evidence they rest on.
         */
        get: operations["getLearningRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning/trends/{domain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A metric over time: buckets, moving average, change, forecast.
         * @description A metric over time: buckets, moving average, change, forecast.
         */
        get: operations["getLearningTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists memories with filters, paging and order.
         * @description Lists memories with filters, paging and order. `user_id` is required without admin.
         */
        get: operations["listMemories"];
        put?: never;
        /**
         * Stores one memory or a batch of up to 1,000 (embedded together).
         * @description Stores one memory or a batch of up to 1,000 (embedded together). With `resolve` (the default) each statement is first compared with the user's memories: a paraphrase reinforces, a contradiction supersedes, a retraction deletes. With `X-Engram-Tool`, memories that name no `agent_id` are stored with the tool as their agent (counted for the tool).
         */
        post: operations["createMemory"];
        /**
         * Erases a user: every memory, event and relation, from the store and the index.
         * @description Erases a user: every memory, event and relation, from the store and the index.
         */
        delete: operations["eraseUserMemories"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A memory in any status; counts as an access (raises its score in later searches).
         * @description A memory in any status; counts as an access (raises its score in later searches).
         */
        get: operations["getMemory"];
        put?: never;
        post?: never;
        /**
         * Marks the memory deleted; its history stays in the event log.
         * @description Marks the memory deleted; its history stays in the event log.
         */
        delete: operations["deleteMemory"];
        options?: never;
        head?: never;
        patch: operations["updateMemory"];
        trace?: never;
    };
    "/v1/memories/{id}/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The full chain from the original to the current memory, oldest first, whichever member is asked for: each version with status, content, validity and the event that made it.
         * @description The full chain from the original to the current memory, oldest first, whichever member is asked for: each version with status, content, validity and the event that made it.
         */
        get: operations["getMemoryChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listMemoryEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/{id}/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chain as a graph: `mermaid` (default, @code text/vnd.
         * @description The chain as a graph: `mermaid` (default, `text/vnd.mermaid`), `dot` (Graphviz, `text/vnd.graphviz`) or `html` (a self-contained page with an inline SVG; no script, nothing loaded from the network).
         */
        get: operations["getMemoryGraph"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRelatedMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createMemoryRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What happened to the memory over its whole chain: the current state, counts (versions, reinforcements, updates, deletes) and a timeline of every event with time, actor, engine and reason, as `markdown` (default), `text` or `json`.
         * @description What happened to the memory over its whole chain: the current state, counts (versions, reinforcements, updates, deletes) and a timeline of every event with time, actor, engine and reason, as `markdown` (default), `text` or `json`.
         */
        get: operations["getMemoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memories/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The best memories for a query, each with relevance, composite score and its components.
         * @description The best memories for a query, each with relevance, composite score and its components.
         */
        post: operations["searchMemories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMetricAggregates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["compareMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCurrentMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMetricHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/metrics/tool/{toolId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getToolMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["saveProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{agentId}/callers/{callerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The profile, with its caller's memory count with the agent; 404 when absent or expired.
         * @description The profile, with its caller's memory count with the agent; 404 when absent or expired.
         */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/realtime/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A single-use ticket for one realtime connection
         * @description Short-lived (engram.realtime.ticket-ttl, 60 s) and single-use; the connection it opens has the calling key's app and scopes, and closes when the key is revoked.
         */
        post: operations["createRealtimeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appends one message (`role`, `content`) or several (`messages`) to the session's durable buffer.
         * @description Appends one message (`role`, `content`) or several (`messages`) to the session's durable buffer. At `engram.batcher.max-messages` buffered messages, or after `engram.batcher.idle-timeout` without a message, the buffer becomes a conversation task.
         */
        post: operations["appendSessionMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/summaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The short summary (200), or 202 with a task id when a callback URL is given.
         * @description The short summary (200), or 202 with a task id when a callback URL is given.
         */
        post: operations["summarizeConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status, counts (added, updated, reinforced, deleted, skipped), errors and attempts.
         * @description Status, counts (added, updated, reinforced, deleted, skipped), errors and attempts.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getToolSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-sessions/{sessionId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["endToolSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-sessions/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listActiveToolSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-sessions/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["startToolSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tools/{toolId}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getToolConfig"];
        put: operations["setToolConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{user_id}/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entities the user's active memories name, the most often named first, each with how many memories name it; `kind` keeps one kind (`person`, `place`, `organization`, `product`, `date`); `limit` 1 to 1000 (default 100).
         * @description The entities the user's active memories name, the most often named first, each with how many memories name it; `kind` keeps one kind (`person`, `place`, `organization`, `product`, `date`); `limit` 1 to 1000 (default 100).
         */
        get: operations["listUserEntities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{user_id}/entities/{entity}/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The user's active memories that name the entity, newest first: `entity` is a key from the list above or a name as written ("New York"); `limit` 1 to 1000 (default 100).
         * @description The user's active memories that name the entity, newest first: `entity` is a key from the list above or a name as written ("New York"); `limit` 1 to 1000 (default 100).
         */
        get: operations["listEntityMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["whoAmI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/elevenlabs/{appId}/client-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation initiation: the caller's summary as dynamic variables and, when Engram knows the caller, a first message: written by the LLM from their top memories when one is configured (@code dynamic_variables.
         * @description Conversation initiation: the caller's summary as dynamic variables and, when Engram knows the caller, a first message: written by the LLM from their top memories when one is configured (`dynamic_variables.first_message_source = "llm"`), otherwise (or when it fails) the app's template filled with them (`"template"`, or `"template (llm fallback: ...)"`).
         */
        post: operations["elevenLabsClientData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/elevenlabs/{appId}/post-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post-call: a transcript is queued for conversation ingestion (one task per chunk of at most @code engram.
         * @description Post-call: a transcript is queued for conversation ingestion (one task per chunk of at most `engram.ingest.max-messages` turns; provenance = conversation id + turn index) and answered at once; the same conversation delivered twice is ingested once. Audio and initiation failures are acknowledged and stored nowhere.
         */
        post: operations["elevenLabsPostCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/elevenlabs/{appId}/search-memory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The `search_memory` server tool: the agent's memories of the caller first; all agents of the app when `search_all_agents` is true or nothing relevant is found.
         * @description The `search_memory` server tool: the agent's memories of the caller first; all agents of the app when `search_all_agents` is true or nothing relevant is found. One search of the caller's memories (the best 25, relevance at least 0.3) serves both. Only the memories answered (at most 5) are counted as accessed, not the 25 the answer is chosen from.
         */
        post: operations["elevenLabsSearchMemory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessRefreshToken: {
            access_token: string;
            /** Format: int32 */
            expires_in?: number | null;
            refresh_token?: string | null;
            token_type: string;
        };
        /** @description The request: `messages` is either one text or a list of `{role, content, id?}` (roles user, assistant, system, tool). Unknown fields are rejected. */
        "AgentMemoryController.AgentMemoryBody": {
            agent_id?: string | null;
            category?: string | null;
            /** Format: int32 */
            importance?: number | null;
            /** @description a text, or a list of {role, content, id?} */
            messages?: Record<string, never> | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            session_id?: string | null;
            tags?: string[] | null;
            type?: string | null;
            user_id?: string | null;
        };
        /** @description The new memories. */
        "AgentMemoryController.Saved": {
            /** @description their ids, in message order */
            ids: string[];
            /** @description the memories */
            memories: components["schemas"]["MemoryViews.MemoryView"][];
        };
        /** @description The open tool sessions */
        "AnalyticsSchemas.ActiveSessions": {
            sessions: components["schemas"]["AnalyticsSchemas.ToolSession"][];
        };
        /** @description What a tool session did */
        "AnalyticsSchemas.Activity": {
            /**
             * Format: double
             * @description share of those marked correct; null without feedback
             */
            accuracy?: number | null;
            /**
             * Format: int64
             * @description learning events with a correct/incorrect verdict
             */
            feedback?: number;
            /** Format: int64 */
            learning_events: number;
            /** Format: double */
            mean_confidence?: number | null;
            /** Format: double */
            mean_rating?: number | null;
            /** @description memory events by change type */
            memory_events?: {
                [key: string]: number;
            };
        };
        /** @description Totals over the last hours */
        "AnalyticsSchemas.Aggregates": {
            by_kind: {
                [key: string]: number;
            };
            /** Format: int64 */
            events: number;
            /** Format: double */
            events_per_hour: number;
            /** Format: int32 */
            hours: number;
        };
        /** @description Several tools side by side */
        "AnalyticsSchemas.Comparison": {
            /** Format: int32 */
            hours: number;
            /** @description by tool id */
            tools?: {
                [key: string]: components["schemas"]["AnalyticsSchemas.ToolMetrics"];
            };
        };
        /** @description This hour's activity of the app and its open tool sessions */
        "AnalyticsSchemas.CurrentMetrics": {
            /** Format: int64 */
            active_agents_today: number;
            /** Format: int64 */
            active_sessions: number;
            at: string;
            by_source: {
                [key: string]: number;
            };
            /** Format: double */
            events_per_second: number;
            /** Format: int64 */
            events_previous_hour: number;
            /** Format: int64 */
            events_this_hour: number;
            hour: string;
        };
        /** @description A metric's daily points */
        "AnalyticsSchemas.DailyTrend": {
            metric: string;
            points: components["schemas"]["AnalyticsSchemas.TrendPoint"][];
        };
        /** @description The dashboard: realtime, today, trends, insights, top performers */
        "AnalyticsSchemas.Dashboard": {
            domain: string;
            insights: components["schemas"]["AnalyticsSchemas.Insight"][];
            realtime: components["schemas"]["AnalyticsSchemas.Realtime"];
            today: components["schemas"]["AnalyticsSchemas.Today"];
            top_performers: components["schemas"]["AnalyticsSchemas.TopPerformers"];
            trends: components["schemas"]["AnalyticsSchemas.DailyTrend"][];
        };
        /** @description The domains an app has events in */
        "AnalyticsSchemas.Domains": {
            domains: string[];
        };
        /** @description How the output was judged */
        "AnalyticsSchemas.EventFeedback": {
            comment?: string | null;
            correct?: boolean | null;
            corrected_output?: Record<string, never> | null;
            /** Format: int32 */
            rating?: number | null;
        };
        /** @description What the event changed */
        "AnalyticsSchemas.EventImpact": {
            affected_models?: string[] | null;
            model_updated?: boolean | null;
            /** Format: double */
            performance_change?: number | null;
        };
        /** @description What the model produced */
        "AnalyticsSchemas.EventOutput": {
            /** Format: double */
            confidence?: number | null;
            prediction?: Record<string, never> | null;
        };
        /** @description One exported row: a learning event (id, event_type, … and the event as sent) or, with source=memory, a memory event (event_id, change, …) */
        "AnalyticsSchemas.ExportedEvent": {
            actor?: string | null;
            agent_id?: string | null;
            at?: string | null;
            category?: string | null;
            change?: string | null;
            domain?: string | null;
            engine?: string | null;
            event?: {
                [key: string]: Record<string, never>;
            } | null;
            event_id?: string | null;
            event_type?: string | null;
            id?: string | null;
            memory_id?: string | null;
            occurred_at?: string | null;
            service_id?: string | null;
            session_id?: string | null;
            user_id?: string | null;
        };
        /** @description Feedback on a memory or a search result (a verdict and/or a rating) */
        "AnalyticsSchemas.FeedbackBody": {
            agent_id?: string | null;
            comment?: string | null;
            correct?: boolean | null;
            domain?: string | null;
            memory_id?: string | null;
            query?: string | null;
            /**
             * Format: int32
             * @description 1 to 5
             */
            rating?: number | null;
            search_id?: string | null;
            session_id?: string | null;
            timestamp?: string | null;
            user_id?: string | null;
            /** @description useful, not_useful or wrong */
            verdict?: string | null;
        };
        /** @description The next buckets foreseen, with the method and its back-tested error */
        "AnalyticsSchemas.Forecast": {
            /** Format: double */
            backtest_mae?: number | null;
            method: string;
            next: number[];
        };
        /** @description A page of learning or memory events, as recorded */
        "AnalyticsSchemas.HistoryPage": {
            events: {
                [key: string]: Record<string, never>;
            }[];
            from: string;
            /** Format: int32 */
            next_offset?: number | null;
            /** @description learning or memory */
            source?: string;
            to: string;
        };
        /** @description Which events to page through */
        "AnalyticsSchemas.HistoryQuery": {
            agents?: string[] | null;
            /** Format: int32 */
            days?: number | null;
            domains?: string[] | null;
            event_types?: string[] | null;
            from?: string | null;
            /** Format: int32 */
            limit?: number | null;
            /** Format: int32 */
            offset?: number | null;
            /** @description learning (default) or memory */
            source?: string | null;
            to?: string | null;
            users?: string[] | null;
        };
        /** @description Events per hour and source */
        "AnalyticsSchemas.HourPoint": {
            events: {
                [key: string]: number;
            };
            hour: string;
        };
        /** @description An anomaly or an opportunity found in the metrics */
        "AnalyticsSchemas.Insight": {
            app_id?: string | null;
            app_name?: string | null;
            direction?: string | null;
            domain: string;
            /** Format: double */
            expected?: number | null;
            message: string;
            metric: string;
            /** Format: double */
            robust_z?: number | null;
            /** Format: double */
            score: number;
            since?: string | null;
            /** @description anomaly or opportunity */
            type?: string;
            /** Format: double */
            value?: number | null;
        };
        /** @description The insights of a period */
        "AnalyticsSchemas.Insights": {
            domain: string;
            from: string;
            insights: components["schemas"]["AnalyticsSchemas.Insight"][];
            /** Format: double */
            threshold: number;
            to: string;
        };
        /** @description A learning event (seed 002): snake_case or seed 002's camelCase; up to engram.analytics.max-batch per request as an array or {"events": […]} */
        "AnalyticsSchemas.LearningEventBody": {
            agent_id?: string | null;
            domain?: string | null;
            /** @description training, feedback, correction, adaptation or a custom type */
            event_type?: string;
            feedback?: components["schemas"]["AnalyticsSchemas.EventFeedback"] | null;
            impact?: components["schemas"]["AnalyticsSchemas.EventImpact"] | null;
            /** Format: int32 */
            importance?: number | null;
            input?: {
                [key: string]: Record<string, never>;
            } | null;
            memory_id?: string | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            output?: components["schemas"]["AnalyticsSchemas.EventOutput"] | null;
            service_id?: string | null;
            session_id?: string | null;
            /** @description ISO-8601; default now */
            timestamp?: string | null;
            user_id?: string | null;
        };
        /** @description The metrics of a domain (or all) over a period */
        "AnalyticsSchemas.Metrics": {
            /** Format: int32 */
            days: number;
            domain: string;
            from: string;
            /** @description events, feedback, accuracy, mean confidence and rating, learning rate */
            learning?: {
                [key: string]: Record<string, never>;
            };
            /** @description facts learned and corrected, contradiction rate, … */
            memory?: {
                [key: string]: Record<string, never>;
            };
            retrieval: components["schemas"]["AnalyticsSchemas.Retrieval"];
            to: string;
            /** @description active users, users, memories, memories per user */
            users?: {
                [key: string]: Record<string, never>;
            };
        };
        /** @description Events per hour over the last hours */
        "AnalyticsSchemas.MetricsHistory": {
            /** Format: int32 */
            hours: number;
            points: components["schemas"]["AnalyticsSchemas.HourPoint"][];
        };
        /** @description An organization's analytics across its apps */
        "AnalyticsSchemas.OrgAnalytics": {
            apps: {
                [key: string]: Record<string, never>;
            }[];
            change: {
                [key: string]: number;
            };
            daily: {
                [key: string]: Record<string, never>;
            }[];
            /** Format: int32 */
            days: number;
            from: string;
            insights: components["schemas"]["AnalyticsSchemas.Insight"][];
            name: string;
            org_id: string;
            to: string;
            totals: {
                [key: string]: number;
            };
        };
        /** @description Frequent combinations of event attributes */
        "AnalyticsSchemas.Patterns": {
            domain: string;
            /** Format: double */
            min_support: number;
            patterns: {
                [key: string]: Record<string, never>;
            }[];
        };
        /** @description An agent or a domain ranked by its events */
        "AnalyticsSchemas.Performer": {
            /** Format: double */
            accuracy?: number | null;
            agent_id?: string | null;
            domain?: string | null;
            /** Format: int64 */
            events: number;
            /** Format: int64 */
            feedback: number;
            /** Format: double */
            mean_rating?: number | null;
        };
        /** @description A tool's new configuration */
        "AnalyticsSchemas.PutConfig": {
            config: {
                [key: string]: Record<string, never>;
            };
        };
        /** @description An analytics query: metrics grouped and filtered over a period */
        "AnalyticsSchemas.Query": {
            bucket?: string | null;
            /** Format: int32 */
            days?: number | null;
            filters?: {
                [key: string]: string[];
            } | null;
            from?: string | null;
            group_by?: string[] | null;
            metrics: string[];
            to?: string | null;
        };
        /** @description The rows of an analytics query, one per group */
        "AnalyticsSchemas.QueryResult": {
            group_by: string[];
            metrics: string[];
            rows: {
                [key: string]: Record<string, never>;
            }[];
        };
        /** @description This hour's activity */
        "AnalyticsSchemas.Realtime": {
            /** Format: int64 */
            active_agents_today: number;
            at: string;
            by_source: {
                [key: string]: number;
            };
            /** Format: double */
            events_per_second: number;
            /** Format: int64 */
            events_previous_hour: number;
            /** Format: int64 */
            events_this_hour: number;
            hour: string;
        };
        /** @description What to do next, from the metrics and insights */
        "AnalyticsSchemas.Recommendations": {
            domain: string;
            recommendations: {
                [key: string]: Record<string, never>;
            }[];
        };
        /** @description A report: its period, the period before, and its sections */
        "AnalyticsSchemas.Report": {
            /** Format: int32 */
            days: number;
            domain: string;
            from: string;
            previous_from: string;
            previous_to: string;
            scope: string;
            /** @description by section: heading, figures (label, value, previous, change, unit), tables, charts and notes */
            sections?: {
                [key: string]: Record<string, never>;
            };
            title: string;
            to: string;
            /** @description performance, learning, business or executive */
            type?: string;
        };
        /** @description Search figures of a period */
        "AnalyticsSchemas.Retrieval": {
            /** Format: double */
            hit_rate?: number | null;
            /** Format: double */
            search_p50_ms?: number | null;
            /** Format: double */
            search_p95_ms?: number | null;
            /** Format: int64 */
            searches: number;
        };
        /** @description Start a tool session */
        "AnalyticsSchemas.StartSession": {
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            tool_id: string;
            user_id?: string | null;
        };
        /** @description Today's figures by group */
        "AnalyticsSchemas.Today": {
            ai_performance: {
                [key: string]: number;
            };
            business_impact: {
                [key: string]: number;
            };
            memory: {
                [key: string]: number;
            };
            retrieval: {
                [key: string]: number;
            };
        };
        /** @description A tool's configuration and its version */
        "AnalyticsSchemas.ToolConfig": {
            config: {
                [key: string]: Record<string, never>;
            };
            tool_id: string;
            updated_at?: string | null;
            /** Format: int32 */
            version: number;
        };
        /** @description One tool's figures over the last hours */
        "AnalyticsSchemas.ToolMetrics": {
            /** Format: double */
            accuracy?: number | null;
            /** Format: int64 */
            active_sessions: number;
            /** Format: int64 */
            feedback: number;
            /** Format: int32 */
            hours: number;
            /** Format: int64 */
            learning_events: number;
            /** Format: double */
            mean_confidence?: number | null;
            /** Format: double */
            mean_rating?: number | null;
            memory_events: {
                [key: string]: number;
            };
            /** Format: int64 */
            search_hits: number;
            /** Format: int64 */
            searches: number;
            tool_id: string;
        };
        /** @description A tool session (seed 000) */
        "AnalyticsSchemas.ToolSession": {
            activity: components["schemas"]["AnalyticsSchemas.Activity"];
            /** Format: double */
            duration_s: number;
            ended_at?: string | null;
            metadata: {
                [key: string]: Record<string, never>;
            };
            session_id: string;
            started_at: string;
            /** @description active or ended */
            status?: string;
            tool_id: string;
            user_id?: string | null;
        };
        /** @description The best agents and domains of the period */
        "AnalyticsSchemas.TopPerformers": {
            agents: components["schemas"]["AnalyticsSchemas.Performer"][];
            domains: components["schemas"]["AnalyticsSchemas.Performer"][];
        };
        /** @description A metric over time: points, the last two periods and their change */
        "AnalyticsSchemas.Trend": {
            bucket?: string | null;
            /** Format: double */
            change?: number | null;
            /** Format: double */
            current?: number | null;
            forecast?: components["schemas"]["AnalyticsSchemas.Forecast"] | null;
            formula?: string | null;
            metric: string;
            points: components["schemas"]["AnalyticsSchemas.TrendPoint"][];
            /** Format: double */
            previous?: number | null;
        };
        /** @description A period of one metric */
        "AnalyticsSchemas.TrendPoint": {
            /** Format: double */
            moving_average?: number | null;
            /** @description start of the bucket (ISO-8601 date or time) */
            start?: string;
            /** Format: double */
            value?: number | null;
        };
        /** @description A question about one user. */
        "AnswerController.AnswerBody": {
            /**
             * Format: int32
             * @description how many memories to retrieve (1 to 50, default 5)
             */
            n?: number | null;
            /** @description the question */
            query?: string | null;
            /** @description only memories of this session, if given */
            session_id?: string | null;
            /**
             * Format: double
             * @description lowest cosine similarity of a memory to count (0 to 1)
             */
            threshold?: number | null;
            /** @description whose memories answer it */
            user_id?: string | null;
        };
        /** @description The answer. */
        "AnswerController.AnswerResponse": {
            /** @description the answer text; absent without an LLM */
            answer?: string | null;
            /** @description the memories the answer rests on */
            cited_ids: string[];
            /** @description `llm` or `rules` */
            engine: string;
            /** @description the retrieved memories, as search returns them */
            memories: components["schemas"]["MemoryViews.HitView"][];
            /** @description why there is no answer text, when there is none */
            note?: string | null;
        };
        /**
         * @description The one error shape of Engram's APIs: `{"error": {status, code, message, field,
         *     request_id}}`.
         */
        ApiError: {
            /** @description a stable machine-readable code, e.g. `invalid_field`, `api_key_revoked` */
            code: string;
            /** @description the request field at fault, when one is */
            field?: string | null;
            /** @description what went wrong and, for the caller's mistakes, what to fix */
            message: string;
            /** @description the request id, also in the `X-Request-Id` response header */
            request_id?: string | null;
            /**
             * Format: int32
             * @description the HTTP status, repeated for clients that only see the body
             */
            status: number;
        };
        /** @description The envelope the error is sent in. */
        "ApiError.Body": {
            error: components["schemas"]["ApiError"];
        };
        /** @description One audited action (see the audit log section of the README for the fields). */
        "AuditController.AuditEventView": {
            action: string;
            actor: string;
            actor_type: string;
            address?: string | null;
            /** Format: date-time */
            at: string;
            id: string;
            org_id?: string | null;
            outcome: string;
            request_id?: string | null;
            /** Format: int32 */
            status: number;
            target_id?: string | null;
            target_type?: string | null;
        };
        /** @description A page of the audit log. */
        "AuditController.AuditPage": {
            /** @description newest first */
            events: components["schemas"]["AuditController.AuditEventView"][];
            /** @description pass as `cursor` for the next page; absent on the last page */
            next?: string | null;
        };
        /** @description The sign-in methods. */
        "AuthConfigController.AuthConfig": {
            /** @description whether username/password sign-in at `POST /admin/v1/login` is on */
            built_in: boolean;
            oidc?: components["schemas"]["AuthConfigController.Oidc"] | null;
            /** @description why a configured provider is not offered (its discovery document could not be read) */
            oidc_error?: string | null;
        };
        /** @description What a browser needs for the authorization code flow with PKCE (S256). */
        "AuthConfigController.Oidc": {
            authorization_endpoint: string;
            client_id: string;
            end_session_endpoint?: string | null;
            issuer: string;
            scope: string;
            token_endpoint: string;
        };
        BearerAccessRefreshToken: components["schemas"]["AccessRefreshToken"] & {
            roles?: string[] | null;
            username: string;
        };
        /** @description The app's numbers. */
        "ConsoleAppDataController.AppStats": {
            /**
             * Format: int32
             * @description API keys neither revoked nor expired
             */
            active_keys: number;
            /**
             * Format: int64
             * @description memories marked deleted
             */
            deleted: number;
            /**
             * Format: int64
             * @description active memories
             */
            memories: number;
            /**
             * Format: int64
             * @description memories replaced by a newer version
             */
            superseded: number;
            /**
             * Format: int32
             * @description background tasks ever created
             */
            tasks: number;
            /**
             * Format: int32
             * @description distinct users among the latest memories (up to 1,000 looked at)
             */
            users: number;
        };
        /** @description Users with memories in the app, by id prefix. */
        "ConsoleAppDataController.MemoryUsers": {
            truncated: boolean;
            users: string[];
        };
        "ConsoleHealthController.HealthView": {
            /** @description per component: its status and details (platform admins only) */
            details?: Record<string, never> | null;
            /** @description UP, DOWN or UNKNOWN */
            status: string;
            /** @description the Engram version this server was built from */
            version: string;
        };
        /** @description A ticket for the console. */
        "ConsoleTicketController.ConsoleTicketView": {
            /** @description when it stops working unused */
            expires_at: string;
            /**
             * Format: int64
             * @description seconds until then
             */
            expires_in: number;
            /** @description the gateway's SSE URL of the app's events, as browsers reach it */
            stream_url: string;
            /** @description pass it as `?ticket=` to the stream URL; it opens one connection */
            ticket: string;
        };
        /** @description An app. `searchIndex` is `ready` when its memories can be searched, `building` while a remote search service (MongoDB Atlas) is still building the app's indexes --- searches find nothing until then --- with the indexes' states in `searchIndexDetail`. */
        "ConsoleViews.AppView": {
            /** Format: date-time */
            created_at: string;
            description?: string | null;
            id: string;
            name: string;
            org_id: string;
            /** @enum {string} */
            search_index?: "ready" | "building";
            search_index_detail?: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        "ConsoleViews.ChangePassword": {
            current_password?: string | null;
            password: string;
        };
        /** @description A new role; `org_id` moves the user between organizations or to/from platform admin. */
        "ConsoleViews.ChangeRole": {
            org_id?: string | null;
            role?: string | null;
        };
        "ConsoleViews.CreateApp": {
            description?: string | null;
            name: string;
        };
        "ConsoleViews.CreateKey": {
            /** Format: date-time */
            expires_at?: string | null;
            name: string;
            scopes?: string[] | null;
        };
        "ConsoleViews.CreateOrg": {
            name: string;
        };
        "ConsoleViews.CreateUser": {
            org_id?: string | null;
            password: string;
            role: string;
            username: string;
        };
        /** @description A new key: `key` holds the secret, shown this once. */
        "ConsoleViews.IssuedKeyView": {
            api_key: components["schemas"]["ConsoleViews.KeyView"];
            key: string;
            notice: string;
        };
        "ConsoleViews.KeyView": {
            app_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at?: string | null;
            id: string;
            /** Format: date-time */
            last_used_at?: string | null;
            name: string;
            prefix: string;
            /** Format: date-time */
            revoked_at?: string | null;
            scopes: string[];
            status: string;
        };
        "ConsoleViews.Me": {
            org_id?: string | null;
            role: string;
            username: string;
        };
        "ConsoleViews.OrgView": {
            /** Format: date-time */
            created_at: string;
            id: string;
            name: string;
            /** Format: date-time */
            updated_at: string;
        };
        "ConsoleViews.UpdateApp": {
            description?: string | null;
            name?: string | null;
        };
        "ConsoleViews.UpdateOrg": {
            name: string;
        };
        "ConsoleViews.UserView": {
            /** Format: date-time */
            created_at: string;
            disabled: boolean;
            id: string;
            org_id?: string | null;
            role: string;
            username: string;
        };
        /** @description The settings; `webhook_secret` is required (16 to 512 characters). */
        "ElevenLabsAdminController.SettingsBody": {
            default_agent_id?: string | null;
            first_message_template?: string | null;
            webhook_secret?: string | null;
        };
        /** @description The settings as shown: never the secret. */
        "ElevenLabsAdminController.SettingsView": {
            app_id: string;
            default_agent_id?: string | null;
            first_message_template: string;
            /** Format: date-time */
            updated_at: string;
            webhook_secret_set: boolean;
            /** @description where to point ElevenLabs, relative to Engram's address */
            webhook_urls: {
                [key: string]: string;
            };
        };
        /** @description ElevenLabs' conversation initiation data for a caller */
        "ElevenLabsSchemas.ClientData": {
            /** @description {agent: {first_message}} when the app has a first message */
            conversation_config_override?: {
                [key: string]: Record<string, never>;
            } | null;
            dynamic_variables: components["schemas"]["ElevenLabsSchemas.DynamicVariables"];
            /** @description conversation_initiation_client_data */
            type?: string;
        };
        /** @description The variables the agent's prompt and first message can use */
        "ElevenLabsSchemas.DynamicVariables": {
            agent_id?: string | null;
            caller_id: string;
            caller_summary: string;
            /** @description llm, template or template (llm fallback: …) */
            first_message_source?: string | null;
            /** Format: int64 */
            memory_count: number;
            returning_caller: boolean;
        };
        /** @description A memory of the caller found for the agent's tool call */
        "ElevenLabsSchemas.Found": {
            agent_id?: string | null;
            conversation_id?: string | null;
            memory: string;
            /** Format: double */
            relevance: number;
            timestamp: string;
        };
        /** @description What happened to the post-call transcript */
        "ElevenLabsSchemas.PostCall": {
            conversation_id?: string | null;
            /** @description accepted, duplicate or ignored */
            status?: string;
            /** @description the ingestion tasks, when accepted */
            task_ids?: string[] | null;
            /** @description the webhook type, when ignored */
            type?: string | null;
        };
        /** @description The caller's memories that match the tool call's query */
        "ElevenLabsSchemas.SearchResult": {
            results: components["schemas"]["ElevenLabsSchemas.Found"][];
            searched_agents: string[];
            summary: string;
        };
        /** @description The entities of a user. */
        "EntityController.EntitiesView": {
            entities: components["schemas"]["EntityController.EntityView"][];
            user_id: string;
        };
        /** @description The memories that name an entity. */
        "EntityController.EntityMemoriesView": {
            entity: string;
            memories: components["schemas"]["MemoryViews.MemoryView"][];
            user_id: string;
        };
        /** @description An entity and how many of the user's active memories name it. */
        "EntityController.EntityView": {
            key: string;
            kind: string;
            /** Format: int64 */
            memories: number;
            name: string;
        };
        /** @description The evolution chain through a memory. */
        "EvolutionViews.ChainView": {
            /** @description the newest version */
            current_id: string;
            /**
             * Format: int32
             * @description number of versions
             */
            length: number;
            /** @description the memory asked for */
            memory_id: string;
            /** @description the version before the oldest one here, removed by retention; null when the chain starts at its original */
            pruned_previous_id?: string | null;
            /** @description the chain was longer than 1,000 versions or looped, and was cut */
            truncated: boolean;
            /** @description oldest first */
            versions: components["schemas"]["EvolutionViews.VersionView"][];
        };
        "EvolutionViews.CountsView": {
            /** Format: int32 */
            deletes: number;
            /** Format: int32 */
            events: number;
            /** Format: int32 */
            reinforcements: number;
            /** Format: int32 */
            skips: number;
            /** Format: int32 */
            updates: number;
            /** Format: int32 */
            versions: number;
        };
        "EvolutionViews.EntryView": {
            actor: string;
            /** Format: date-time */
            at: string;
            engine?: string | null;
            memory_id: string;
            reason?: string | null;
            type: string;
            /** Format: int32 */
            version: number;
        };
        /** @description The event that created a version. */
        "EvolutionViews.MadeByView": {
            /** @description ADD, UPDATE (a superseding write or an edit) or IMPORT */
            action: string;
            /** @description who wrote it */
            actor: string;
            /**
             * Format: date-time
             * @description when
             */
            at: string;
            /** @description the engine that decided (`rules`, `llm`), for resolved writes */
            engine?: string | null;
            /** @description why, when recorded */
            reason?: string | null;
        };
        /** @description The evolution report as JSON. */
        "EvolutionViews.ReportView": {
            counts: components["schemas"]["EvolutionViews.CountsView"];
            current: components["schemas"]["MemoryViews.MemoryView"];
            /** @description the memory asked for */
            memory_id: string;
            /** @description the version before the oldest one here, removed by retention; null when the chain starts at its original */
            pruned_previous_id?: string | null;
            /** @description every event of every version, oldest first */
            timeline: components["schemas"]["EvolutionViews.EntryView"][];
            /** @description the chain was cut */
            truncated: boolean;
            /** @description the chain, oldest first */
            versions: components["schemas"]["EvolutionViews.VersionView"][];
        };
        /** @description One version of a chain. */
        "EvolutionViews.VersionView": {
            content: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            made_by?: components["schemas"]["EvolutionViews.MadeByView"] | null;
            next_id?: string | null;
            /** Format: int32 */
            position: number;
            previous_id?: string | null;
            /** Format: int32 */
            reinforcement_count: number;
            status: string;
            /** Format: date-time */
            valid_from?: string | null;
            /** Format: date-time */
            valid_to?: string | null;
            /** Format: int64 */
            version: number;
        };
        "IngestBodies.Buffered": {
            /** Format: int32 */
            buffered: number;
            flushed_task_id?: string | null;
        };
        /** @description A conversation of one user. `partial` accepts fewer messages than `engram.ingest.max-messages`. */
        "IngestBodies.ConversationBody": {
            agent_id?: string | null;
            messages?: components["schemas"]["IngestBodies.MessageBody"][] | null;
            partial?: boolean | null;
            session_id?: string | null;
            user_id?: string | null;
        };
        "IngestBodies.CountsView": {
            /** Format: int32 */
            added: number;
            /** Format: int32 */
            deleted: number;
            /** Format: int32 */
            reinforced: number;
            /** Format: int32 */
            skipped: number;
            /** Format: int32 */
            updated: number;
        };
        /** @description One message: `role` is user, assistant, system or tool; `name` is the speaker's name (optional, at most 100 characters: letters, digits, and spaces, apostrophes, periods or hyphens between words), which extraction writes instead of "User". */
        "IngestBodies.MessageBody": {
            content?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            id?: string | null;
            name?: string | null;
            role?: string | null;
        };
        "IngestBodies.Queued": {
            status: string;
            task_id: string;
        };
        /** @description One message (`role`, `content`, `name`) or several in `messages`. */
        "IngestBodies.SessionMessagesBody": {
            content?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            id?: string | null;
            messages?: components["schemas"]["IngestBodies.MessageBody"][] | null;
            name?: string | null;
            role?: string | null;
            user_id?: string | null;
        };
        /** @description A task as callers see it. */
        "IngestBodies.TaskView": {
            /** Format: int32 */
            attempts: number;
            counts: components["schemas"]["IngestBodies.CountsView"];
            /** Format: date-time */
            created_at: string;
            errors: string[];
            /** Format: date-time */
            finished_at?: string | null;
            id: string;
            kind: string;
            /** @description what a finished task produced, for kinds that produce something: a summary callback's `{delivered, attempts, last_status, error}` */
            result?: {
                [key: string]: Record<string, never>;
            } | null;
            /** Format: date-time */
            started_at?: string | null;
            status: string;
        };
        /** @description What was recorded. */
        "LearningController.Recorded": {
            ids: string[];
            /** Format: int32 */
            recorded: number;
        };
        "LimitsController.AppUsageView": {
            app_id: string;
            /**
             * Format: int64
             * @description active memories
             */
            memories: number;
            /** Format: int64 */
            memories_per_app: number;
            name: string;
            /**
             * Format: int64
             * @description bytes of memory text of every stored version
             */
            storage_bytes: number;
            /** Format: int64 */
            storage_bytes_per_app: number;
        };
        "LimitsController.KeyLimitsBody": {
            /** Format: int32 */
            requests_per_second?: number | null;
        };
        "LimitsController.KeyLimitsView": {
            /**
             * Format: int32
             * @description the key's own setting (null: the default applies)
             */
            override?: number | null;
            /**
             * Format: int32
             * @description in force for the key
             */
            requests_per_second: number;
        };
        /** @description Limits; in a change, a null (or absent) field goes back to the configured default. */
        "LimitsController.LimitsBody": {
            /**
             * Format: int64
             * @description LLM calls the engines make for the organization's apps per UTC day
             */
            llm_calls_per_day?: number | null;
            /**
             * Format: int64
             * @description active memories each app may hold
             */
            memories_per_app?: number | null;
            /**
             * Format: int32
             * @description requests per second of all the organization's keys together (of one key, on a key)
             */
            requests_per_second?: number | null;
            /**
             * Format: int64
             * @description MiB of memory text each app may hold
             */
            storage_mb_per_app?: number | null;
        };
        "LimitsController.OrgLimitsView": {
            limits: components["schemas"]["LimitsController.LimitsBody"];
            overrides: components["schemas"]["LimitsController.LimitsBody"];
            /** @description where the token buckets live: `redis` (shared) or `in-process` */
            rate_limit_buckets: string;
        };
        "LimitsController.OrgUsageView": {
            apps: components["schemas"]["LimitsController.AppUsageView"][];
            /** Format: int64 */
            llm_calls_per_day: number;
            /**
             * Format: int64
             * @description LLM-using requests of the organization today (UTC)
             */
            llm_calls_today: number;
            org_id: string;
        };
        "LoginController.Credentials": {
            password?: string | null;
            username?: string | null;
        };
        /** @description The app's users with memories */
        Mem0Entities: {
            /** Format: int32 */
            count: number;
            next?: string | null;
            previous?: string | null;
            results: components["schemas"]["Mem0Entity"][];
        };
        /** @description A user with memories */
        Mem0Entity: {
            created_at: string;
            id: string;
            name: string;
            owner: string;
            /** Format: int32 */
            total_memories: number;
            /** @enum {string} */
            type?: "user";
            updated_at: string;
        };
        /** @description The feedback as recorded */
        Mem0Feedback: {
            /** @enum {string} */
            feedback?: "POSITIVE" | "NEGATIVE" | "VERY_NEGATIVE";
            feedback_reason?: string | null;
            id: string;
            memory_id: string;
        };
        /** @description One change of a memory */
        Mem0HistoryEntry: {
            categories: string[];
            created_at: string;
            /** @description ADD, UPDATE, DELETE, … */
            event?: string;
            id: string;
            input: Record<string, never>[];
            memory_id: string;
            new_memory?: string | null;
            old_memory?: string | null;
            reason?: string | null;
            updated_at: string;
            user_id?: string | null;
        };
        /** @description A search hit: the memory and its score */
        Mem0Hit: {
            agent_id?: string | null;
            app_id?: string | null;
            categories: string[];
            created_at: string;
            expiration_date?: string | null;
            hash: string;
            id: string;
            immutable: boolean;
            memory: string;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            run_id?: string | null;
            /**
             * Format: double
             * @description 0 to 1, four decimals
             */
            score?: number;
            updated_at?: string | null;
            user_id?: string | null;
        };
        /** @description Search hits, best first */
        Mem0Hits: {
            results: components["schemas"]["Mem0Hit"][];
        };
        /** @description A memory as mem0 answers it */
        Mem0Memory: {
            agent_id?: string | null;
            app_id?: string | null;
            /** @description the category and the tags */
            categories?: string[];
            created_at: string;
            expiration_date?: string | null;
            /** @description MD5 of the text */
            hash?: string;
            id: string;
            immutable: boolean;
            /** @description the memory's text */
            memory?: string;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            /** @description Engram's session */
            run_id?: string | null;
            updated_at?: string | null;
            user_id?: string | null;
        };
        /** @description What was done */
        Mem0Message: {
            message: string;
        };
        /** @description mem0's page of memories; page is 1-based */
        Mem0Page: {
            /** Format: int32 */
            count: number;
            next?: string | null;
            previous?: string | null;
            results: components["schemas"]["Mem0Memory"][];
        };
        /** @description The key's organization and app */
        Mem0Ping: {
            message: string;
            org_id: string;
            project_id: string;
            status: string;
        };
        /** @description The updated memory and its text */
        Mem0UpdatedMemory: {
            agent_id?: string | null;
            app_id?: string | null;
            categories: string[];
            created_at: string;
            expiration_date?: string | null;
            hash: string;
            id: string;
            immutable: boolean;
            memory: string;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            run_id?: string | null;
            text: string;
            updated_at?: string | null;
            user_id?: string | null;
        };
        "MemoryBodies.DateRange": {
            /** Format: date-time */
            end?: string | null;
            /** Format: date-time */
            start?: string | null;
        };
        "MemoryBodies.FiltersBody": {
            agent_id?: string | null;
            categories?: string[] | null;
            date_range?: components["schemas"]["MemoryBodies.DateRange"] | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            /** Format: int32 */
            min_importance?: number | null;
            run_id?: string | null;
            session_id?: string | null;
            statuses?: string[] | null;
            tags?: string[] | null;
            types?: string[] | null;
            /** Format: date-time */
            valid_at?: string | null;
        };
        /** @description One memory, or a batch in `memories` whose items inherit `user_id`, `session_id`, `agent_id` and `run_id` from the top level when they omit them. `resolve` (top level, default true) compares each statement with the user's memories first (reinforce, supersede, delete); false stores every statement as new. */
        "MemoryBodies.MemoryBody": {
            agent_id?: string | null;
            category?: string | null;
            content?: string | null;
            context?: string | null;
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: int32 */
            importance?: number | null;
            memories?: components["schemas"]["MemoryBodies.MemoryBody"][] | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            resolve?: boolean | null;
            run_id?: string | null;
            session_id?: string | null;
            sources?: components["schemas"]["MemoryBodies.SourceBody"][] | null;
            tags?: string[] | null;
            /** Format: int64 */
            ttl_seconds?: number | null;
            type?: string | null;
            user_id?: string | null;
            /** Format: date-time */
            valid_from?: string | null;
        };
        "MemoryBodies.PatchBody": {
            category?: string | null;
            content?: string | null;
            context?: string | null;
            /** Format: int64 */
            expected_version?: number | null;
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: int32 */
            importance?: number | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            tags?: string[] | null;
            type?: string | null;
            /** Format: date-time */
            valid_from?: string | null;
            /** Format: date-time */
            valid_to?: string | null;
        };
        "MemoryBodies.RelationBody": {
            target_id?: string | null;
            type?: string | null;
        };
        "MemoryBodies.SearchBody": {
            /** Format: double */
            composite_threshold?: number | null;
            exact?: boolean | null;
            filters?: components["schemas"]["MemoryBodies.FiltersBody"] | null;
            /** Format: int32 */
            limit?: number | null;
            mode?: string | null;
            query?: string | null;
            /** Format: double */
            similarity_threshold?: number | null;
            user_id?: string | null;
        };
        "MemoryBodies.SourceBody": {
            conversation_id?: string | null;
            message_ids?: string[] | null;
        };
        /** @description What a write did: the resulting memories and, per submitted statement, the decision. */
        "MemoryViews.Added": {
            /** @description ids of the resulting memories (added, replacing, reinforced or deleted) */
            ids: string[];
            /** @description the resulting memories */
            memories: components["schemas"]["MemoryViews.MemoryView"][];
            /** @description one per submitted statement, in order */
            results: components["schemas"]["MemoryViews.ResultView"][];
        };
        "MemoryViews.ComponentsView": {
            /** Format: double */
            access_boost: number;
            /** Format: double */
            feedback_boost: number;
            /** Format: double */
            importance_boost: number;
            /** Format: double */
            keyword: number;
            /** Format: double */
            recency_boost: number;
            /** Format: double */
            reinforcement_boost: number;
            /** Format: double */
            retention: number;
            /** Format: double */
            similarity: number;
        };
        "MemoryViews.Erased": {
            /** Format: int32 */
            deleted: number;
            user_id: string;
        };
        "MemoryViews.EventView": {
            actor: string;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: Record<string, never>;
            };
            id: string;
            memory_id: string;
            reason?: string | null;
            related_ids: string[];
            type: string;
        };
        "MemoryViews.HitView": {
            components: components["schemas"]["MemoryViews.ComponentsView"];
            /** Format: double */
            composite_score: number;
            memory: components["schemas"]["MemoryViews.MemoryView"];
            /** Format: double */
            relevance: number;
        };
        "MemoryViews.MemoryView": {
            /** Format: int32 */
            access_count: number;
            agent_id?: string | null;
            category?: string | null;
            content: string;
            context?: string | null;
            /** Format: date-time */
            created_at: string;
            embedding_model?: string | null;
            /** Format: date-time */
            expires_at?: string | null;
            id: string;
            /** Format: int32 */
            importance: number;
            /** Format: date-time */
            last_accessed_at?: string | null;
            /** Format: date-time */
            last_reinforced_at?: string | null;
            metadata: {
                [key: string]: Record<string, never>;
            };
            next_id?: string | null;
            previous_id?: string | null;
            /** Format: int32 */
            reinforcement_count: number;
            run_id?: string | null;
            session_id?: string | null;
            sources: components["schemas"]["MemoryViews.SourceView"][];
            status: string;
            tags: string[];
            type: string;
            /** Format: date-time */
            updated_at: string;
            user_id: string;
            /** Format: date-time */
            valid_from?: string | null;
            /** Format: date-time */
            valid_to?: string | null;
            /** Format: int64 */
            version: number;
        };
        "MemoryViews.Page": {
            /** Format: int32 */
            limit: number;
            memories: components["schemas"]["MemoryViews.MemoryView"][];
            next_cursor?: string | null;
            /** Format: int32 */
            offset: number;
            /** Format: int64 */
            total: number;
        };
        "MemoryViews.RelatedView": {
            direction: string;
            memory: components["schemas"]["MemoryViews.MemoryView"];
            relation: components["schemas"]["MemoryViews.RelationView"];
        };
        "MemoryViews.RelationView": {
            /** Format: date-time */
            created_at: string;
            from_id: string;
            to_id: string;
            type: string;
        };
        /** @description The decision for one submitted statement. */
        "MemoryViews.ResultView": {
            /** @description add, reinforce, update, delete or skip */
            action: string;
            /** @description who decided: `rules`, `llm`, `rules (llm fallback: ...)` when the LLM failed, or `none` when stored without resolution */
            engine: string;
            /** @description the resulting memory; null when skipped */
            memory_id?: string | null;
            /** @description why */
            reason: string;
            /** @description the memory reinforced, superseded or deleted */
            target_id?: string | null;
        };
        "MemoryViews.SearchResponse": {
            /** Format: int32 */
            candidates: number;
            results: components["schemas"]["MemoryViews.HitView"][];
            /** Format: double */
            search_time_ms: number;
            timings: components["schemas"]["MemoryViews.Timings"];
        };
        "MemoryViews.SourceView": {
            conversation_id?: string | null;
            message_ids: string[];
        };
        "MemoryViews.Timings": {
            /** Format: double */
            embed_ms: number;
            /** Format: double */
            fetch_ms: number;
            /** Format: double */
            keyword_ms: number;
            /** Format: double */
            vector_ms: number;
        };
        /** @description `POST /api/v1/agents`. */
        "OpenMemoryBodies.AgentBody": {
            agent_id?: string | null;
            caller_id?: string | null;
            profile_data?: {
                [key: string]: Record<string, never>;
            } | null;
            /** Format: int32 */
            ttl_hours?: number | null;
        };
        /** @description `POST /api/v1/memories/batch`. */
        "OpenMemoryBodies.BatchBody": {
            memories?: components["schemas"]["OpenMemoryBodies.StoreBody"][] | null;
        };
        "OpenMemoryBodies.DateRange": {
            /** Format: date-time */
            end?: string | null;
            /** Format: date-time */
            start?: string | null;
        };
        /** @description `POST /api/v1/import`: the body `GET /api/v1/export` returns, as it is. */
        "OpenMemoryBodies.ImportBody": {
            agent_profiles?: components["schemas"]["OpenMemoryBodies.ImportProfile"][] | null;
            /** Format: date-time */
            exported_at?: string | null;
            memories?: components["schemas"]["OpenMemoryBodies.ImportMemory"][] | null;
            status?: string | null;
            /** Format: int32 */
            total_count?: number | null;
            version?: string | null;
        };
        /** @description A memory as `GET /api/v1/export` writes it; `POST /api/v1/import` reads it. */
        "OpenMemoryBodies.ImportMemory": {
            agent_id?: string | null;
            caller_id?: string | null;
            content?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: int32 */
            importance?: number | null;
            memory_id?: string | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            /** Format: double */
            relevance_score?: number | null;
        };
        "OpenMemoryBodies.ImportProfile": {
            agent_id?: string | null;
            caller_id?: string | null;
            /** Format: date-time */
            created_at?: string | null;
            /** Format: date-time */
            expires_at?: string | null;
            /** Format: int32 */
            memory_count?: number | null;
            profile_data?: {
                [key: string]: Record<string, never>;
            } | null;
        };
        /** @description `POST /api/v1/memories/search`. */
        "OpenMemoryBodies.SearchBody": {
            agent_id?: string | null;
            caller_id?: string | null;
            filters?: components["schemas"]["OpenMemoryBodies.SearchFilters"] | null;
            /** Format: int32 */
            limit?: number | null;
            /** Format: double */
            min_relevance?: number | null;
            query?: string | null;
        };
        "OpenMemoryBodies.SearchFilters": {
            categories?: string[] | null;
            date_range?: components["schemas"]["OpenMemoryBodies.DateRange"] | null;
            /** Format: int32 */
            min_importance?: number | null;
            tags?: string[] | null;
        };
        /** @description `POST /memory/search` of OpenMemory clients; `filter` holds dotted keys. */
        "OpenMemoryBodies.ShortSearchBody": {
            filter?: {
                [key: string]: Record<string, never>;
            } | null;
            /** Format: int32 */
            limit?: number | null;
            query?: string | null;
            user_id?: string | null;
        };
        /** @description `POST /memory/store` of OpenMemory clients. */
        "OpenMemoryBodies.ShortStoreBody": {
            content?: string | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
            user_id?: string | null;
        };
        /** @description `POST /api/v1/memories` and each item of a batch. `embedding` is accepted and ignored: Engram embeds the content with its own model, so every memory of an app lives in one vector space. */
        "OpenMemoryBodies.StoreBody": {
            agent_id?: string | null;
            caller_id?: string | null;
            content?: string | null;
            embedding?: number[] | null;
            /** Format: int32 */
            importance?: number | null;
            metadata?: {
                [key: string]: Record<string, never>;
            } | null;
        };
        /**
         * @description The error envelope of the OpenMemory API (seed 003): `{"status":"error","error":{code,
         *     message, details, request_id}}` with the codes `INVALID_REQUEST`, `UNAUTHORIZED`, `NOT_FOUND`, `RATE_LIMITED` and `INTERNAL_ERROR`. `details.field` names the field at fault and `details.reason` carries Engram's own, finer error code.
         */
        OpenMemoryError: {
            error: components["schemas"]["OpenMemoryError.Detail"];
            /** @description always `error` */
            status: string;
        };
        "OpenMemoryError.Detail": {
            code: string;
            details: {
                [key: string]: Record<string, never>;
            };
            message: string;
            request_id?: string | null;
        };
        "OpenMemoryViews.AgentSaved": {
            agent_id: string;
            caller_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            status: string;
        };
        "OpenMemoryViews.AgentView": {
            agent_id: string;
            caller_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /** Format: int64 */
            memory_count: number;
            profile_data: {
                [key: string]: Record<string, never>;
            };
        };
        "OpenMemoryViews.BatchStored": {
            results: components["schemas"]["OpenMemoryViews.Stored"][];
            status: string;
            /** Format: int32 */
            total_count: number;
        };
        "OpenMemoryViews.Deduplication": {
            is_duplicate: boolean;
            similar_memories: components["schemas"]["OpenMemoryViews.Similar"][];
        };
        "OpenMemoryViews.Deleted": {
            /** Format: date-time */
            deleted_at: string;
            memory_id: string;
            status: string;
        };
        "OpenMemoryViews.Exported": {
            agent_profiles: components["schemas"]["OpenMemoryViews.AgentView"][];
            /** Format: date-time */
            exported_at: string;
            memories: components["schemas"]["OpenMemoryViews.MemoryView"][];
            status: string;
            /** Format: int32 */
            total_count: number;
            version: string;
        };
        "OpenMemoryViews.Health": {
            database: string;
            status: string;
            /** Format: int64 */
            uptime_seconds: number;
            version: string;
        };
        "OpenMemoryViews.Imported": {
            errors: components["schemas"]["OpenMemoryViews.ImportError"][];
            /** Format: int32 */
            failed: number;
            /** Format: int32 */
            imported: number;
            /** Format: int32 */
            profiles: number;
            /** Format: int32 */
            skipped: number;
            status: string;
        };
        "OpenMemoryViews.ImportError": {
            field: string;
            message: string;
        };
        "OpenMemoryViews.ListResponse": {
            /** Format: int32 */
            limit: number;
            memories: components["schemas"]["OpenMemoryViews.MemoryView"][];
            /** Format: int32 */
            offset: number;
            status: string;
            /** Format: int64 */
            total_count: number;
        };
        /** @description A memory. `metadata` holds what the client sent plus `category`, `tags`, `conversation_id` (from provenance) and `reinforcement_count`. */
        "OpenMemoryViews.MemoryView": {
            agent_id?: string | null;
            caller_id: string;
            content: string;
            /** Format: date-time */
            created_at: string;
            /** Format: int32 */
            importance: number;
            memory_id: string;
            metadata: {
                [key: string]: Record<string, never>;
            };
            /** Format: double */
            relevance_score?: number | null;
        };
        "OpenMemoryViews.Reinforced": {
            memory_id: string;
            /** Format: int32 */
            reinforcement_count: number;
            status: string;
        };
        "OpenMemoryViews.SearchResponse": {
            memories: components["schemas"]["OpenMemoryViews.MemoryView"][];
            query: string;
            /** Format: int64 */
            search_time_ms: number;
            status: string;
            /** Format: int32 */
            total_count: number;
        };
        /** @description A memory as OpenMemory clients' short calls read it. */
        "OpenMemoryViews.ShortMemory": {
            content: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            memory_id: string;
            metadata: {
                [key: string]: Record<string, never>;
            };
            /** Format: double */
            score: number;
        };
        "OpenMemoryViews.ShortSearch": {
            memories: components["schemas"]["OpenMemoryViews.ShortMemory"][];
            status: string;
            /** Format: int32 */
            total_count: number;
        };
        "OpenMemoryViews.ShortStored": {
            action: string;
            /** Format: date-time */
            created_at: string;
            id: string;
            memory_id: string;
            status: string;
        };
        "OpenMemoryViews.Similar": {
            content: string;
            memory_id: string;
            /** Format: int32 */
            reinforcement_count: number;
            /** Format: double */
            similarity: number;
        };
        /** @description What storing one memory did. */
        "OpenMemoryViews.Stored": {
            /** @description `created`, `reinforced` (a duplicate: `memory_id` is the existing memory), `updated` (a contradicted fact: `memory_id` is the new memory, `superseded_memory_id` the old one), `deleted` (a retraction) or `skipped` */
            action: string;
            /** Format: date-time */
            created_at?: string | null;
            deduplication: components["schemas"]["OpenMemoryViews.Deduplication"];
            memory_id?: string | null;
            reason: string;
            status: string;
            superseded_memory_id?: string | null;
        };
        /** @description A profile write: `profile_data` (a JSON object) lives `ttl_hours` (default `engram.compat.profiles.default-ttl-hours`, 24) from now. */
        "ProfileController.ProfileBody": {
            agent_id?: string | null;
            caller_id?: string | null;
            profile_data?: {
                [key: string]: Record<string, never>;
            } | null;
            /** Format: int32 */
            ttl_hours?: number | null;
        };
        /** @description A profile. */
        "ProfileController.ProfileView": {
            agent_id: string;
            caller_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
            /**
             * Format: int64
             * @description active memories of the caller with this agent
             */
            memory_count?: number | null;
            profile_data: {
                [key: string]: Record<string, never>;
            };
            /** Format: date-time */
            updated_at: string;
        };
        "ReportScheduleViews.DeliveryView": {
            /** Format: date-time */
            at?: string | null;
            /** Format: int32 */
            attempts: number;
            detail?: string | null;
            /** Format: int32 */
            index: number;
            status: string;
            target: string;
            type: string;
        };
        /** @description `directory` (path), `email` (to, subject), `webhook` (url, secret) or `s3` (endpoint, bucket, prefix, region, access_key_id, secret_access_key, path_style). */
        "ReportScheduleViews.DestinationBody": {
            access_key_id?: string | null;
            bucket?: string | null;
            endpoint?: string | null;
            path?: string | null;
            path_style?: boolean | null;
            prefix?: string | null;
            region?: string | null;
            secret?: string | null;
            secret_access_key?: string | null;
            subject?: string | null;
            to?: string[] | null;
            type?: string | null;
            url?: string | null;
        };
        /** @description A destination as shown: secrets only as `secret_set`. */
        "ReportScheduleViews.DestinationView": {
            access_key_id?: string | null;
            bucket?: string | null;
            endpoint?: string | null;
            path?: string | null;
            path_style?: boolean | null;
            prefix?: string | null;
            region?: string | null;
            secret_set?: boolean | null;
            subject?: string | null;
            to?: string[] | null;
            type: string;
            url?: string | null;
        };
        "ReportScheduleViews.FileView": {
            content_type: string;
            file_name: string;
            href: string;
            /** Format: int64 */
            size_bytes: number;
        };
        /** @description A run; `period_to` is exclusive (the period ends before that day). */
        "ReportScheduleViews.RunView": {
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            created_at: string;
            deliveries: components["schemas"]["ReportScheduleViews.DeliveryView"][];
            /** Format: int64 */
            duration_ms?: number | null;
            error?: string | null;
            files: components["schemas"]["ReportScheduleViews.FileView"][];
            /** Format: date-time */
            finished_at?: string | null;
            id: string;
            org_id: string;
            /** Format: date */
            period_from: string;
            /** Format: date */
            period_to: string;
            schedule_id: string;
            /** Format: int64 */
            size_bytes?: number | null;
            /** Format: date-time */
            started_at?: string | null;
            status: string;
            /** Format: date-time */
            tick: string;
            trigger: string;
        };
        /** @description A schedule to create (name, cron and types required) or the fields to change. */
        "ReportScheduleViews.ScheduleBody": {
            app_id?: string | null;
            cron?: string | null;
            /** Format: int32 */
            days?: number | null;
            destinations?: components["schemas"]["ReportScheduleViews.DestinationBody"][] | null;
            domain?: string | null;
            enabled?: boolean | null;
            formats?: string[] | null;
            name?: string | null;
            period?: string | null;
            time_zone?: string | null;
            types?: string[] | null;
        };
        "ReportScheduleViews.ScheduleView": {
            app_id?: string | null;
            /** Format: date-time */
            created_at: string;
            created_by: string;
            cron: string;
            /** Format: int32 */
            days?: number | null;
            destinations: components["schemas"]["ReportScheduleViews.DestinationView"][];
            domain: string;
            enabled: boolean;
            formats: string[];
            id: string;
            name: string;
            /** Format: date-time */
            next_run_at?: string | null;
            org_id: string;
            period: string;
            time_zone: string;
            types: string[];
            /** Format: date-time */
            updated_at: string;
        };
        /** @description A summary accepted for callback delivery. */
        "SummaryController.Accepted": {
            status: string;
            task_id: string;
        };
        /** @description What to summarize. */
        "SummaryController.SummaryBody": {
            /** @description extra headers sent with the callback (e.g. a signature) */
            callback_headers?: {
                [key: string]: Record<string, never>;
            } | null;
            /** @description where to POST the full summary; without it the short form is returned at once */
            callback_url?: string | null;
            /** @description a text, or a list of `{role, content, id?}` (roles user, assistant, system, tool) */
            messages?: (string | unknown[]) | null;
            /** @description the caller's session, if any */
            session_id?: string | null;
            /** @description whose conversation it is */
            user_id?: string | null;
        };
        /** @description A summary returned at once. */
        "SummaryController.SyncSummary": {
            content: string;
            /** @description always `sync` */
            delivery: string;
            /** @description `rules` (extractive: sentences picked from the messages, no LLM) or `llm` */
            engine: string;
            /** @description the messages the summary draws on */
            message_ids: string[];
        };
        /** @description A ticket. */
        "TicketController.TicketView": {
            /** @description when it stops working */
            expires_at: string;
            /**
             * Format: int64
             * @description seconds until then
             */
            expires_in: number;
            /**
             * Format: int32
             * @description the gateway's port on this host
             */
            realtime_port: number;
            /** @description pass it as `?ticket=` to `WS /ws` or `GET /v1/stream/*` */
            ticket: string;
        };
        /** @description Why one line was not imported: its number (from 1), the field at fault, a code, a message. */
        "TransferController.ImportErrorView": {
            code: string;
            field?: string | null;
            /** Format: int64 */
            line: number;
            message: string;
        };
        "TransferController.ImportResponse": {
            errors: components["schemas"]["TransferController.ImportErrorView"][];
            /** Format: int64 */
            failed: number;
            /** Format: int64 */
            imported: number;
            /** Format: int64 */
            lines: number;
            /** Format: int64 */
            reembedded: number;
            /** Format: int64 */
            relations: number;
            /** Format: int64 */
            skipped: number;
        };
        "WhoAmIController.Named": {
            id: string;
            name: string;
        };
        "WhoAmIController.WhoAmI": {
            app: components["schemas"]["WhoAmIController.Named"];
            key_id: string;
            org: components["schemas"]["WhoAmIController.Named"];
            scopes: string[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getApp 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.AppView"];
                };
            };
        };
    };
    deleteApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted, with its keys and data */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateApp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.UpdateApp"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description updateApp 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.AppView"];
                };
            };
        };
    };
    getAppAnalyticsDashboard: {
        parameters: {
            query?: {
                days?: number | null;
                domain?: string | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Dashboard"];
                };
            };
        };
    };
    listAppAnalyticsDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The domains of the app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Domains"];
                };
            };
        };
    };
    queryAppAnalyticsHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.HistoryQuery"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description A page of events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.HistoryPage"];
                };
            };
        };
    };
    getAppAnalyticsInsights: {
        parameters: {
            query?: {
                days?: number | null;
                domain?: string | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The insights of the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Insights"];
                };
            };
        };
    };
    getAppAnalyticsMetrics: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The metrics of the domain over the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Metrics"];
                };
            };
        };
    };
    getAppAnalyticsPatterns: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                min_support?: number | null;
                to?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Frequent combinations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Patterns"];
                };
            };
        };
    };
    getAppAnalyticsRecommendations: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description What to do next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Recommendations"];
                };
            };
        };
    };
    getAppAnalyticsReport: {
        parameters: {
            query?: {
                days?: number | null;
                format?: string | null;
                from?: string | null;
                period?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                domain: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                    "application/pdf": components["schemas"]["ApiError.Body"];
                    "text/csv": components["schemas"]["ApiError.Body"];
                    "text/html": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                    "application/pdf": components["schemas"]["ApiError.Body"];
                    "text/csv": components["schemas"]["ApiError.Body"];
                    "text/html": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The report in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Report"];
                    "application/pdf": string;
                    "text/csv": string;
                    "text/html": string;
                };
            };
        };
    };
    getAppAnalyticsTrends: {
        parameters: {
            query?: {
                bucket?: string | null;
                days?: number | null;
                from?: string | null;
                metric?: string | null;
                moving_average?: number | null;
                to?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The metric over time, with its forecast */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Trend"];
                };
            };
        };
    };
    exportAppMemories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description exportAppMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
        };
    };
    getAppElevenLabsIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getAppElevenLabsIntegration 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElevenLabsAdminController.SettingsView"];
                };
            };
        };
    };
    setAppElevenLabsIntegration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ElevenLabsAdminController.SettingsBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description setAppElevenLabsIntegration 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElevenLabsAdminController.SettingsView"];
                };
            };
        };
    };
    listAppKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAppKeys 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.KeyView"][];
                };
            };
        };
    };
    createAppKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
            };
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.CreateKey"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createAppKey 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.IssuedKeyView"];
                };
            };
        };
    };
    listAppMemories: {
        parameters: {
            query?: {
                categories?: string | null;
                end?: string | null;
                limit?: number | null;
                min_importance?: number | null;
                offset?: number | null;
                start?: string | null;
                statuses?: string | null;
                tags?: string | null;
                types?: string | null;
                user_id?: string | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAppMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.Page"];
                };
            };
        };
    };
    eraseAppUserMemories: {
        parameters: {
            query?: {
                user_id?: string | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description eraseAppUserMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.Erased"];
                };
            };
        };
    };
    getAppMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getAppMemory 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.MemoryView"];
                };
            };
        };
    };
    deleteAppMemory: {
        parameters: {
            query?: {
                reason?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description deleteAppMemory 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.MemoryView"];
                };
            };
        };
    };
    getAppMemoryChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getAppMemoryChain 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvolutionViews.ChainView"];
                };
            };
        };
    };
    listAppMemoryEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAppMemoryEvents 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.EventView"][];
                };
            };
        };
    };
    getAppMemoryGraph: {
        parameters: {
            query?: {
                format?: string | null;
            };
            header?: never;
            path: {
                appId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The chain as a graph in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "text/vnd.graphviz": string;
                    "text/vnd.mermaid": string;
                };
            };
        };
    };
    listAppRelatedMemories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAppRelatedMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.RelatedView"][];
                };
            };
        };
    };
    searchAppMemories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryBodies.SearchBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description searchAppMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.SearchResponse"];
                };
            };
        };
    };
    listAppMemoryUsers: {
        parameters: {
            query?: {
                limit?: number | null;
                prefix?: string | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAppMemoryUsers 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleAppDataController.MemoryUsers"];
                };
            };
        };
    };
    compareAppMetrics: {
        parameters: {
            query?: {
                hours?: number | null;
                tool_ids?: string[] | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The tools side by side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Comparison"];
                };
            };
        };
    };
    getAppCurrentMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description This hour's activity and the open tool sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.CurrentMetrics"];
                };
            };
        };
    };
    createConsoleRealtimeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createConsoleRealtimeTicket 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleTicketController.ConsoleTicketView"];
                };
            };
        };
    };
    getAppStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getAppStats 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleAppDataController.AppStats"];
                };
            };
        };
    };
    listAppTasks: {
        parameters: {
            query?: {
                limit?: number | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAppTasks 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestBodies.TaskView"][];
                };
            };
        };
    };
    listAppActiveToolSessions: {
        parameters: {
            query?: {
                tool_id?: string | null;
            };
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The open tool sessions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ActiveSessions"];
                };
            };
        };
    };
    getAppUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getAppUsage 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsController.AppUsageView"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string | null;
                actor?: string | null;
                cursor?: string | null;
                from?: string | null;
                limit?: number | null;
                org_id?: string | null;
                outcome?: string | null;
                target_id?: string | null;
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listAuditEvents 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditController.AuditPage"];
                };
            };
        };
    };
    getAuthConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getAuthConfig 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthConfigController.AuthConfig"];
                };
            };
        };
    };
    getConsoleHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description the health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleHealthController.HealthView"];
                };
            };
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getKey 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.KeyView"];
                };
            };
        };
    };
    getKeyLimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getKeyLimits 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsController.KeyLimitsView"];
                };
            };
        };
    };
    setKeyLimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LimitsController.KeyLimitsBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description setKeyLimits 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsController.KeyLimitsView"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description revokeKey 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.KeyView"];
                };
            };
        };
    };
    rotateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description rotateKey 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.IssuedKeyView"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginController.Credentials"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Signed in: the console token (access_token) and its lifetime */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BearerAccessRefreshToken"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Signed out: the token no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getCurrentUser 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.Me"];
                };
            };
        };
    };
    listOrgs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listOrgs 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.OrgView"][];
                };
            };
        };
    };
    createOrg: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.CreateOrg"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createOrg 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.OrgView"];
                };
            };
        };
    };
    getOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getOrg 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.OrgView"];
                };
            };
        };
    };
    deleteOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted, with its users and apps */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.UpdateOrg"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description updateOrg 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.OrgView"];
                };
            };
        };
    };
    getOrgAnalytics: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The organization's analytics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.OrgAnalytics"];
                };
            };
        };
    };
    getOrgExecutiveReport: {
        parameters: {
            query?: {
                days?: number | null;
                format?: string | null;
                from?: string | null;
                period?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                    "application/pdf": components["schemas"]["ApiError.Body"];
                    "text/csv": components["schemas"]["ApiError.Body"];
                    "text/html": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                    "application/pdf": components["schemas"]["ApiError.Body"];
                    "text/csv": components["schemas"]["ApiError.Body"];
                    "text/html": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The report in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Report"];
                    "application/pdf": string;
                    "text/csv": string;
                    "text/html": string;
                };
            };
        };
    };
    listOrgApps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listOrgApps 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.AppView"][];
                };
            };
        };
    };
    createApp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
            };
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.CreateApp"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createApp 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.AppView"];
                };
            };
        };
    };
    getOrgLimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getOrgLimits 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsController.OrgLimitsView"];
                };
            };
        };
    };
    setOrgLimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LimitsController.LimitsBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description setOrgLimits 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsController.OrgLimitsView"];
                };
            };
        };
    };
    createConsoleOrgRealtimeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createConsoleOrgRealtimeTicket 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleTicketController.ConsoleTicketView"];
                };
            };
        };
    };
    getReportRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getReportRun 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.RunView"];
                };
            };
        };
    };
    getReportRunFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileName: string;
                orgId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getReportRunFile 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
        };
    };
    listReportSchedules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listReportSchedules 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.ScheduleView"][];
                };
            };
        };
    };
    createReportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportScheduleViews.ScheduleBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createReportSchedule 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.ScheduleView"];
                };
            };
        };
    };
    getReportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getReportSchedule 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.ScheduleView"];
                };
            };
        };
    };
    deleteReportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted, with its runs and files */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateReportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportScheduleViews.ScheduleBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description updateReportSchedule 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.ScheduleView"];
                };
            };
        };
    };
    runReportSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description runReportSchedule 202 response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.RunView"];
                };
            };
        };
    };
    listReportRuns: {
        parameters: {
            query?: {
                limit?: number | null;
            };
            header?: never;
            path: {
                orgId: string;
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listReportRuns 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportScheduleViews.RunView"][];
                };
            };
        };
    };
    getOrgUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orgId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getOrgUsage 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitsController.OrgUsageView"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                org_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listUsers 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.UserView"][];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.CreateUser"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createUser 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.UserView"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getUser 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.UserView"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted; the user's sessions ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    disableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description disableUser 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.UserView"];
                };
            };
        };
    };
    enableUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description enableUser 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.UserView"];
                };
            };
        };
    };
    changeUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.ChangePassword"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Your own password changed: a fresh token for this session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BearerAccessRefreshToken"];
                };
            };
            /** @description Another user's password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    changeUserRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsoleViews.ChangeRole"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description changeUserRole 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleViews.UserView"];
                };
            };
        };
    };
    openMemorySaveAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.AgentBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemorySaveAgent 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.AgentSaved"];
                };
            };
        };
    };
    openMemoryGetCallerProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
                callerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryGetCallerProfile 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.AgentView"];
                };
            };
        };
    };
    openMemoryListCallerMemories: {
        parameters: {
            query?: {
                limit?: string | null;
                offset?: string | null;
                order?: string | null;
                sort_by?: string | null;
            };
            header?: never;
            path: {
                agentId: string;
                callerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryListCallerMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.ListResponse"];
                };
            };
        };
    };
    openMemoryExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryExport 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.Exported"];
                };
            };
        };
    };
    openMemoryHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description openMemoryHealth 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.Health"];
                };
            };
        };
    };
    openMemoryImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.ImportBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryImport 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.Imported"];
                };
            };
        };
    };
    openMemoryStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.StoreBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryStore 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.Stored"];
                };
            };
        };
    };
    openMemoryDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryDelete 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.Deleted"];
                };
            };
        };
    };
    openMemoryStoreBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.BatchBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryStoreBatch 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.BatchStored"];
                };
            };
        };
    };
    openMemorySearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.SearchBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemorySearch 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.SearchResponse"];
                };
            };
        };
    };
    mem0ListEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The app's users with memories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Entities"];
                };
            };
        };
    };
    mem0DeleteEntityV1: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
                entityType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Message"];
                };
            };
        };
    };
    mem0GetEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0GetEvent 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: Record<string, never>;
                    };
                };
            };
        };
    };
    mem0SendFeedback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Feedback"];
                };
            };
        };
    };
    mem0ListMemories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0ListMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    mem0AddMemories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0AddMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    mem0DeleteMemories: {
        parameters: {
            query?: {
                agent_id?: string | null;
                run_id?: string | null;
                user_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Message"];
                };
            };
        };
    };
    mem0GetMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The memory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Memory"];
                };
            };
        };
    };
    mem0UpdateMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The updated memory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0UpdatedMemory"];
                };
            };
        };
    };
    mem0DeleteMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Message"];
                };
            };
        };
    };
    mem0GetMemoryHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The memory's changes, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0HistoryEntry"][];
                };
            };
        };
    };
    mem0SearchMemories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0SearchMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    mem0Ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The key's organization and app */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Ping"];
                };
            };
        };
    };
    mem0DeleteEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
                entityType: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Message"];
                };
            };
        };
    };
    mem0ListMemoriesV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0ListMemoriesV2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    mem0SearchMemoriesV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0SearchMemoriesV2 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    mem0ListMemoriesV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description A page of memories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Page"];
                };
            };
        };
    };
    mem0AddMemoriesV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description mem0AddMemoriesV3 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: Record<string, never>;
                    };
                };
            };
        };
    };
    mem0SearchMemoriesV3: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The hits, best first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Mem0Hits"];
                };
            };
        };
    };
    openMemoryReinforce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryReinforce 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.Reinforced"];
                };
            };
        };
    };
    openMemoryShortSearch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.ShortSearchBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryShortSearch 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.ShortSearch"];
                };
            };
        };
    };
    openMemoryShortStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenMemoryBodies.ShortStoreBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryError"];
                };
            };
            /** @description openMemoryShortStore 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenMemoryViews.ShortStored"];
                };
            };
        };
    };
    addAgentMemory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgentMemoryController.AgentMemoryBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description addAgentMemory 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMemoryController.Saved"];
                };
            };
        };
    };
    getAnalyticsDashboard: {
        parameters: {
            query?: {
                days?: number | null;
                domain?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The dashboard */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Dashboard"];
                };
            };
        };
    };
    recordAnalyticsEvents: {
        parameters: {
            query?: never;
            header?: {
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.LearningEventBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description recordAnalyticsEvents 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningController.Recorded"];
                };
            };
        };
    };
    exportAnalytics: {
        parameters: {
            query?: {
                days?: number | null;
                format?: string | null;
                from?: string | null;
                source?: string | null;
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The events of the period, streamed as a file in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ExportedEvent"][];
                    "application/x-ndjson": string;
                    "text/csv": string;
                };
            };
        };
    };
    getAnalyticsInsights: {
        parameters: {
            query?: {
                days?: number | null;
                domain?: string | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The insights of the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Insights"];
                };
            };
        };
    };
    getAnalyticsMetrics: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The metrics of the domain over the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Metrics"];
                };
            };
        };
    };
    queryAnalytics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.Query"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description One row per group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.QueryResult"];
                };
            };
        };
    };
    getRealtimeAnalytics: {
        parameters: {
            query?: {
                domain?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description This hour's activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Realtime"];
                };
            };
        };
    };
    getAnalyticsReport: {
        parameters: {
            query?: {
                days?: number | null;
                format?: string | null;
                from?: string | null;
                period?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                domain: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                    "application/pdf": components["schemas"]["ApiError.Body"];
                    "text/csv": components["schemas"]["ApiError.Body"];
                    "text/html": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                    "application/pdf": components["schemas"]["ApiError.Body"];
                    "text/csv": components["schemas"]["ApiError.Body"];
                    "text/html": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The report in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Report"];
                    "application/pdf": string;
                    "text/csv": string;
                    "text/html": string;
                };
            };
        };
    };
    answerQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerController.AnswerBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The answer and the memories it cites */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerController.AnswerResponse"];
                };
            };
        };
    };
    addConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestBodies.ConversationBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Queued: poll GET /v1/tasks/{id} (or wait with the SDKs) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestBodies.Queued"];
                };
            };
        };
    };
    exportMemories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description exportMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
        };
    };
    importMemories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "application/x-ndjson": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description importMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferController.ImportResponse"];
                };
            };
        };
    };
    recordLearningEvents: {
        parameters: {
            query?: never;
            header?: {
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.LearningEventBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description recordLearningEvents 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningController.Recorded"];
                };
            };
        };
    };
    recordLearningFeedback: {
        parameters: {
            query?: never;
            header?: {
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.FeedbackBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description recordLearningFeedback 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningController.Recorded"];
                };
            };
        };
    };
    queryLearningHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.HistoryQuery"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description A page of events, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.HistoryPage"];
                };
            };
        };
    };
    getLearningMetrics: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The metrics of the domain over the period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Metrics"];
                };
            };
        };
    };
    getLearningPatterns: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                min_support?: number | null;
                to?: string | null;
            };
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Frequent combinations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Patterns"];
                };
            };
        };
    };
    getLearningRecommendations: {
        parameters: {
            query?: {
                days?: number | null;
                from?: string | null;
                to?: string | null;
            };
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description What to do next */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Recommendations"];
                };
            };
        };
    };
    getLearningTrends: {
        parameters: {
            query?: {
                bucket?: string | null;
                days?: number | null;
                from?: string | null;
                metric?: string | null;
                moving_average?: number | null;
                to?: string | null;
            };
            header?: never;
            path: {
                domain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The metric over time, with its forecast */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Trend"];
                };
            };
        };
    };
    listMemories: {
        parameters: {
            query?: {
                /** @description only memories of this agent */
                agent_id?: Record<string, never>;
                /** @description any of these categories (comma-separated or repeated) */
                categories?: Record<string, never>;
                /** @description next_cursor of the previous page */
                cursor?: Record<string, never>;
                /** @description created before (ISO-8601) */
                end?: Record<string, never>;
                /** @description page size, 1 to 1,000 (default 50) */
                limit?: Record<string, never>;
                /** @description equality on a top-level metadata key, e.g. metadata.channel=voice */
                "metadata.<key>"?: Record<string, never>;
                /** @description 1 to 10 */
                min_importance?: Record<string, never>;
                /** @description skip this many (or give cursor) */
                offset?: Record<string, never>;
                /** @description desc (default) or asc */
                order?: Record<string, never>;
                /** @description only memories of this run */
                run_id?: Record<string, never>;
                /** @description only memories of this session */
                session_id?: Record<string, never>;
                /** @description created_at (default), updated_at or importance */
                sort_by?: Record<string, never>;
                /** @description created at or after (ISO-8601) */
                start?: Record<string, never>;
                /** @description active (default), superseded, deleted (comma-separated or repeated) */
                statuses?: Record<string, never>;
                /** @description any of these tags (comma-separated or repeated) */
                tags?: Record<string, never>;
                /** @description working, episodic, semantic, procedural (comma-separated or repeated) */
                types?: Record<string, never>;
                /** @description the end user (required without the admin scope) */
                user_id?: Record<string, never>;
                /** @description valid at this instant (ISO-8601) */
                valid_at?: Record<string, never>;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description A page of memories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.Page"];
                };
            };
        };
    };
    createMemory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional, 1-255 visible ASCII characters (a UUID). The same request again with the same key within 24 h gets the first answer (Idempotency-Replayed: true) and creates nothing; the same key with another body is 409 idempotency_key_reused. */
                "Idempotency-Key"?: Record<string, never>;
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryBodies.MemoryBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Stored: the ids, the resulting memories and what was decided for each statement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.Added"];
                };
            };
        };
    };
    eraseUserMemories: {
        parameters: {
            query?: {
                user_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description eraseUserMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.Erased"];
                };
            };
        };
    };
    getMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The memory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.MemoryView"];
                };
            };
        };
    };
    deleteMemory: {
        parameters: {
            query?: {
                reason?: string | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description deleteMemory 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.MemoryView"];
                };
            };
        };
    };
    updateMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryBodies.PatchBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description updateMemory 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.MemoryView"];
                };
            };
        };
    };
    getMemoryChain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getMemoryChain 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvolutionViews.ChainView"];
                };
            };
        };
    };
    listMemoryEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listMemoryEvents 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.EventView"][];
                };
            };
        };
    };
    getMemoryGraph: {
        parameters: {
            query?: {
                format?: string | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The chain as a graph in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "text/vnd.graphviz": string;
                    "text/vnd.mermaid": string;
                };
            };
        };
    };
    listRelatedMemories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listRelatedMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.RelatedView"][];
                };
            };
        };
    };
    createMemoryRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryBodies.RelationBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createMemoryRelation 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.RelationView"];
                };
            };
        };
    };
    getMemoryReport: {
        parameters: {
            query?: {
                format?: string | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The report in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvolutionViews.ReportView"];
                    "text/markdown": string;
                    "text/plain": string;
                };
            };
        };
    };
    searchMemories: {
        parameters: {
            query?: never;
            header?: {
                "X-Engram-Tool"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryBodies.SearchBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The hits, best first, with the score components and timings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemoryViews.SearchResponse"];
                };
            };
        };
    };
    getMetricAggregates: {
        parameters: {
            query?: {
                hours?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Totals over the hours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Aggregates"];
                };
            };
        };
    };
    compareMetrics: {
        parameters: {
            query?: {
                hours?: number | null;
                tool_ids?: string[] | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The tools side by side */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.Comparison"];
                };
            };
        };
    };
    getCurrentMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description This hour's activity and the open tool sessions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.CurrentMetrics"];
                };
            };
        };
    };
    getMetricHistory: {
        parameters: {
            query?: {
                hours?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Events per hour and source, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.MetricsHistory"];
                };
            };
        };
    };
    getToolMetrics: {
        parameters: {
            query?: {
                hours?: number | null;
            };
            header?: never;
            path: {
                toolId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The tool's figures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ToolMetrics"];
                };
            };
        };
    };
    saveProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileController.ProfileBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description saveProfile 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileController.ProfileView"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agentId: string;
                callerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description getProfile 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileController.ProfileView"];
                };
            };
        };
    };
    createRealtimeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description createRealtimeTicket 201 response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketController.TicketView"];
                };
            };
        };
    };
    appendSessionMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestBodies.SessionMessagesBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description appendSessionMessages 202 response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestBodies.Buffered"];
                };
            };
        };
    };
    summarizeConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryController.SummaryBody"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description the short summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryController.SyncSummary"];
                };
            };
            /** @description accepted; the full summary will be POSTed to callback_url */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SummaryController.Accepted"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The task's status and counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestBodies.TaskView"];
                };
            };
        };
    };
    getToolSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The session and its activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ToolSession"];
                };
            };
        };
    };
    endToolSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The session, ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ToolSession"];
                };
            };
        };
    };
    listActiveToolSessions: {
        parameters: {
            query?: {
                tool_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The open tool sessions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ActiveSessions"];
                };
            };
        };
    };
    startToolSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.StartSession"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The session, started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ToolSession"];
                };
            };
        };
    };
    getToolConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                toolId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The tool's configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ToolConfig"];
                };
            };
        };
    };
    setToolConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                toolId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AnalyticsSchemas.PutConfig"];
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The configuration stored, with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsSchemas.ToolConfig"];
                };
            };
        };
    };
    listUserEntities: {
        parameters: {
            query?: {
                kind?: string | null;
                limit?: number | null;
            };
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listUserEntities 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityController.EntitiesView"];
                };
            };
        };
    };
    listEntityMemories: {
        parameters: {
            query?: {
                limit?: number | null;
            };
            header?: never;
            path: {
                entity: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description listEntityMemories 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityController.EntityMemoriesView"];
                };
            };
        };
    };
    whoAmI: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description whoAmI 200 response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WhoAmIController.WhoAmI"];
                };
            };
        };
    };
    elevenLabsClientData: {
        parameters: {
            query?: never;
            header?: {
                "ElevenLabs-Signature"?: string | null;
            };
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The caller's dynamic variables and first message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElevenLabsSchemas.ClientData"];
                };
            };
        };
    };
    elevenLabsPostCall: {
        parameters: {
            query?: never;
            header?: {
                "ElevenLabs-Signature"?: string | null;
            };
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The transcript accepted for ingestion, a duplicate, or ignored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElevenLabsSchemas.PostCall"];
                };
            };
        };
    };
    elevenLabsSearchMemory: {
        parameters: {
            query?: never;
            header?: {
                "ElevenLabs-Signature"?: string | null;
            };
            path: {
                appId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Refused: a stable machine code, a message naming what to fix, the field at fault and the request id (also in X-Request-Id); nothing was changed */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description Engram or a service it depends on failed; the request may be retried (with the same Idempotency-Key for writes) */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiError.Body"];
                };
            };
            /** @description The matching memories and a summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ElevenLabsSchemas.SearchResult"];
                };
            };
        };
    };
}
