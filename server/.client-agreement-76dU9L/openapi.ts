export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets an HttpOnly session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends the session on the server */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password; ends your other sessions. Accounts marked mustChangePassword may do nothing else first */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users (admin) */
        get: operations["listUsers"];
        put?: never;
        /** Create a user (admin) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change role, region, name, password or disable (admin) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search regions (q), or list the children of parentId (default: the provinces)
         * @description With q: name substring, code prefix, pinyin or initials prefix, case-insensitive, ordered by level then code, at most `limit`, within parentId when given. Without q: all children.
         */
        get: operations["listRegions"];
        put?: never;
        /** Add a custom unit under a parent (admin, or reporter/approver whose scope covers it) */
        post: operations["createRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region with its ancestors (root first) and number of children */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entry form of a region and quarter: one row per applicable indicator */
        get: operations["getEntryForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save figures of one region and quarter as draft (reporter in scope)
         * @description Each row names the version it read (0: new). Any stale row → 409 with `details.conflicts` (current value, version, updatedBy, updatedAt) and nothing written. Validation → 422 `validation_failed` with `details.rows`; an implausible jump without a note → 422 `plausibility_note_required`. Approved quarters → 409 `locked`.
         */
        put: operations["saveObservations"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations/grid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save figures of several regions in one quarter, all or nothing (reporter in scope)
         * @description The grid mode: the rows of each region, as in `PUT /observations`. Every region is checked and written in one transaction: a validation issue, a stale cell (409 `conflict`, each conflict naming its `regionId`) or an approved quarter (409 `locked`) in any region writes nothing anywhere. Issues in `details.rows` name their `regionId`.
         */
        put: operations["saveObservationGrid"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import template listing the applicable indicators, current values and versions */
        get: operations["getImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/observations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import figures from CSV or XLSX, all or nothing (reporter in scope)
         * @description multipart/form-data with field `file`. Columns region_code, indicator, quarter, value (numerator, denominator, note, version optional; or the Chinese template headers). Rows with no figure (value, numerator and denominator blank) are skipped and counted. Any rejected row → 422 with the reply in `details` and nothing written.
         */
        post: operations["importObservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{regionId}/{quarter}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * submit a region's quarter (reporter in scope, or admin)
         * @description Every applicable indicator without a figure needs a reason in `gaps`, or `notApplicable: true` for those without one; otherwise 422 `figures_missing` with `details.missing`. The gaps are recorded with the submission.
         */
        post: operations["submitQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{regionId}/{quarter}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approve a region's quarter (approver in scope, or admin) */
        post: operations["approveQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{regionId}/{quarter}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** return a region's quarter (approver in scope, or admin) */
        post: operations["returnQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{regionId}/{quarter}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** reopen a region's quarter (approver in scope, or admin) */
        post: operations["reopenQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{regionId}/{quarter}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind a region about its quarter (approver in scope, or admin); no e-mail is sent
         * @description Records the reminder in the change log on the submission, where the overview reads `lastReminderAt`. A quarter already submitted or approved needs none: 409.
         */
        post: operations["remindQuarter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per child region of parentId: its state in the quarter, overdue, changes since approval */
        get: operations["getSubmissionOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Days after quarter end each level (province, city, county, town) has to report
         * @description A level no admin has set keeps the default of 30 days.
         */
        get: operations["listReportingDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-deadlines/{level}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a level's grace days (admin); logged in the change log */
        put: operations["setReportingDeadline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of a cell (entity=observation&key=regionId:indicatorId:quarter) or a region
         * @description Non-admins read observation and submission history of regions in their scope, by key or regionId (and quarter); other entities are for admins.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/change-log/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same entries as CSV (UTF-8 with BOM) */
        get: operations["exportChangesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents in your scope, newest first, with target counts by state */
        get: operations["listDocuments"];
        put?: never;
        /** Upload a plan (multipart `file`) or paste its text (JSON); its targets are extracted as drafts */
        post: operations["uploadDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document with its text (target offsets are code points into it) */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document's targets in text order, unlinked ones with catalogue suggestions */
        get: operations["listDocumentTargets"];
        put?: never;
        /** Add a target the extractor missed, from a span of the document text */
        post: operations["createTargetFromSpan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Years with confirmed targets in your scope, newest first (the default year of views) */
        get: operations["listTargetYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Targets in your scope (confirmed by default), with conflicting pairs */
        get: operations["listTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, confirm or reject a target at the version you read */
        patch: operations["updateTarget"];
        trace?: never;
    };
    "/api/documents/{id}/targets/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm every draft target in your scope at or above a confidence that has a value, a region and no catalogue indicator to choose
         * @description Drafts bound to a region outside your scope (a compiled plan holds several regions) are left as drafts for that region, and their ids are listed in `outOfScope`. Drafts whose name is only close to catalogue indicators wait for the reviewer to choose one.
         */
        post: operations["confirmDocumentTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indicator catalogue with usage counts */
        get: operations["listIndicators"];
        put?: never;
        /** Add an indicator to the catalogue */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalogue indicators close to a name (exact and synonym matches score 1) */
        get: operations["suggestIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or re-describe an indicator (its targets and figures follow; admin) */
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/api/indicators/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this indicator into another: every target and figure moves, the name becomes a synonym (admin) */
        post: operations["mergeIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every child region × applicable indicator: target, figure, status, reason, trend
         * @description Computed live from the tables (no batch job). `region` is a region code (default: your scope region, or 全国 for admins); `year` and `quarter` default to the latest year with confirmed targets (its Q4, or the current quarter in the current year). Each cell carries its target (own or inherited, with the source sentence), the figure judged, the status and reason from shared/targets, the last four quarters, the roll-up over the region’s own sub-regions and a flag when its target is weaker than the parent’s. 403 outside your scope.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/dashboard.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same grid as XLSX: units in the header, status colours and icons, rule and reason as notes */
        get: operations["exportDashboardXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quarterly figures of one indicator in some regions, with each year’s target and status
         * @description Per region: one point per quarter of from..to (value null where none was reported) with the status as of that quarter under that year’s target (own or inherited), and per year the target in force, so a chart can draw steps where it changes. 403 when any region is outside your scope.
         */
        get: operations["getTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/observations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The trend’s figures as CSV (UTF-8 with BOM), byte-identical to the browser’s
         * @description Same query and scope rules as GET /api/trends; one row per region × quarter.
         */
        get: operations["exportObservationsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export/observations.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The trend’s figures as XLSX: units in the header, status colours, a source line
         * @description Same query and scope rules as GET /api/trends; one row per region × quarter.
         */
        get: operations["exportObservationsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its database answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        db: "pglite" | "postgres";
                        version: string;
                        timeZone: string;
                    };
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                            regionId: number | null;
                            regionName: string | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            version: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
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
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                            regionId: number | null;
                            regionName: string | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            version: number;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed; a new session cookie is set */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                            regionId: number | null;
                            regionName: string | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            version: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                            regionId: number | null;
                            regionName: string | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    /** @default  */
                    displayName?: string;
                    password: string;
                    /** @enum {string} */
                    role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                    regionId: number | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                            regionId: number | null;
                            regionName: string | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            version: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The version you read; a stale one answers 409 */
                    version: number;
                    displayName?: string;
                    password?: string;
                    /** @enum {string} */
                    role?: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                    regionId?: number | null;
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: number;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "analyst" | "reporter" | "approver" | "viewer";
                            regionId: number | null;
                            regionName: string | null;
                            disabled: boolean;
                            mustChangePassword: boolean;
                            version: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: {
                /** @description Name substring, code prefix, pinyin or initials prefix */
                q?: string;
                /** @description List children of this region (or search within it with q) */
                parentId?: number;
                limit?: number;
                /** @description With q: only the caller's region and the regions below it (admins: all), so a picker offers nothing the caller would be refused */
                inScope?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Regions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regions: {
                            id: number;
                            code: string;
                            name: string;
                            level: number;
                            parentId: number | null;
                            custom: boolean;
                            path?: {
                                id: number;
                                code: string;
                                name: string;
                                level: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    createRegion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parentId: number;
                    name: string;
                    /** @description Omitted: generated from the parent code, e.g. 510104C1 */
                    code?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        region: {
                            id: number;
                            code: string;
                            name: string;
                            level: number;
                            parentId: number | null;
                            custom: boolean;
                            path?: {
                                id: number;
                                code: string;
                                name: string;
                                level: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        region: {
                            id: number;
                            code: string;
                            name: string;
                            level: number;
                            parentId: number | null;
                            custom: boolean;
                            path: {
                                id: number;
                                code: string;
                                name: string;
                                level: number;
                            }[];
                            childCount: number;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getEntryForm: {
        parameters: {
            query: {
                regionId: number;
                quarter: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        region: {
                            id: number;
                            code: string;
                            name: string;
                        };
                        quarter: string;
                        submission: {
                            regionId: number;
                            quarter: string;
                            /** @enum {string} */
                            state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                            reason: string | null;
                            version: number;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            approvedBy: string | null;
                            approvedAt: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                            gaps: {
                                indicatorId: number;
                                name: string;
                                reason: string | null;
                            }[] | null;
                        };
                        locked: boolean;
                        rows: {
                            indicator: {
                                id: number;
                                name: string;
                                unit: string;
                                /** @enum {string} */
                                direction: "up" | "down" | "band";
                                /** @enum {string} */
                                kind: "rate" | "amount" | "count";
                                allowNegative: boolean;
                            };
                            target: {
                                id: number;
                                indicatorId: number;
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                                value: number | null;
                                valueMax: number | null;
                                tolerance: number | null;
                                unit: string;
                                year: number | null;
                                /** @enum {string} */
                                measure: "intensive" | "additive";
                                regionId: number;
                                inheritedFrom: {
                                    regionId: number;
                                    name: string;
                                } | null;
                                source: {
                                    documentId: number;
                                    quote: string | null;
                                } | null;
                                /** @enum {string|null} */
                                conflict: "twin" | "unit" | null;
                            };
                            lastQuarter: number | null;
                            lastYear: number | null;
                            observation: {
                                indicatorId: number;
                                regionId: number;
                                quarter: string;
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                note: string | null;
                                version: number;
                                updatedBy: string | null;
                                /** @description ISO 8601 */
                                updatedAt: string;
                            } | null;
                            changedSinceApproval: boolean;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    saveObservations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    regionId: number;
                    quarter: string;
                    /**
                     * @default api
                     * @enum {string}
                     */
                    channel?: "form" | "api";
                    rows: {
                        indicatorId: number;
                        /** @default null */
                        value?: number | null;
                        /** @default null */
                        numerator?: number | null;
                        /** @default null */
                        denominator?: number | null;
                        /** @default null */
                        note?: string | null;
                        /** @description The version you read; 0 for a cell that had no value yet. Stale → 409 */
                        version: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        observations: {
                            indicatorId: number;
                            regionId: number;
                            quarter: string;
                            value: number | null;
                            numerator: number | null;
                            denominator: number | null;
                            note: string | null;
                            version: number;
                            updatedBy: string | null;
                            /** @description ISO 8601 */
                            updatedAt: string;
                        }[];
                        unchanged: number;
                        submission: {
                            regionId: number;
                            quarter: string;
                            /** @enum {string} */
                            state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                            reason: string | null;
                            version: number;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            approvedBy: string | null;
                            approvedAt: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                            gaps: {
                                indicatorId: number;
                                name: string;
                                reason: string | null;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    saveObservationGrid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    quarter: string;
                    /**
                     * @default api
                     * @enum {string}
                     */
                    channel?: "form" | "api";
                    regions: {
                        regionId: number;
                        rows: {
                            indicatorId: number;
                            /** @default null */
                            value?: number | null;
                            /** @default null */
                            numerator?: number | null;
                            /** @default null */
                            denominator?: number | null;
                            /** @default null */
                            note?: string | null;
                            /** @description The version you read; 0 for a cell that had no value yet. Stale → 409 */
                            version: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regions: {
                            observations: {
                                indicatorId: number;
                                regionId: number;
                                quarter: string;
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                note: string | null;
                                version: number;
                                updatedBy: string | null;
                                /** @description ISO 8601 */
                                updatedAt: string;
                            }[];
                            unchanged: number;
                            regionId: number;
                            submission: {
                                regionId: number;
                                quarter: string;
                                /** @enum {string} */
                                state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                                reason: string | null;
                                version: number;
                                submittedBy: string | null;
                                submittedAt: string | null;
                                approvedBy: string | null;
                                approvedAt: string | null;
                                updatedBy: string | null;
                                updatedAt: string | null;
                                gaps: {
                                    indicatorId: number;
                                    name: string;
                                    reason: string | null;
                                }[] | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getImportTemplate: {
        parameters: {
            query: {
                regionId: number;
                quarter: string;
                format?: "csv" | "xlsx";
                children?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (UTF-8 with BOM) or XLSX file, by `format` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    importObservations: {
        parameters: {
            query?: {
                dryRun?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The figures: .csv (UTF-8, GB18030/GBK) or .xlsx
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Imported (or, dry run, what would be) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        encoding: string | null;
                        rows: number;
                        created: number;
                        updated: number;
                        unchanged: number;
                        skipped: number;
                        rejected: number;
                        rejectedRows: {
                            row: number;
                            regionId?: number;
                            indicatorId?: number;
                            column: string;
                            code: string;
                            message: string;
                        }[];
                        changes: {
                            row: number;
                            regionCode: string;
                            indicatorId: number;
                            indicatorName: string;
                            quarter: string;
                            old: {
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                note: string | null;
                            } | null;
                            new: {
                                value: number | null;
                                numerator: number | null;
                                denominator: number | null;
                                note: string | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    submitQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The submission version you read; stale → 409. Omitted: no check */
                    version?: number;
                    /** @description Required to return */
                    reason?: string;
                    /** @description Submitting: a reason per indicator still without a figure */
                    gaps?: {
                        indicatorId: number;
                        reason?: string | null;
                    }[];
                    /** @description Submitting: the missing figures without a reason do not apply this quarter */
                    notApplicable?: boolean;
                };
            };
        };
        responses: {
            /** @description New state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submission: {
                            regionId: number;
                            quarter: string;
                            /** @enum {string} */
                            state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                            reason: string | null;
                            version: number;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            approvedBy: string | null;
                            approvedAt: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                            gaps: {
                                indicatorId: number;
                                name: string;
                                reason: string | null;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    approveQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The submission version you read; stale → 409. Omitted: no check */
                    version?: number;
                    /** @description Required to return */
                    reason?: string;
                    /** @description Submitting: a reason per indicator still without a figure */
                    gaps?: {
                        indicatorId: number;
                        reason?: string | null;
                    }[];
                    /** @description Submitting: the missing figures without a reason do not apply this quarter */
                    notApplicable?: boolean;
                };
            };
        };
        responses: {
            /** @description New state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submission: {
                            regionId: number;
                            quarter: string;
                            /** @enum {string} */
                            state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                            reason: string | null;
                            version: number;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            approvedBy: string | null;
                            approvedAt: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                            gaps: {
                                indicatorId: number;
                                name: string;
                                reason: string | null;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    returnQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The submission version you read; stale → 409. Omitted: no check */
                    version?: number;
                    /** @description Required to return */
                    reason?: string;
                    /** @description Submitting: a reason per indicator still without a figure */
                    gaps?: {
                        indicatorId: number;
                        reason?: string | null;
                    }[];
                    /** @description Submitting: the missing figures without a reason do not apply this quarter */
                    notApplicable?: boolean;
                };
            };
        };
        responses: {
            /** @description New state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submission: {
                            regionId: number;
                            quarter: string;
                            /** @enum {string} */
                            state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                            reason: string | null;
                            version: number;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            approvedBy: string | null;
                            approvedAt: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                            gaps: {
                                indicatorId: number;
                                name: string;
                                reason: string | null;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    reopenQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description The submission version you read; stale → 409. Omitted: no check */
                    version?: number;
                    /** @description Required to return */
                    reason?: string;
                    /** @description Submitting: a reason per indicator still without a figure */
                    gaps?: {
                        indicatorId: number;
                        reason?: string | null;
                    }[];
                    /** @description Submitting: the missing figures without a reason do not apply this quarter */
                    notApplicable?: boolean;
                };
            };
        };
        responses: {
            /** @description New state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submission: {
                            regionId: number;
                            quarter: string;
                            /** @enum {string} */
                            state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                            reason: string | null;
                            version: number;
                            submittedBy: string | null;
                            submittedAt: string | null;
                            approvedBy: string | null;
                            approvedAt: string | null;
                            updatedBy: string | null;
                            updatedAt: string | null;
                            gaps: {
                                indicatorId: number;
                                name: string;
                                reason: string | null;
                            }[] | null;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    remindQuarter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
                quarter: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reminder: {
                            regionId: number;
                            quarter: string;
                            at: string;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getSubmissionOverview: {
        parameters: {
            query: {
                parentId: number;
                quarter: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        quarter: string;
                        dueAt: string;
                        regions: {
                            region: {
                                id: number;
                                code: string;
                                name: string;
                            };
                            submission: {
                                regionId: number;
                                quarter: string;
                                /** @enum {string} */
                                state: "not_started" | "draft" | "submitted" | "returned" | "approved";
                                reason: string | null;
                                version: number;
                                submittedBy: string | null;
                                submittedAt: string | null;
                                approvedBy: string | null;
                                approvedAt: string | null;
                                updatedBy: string | null;
                                updatedAt: string | null;
                                gaps: {
                                    indicatorId: number;
                                    name: string;
                                    reason: string | null;
                                }[] | null;
                            };
                            overdue: boolean;
                            daysOverdue: number;
                            dueAt: string;
                            changedSinceApproval: number;
                            lastReminderAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listReportingDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per level */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deadlines: {
                            level: number;
                            graceDays: number;
                            isDefault: boolean;
                            updatedBy: string | null;
                            updatedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    setReportingDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 1 province, 2 city, 3 county, 4 town */
                level: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    graceDays: number;
                };
            };
        };
        responses: {
            /** @description The level now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deadline: {
                            level: number;
                            graceDays: number;
                            isDefault: boolean;
                            updatedBy: string | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                entity?: "observation" | "target" | "document" | "indicator" | "region" | "user" | "submission" | "deadline";
                /** @description observation: regionId:indicatorId:quarter; submission: regionId:quarter */
                key?: string;
                regionId?: number;
                quarter?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            id: number;
                            /** @enum {string} */
                            entity: "observation" | "target" | "document" | "indicator" | "region" | "user" | "submission" | "deadline";
                            key: string;
                            oldValue?: unknown;
                            newValue?: unknown;
                            user: string | null;
                            /** @enum {string} */
                            channel: "form" | "import" | "api" | "system";
                            note: string | null;
                            at: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    exportChangesCsv: {
        parameters: {
            query?: {
                entity?: "observation" | "target" | "document" | "indicator" | "region" | "user" | "submission" | "deadline";
                /** @description observation: regionId:indicatorId:quarter; submission: regionId:quarter */
                key?: string;
                regionId?: number;
                quarter?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        documents: {
                            id: number;
                            title: string;
                            filename: string | null;
                            /** @enum {string} */
                            format: "text" | "txt" | "docx" | "pdf" | "html";
                            encoding: string | null;
                            regionId: number | null;
                            region: string | null;
                            year: number | null;
                            createdBy: string | null;
                            createdAt: string;
                            counts: {
                                draft: number;
                                confirmed: number;
                                rejected: number;
                                missingValue: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    uploadDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The plan: .txt (UTF-8, GB18030/GBK, Big5), .docx, .pdf or .html
                     */
                    file: string;
                    title?: string;
                };
                "application/json": {
                    title?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Stored with its draft targets */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: {
                            id: number;
                            title: string;
                            filename: string | null;
                            /** @enum {string} */
                            format: "text" | "txt" | "docx" | "pdf" | "html";
                            encoding: string | null;
                            regionId: number | null;
                            region: string | null;
                            year: number | null;
                            createdBy: string | null;
                            createdAt: string;
                            counts: {
                                draft: number;
                                confirmed: number;
                                rejected: number;
                                missingValue: number;
                            };
                            text: string;
                            warnings: {
                                code: string;
                                message: string;
                                start: number;
                                end: number;
                            }[];
                        };
                        targets: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        }[];
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        document: {
                            id: number;
                            title: string;
                            filename: string | null;
                            /** @enum {string} */
                            format: "text" | "txt" | "docx" | "pdf" | "html";
                            encoding: string | null;
                            regionId: number | null;
                            region: string | null;
                            year: number | null;
                            createdBy: string | null;
                            createdAt: string;
                            counts: {
                                draft: number;
                                confirmed: number;
                                rejected: number;
                                missingValue: number;
                            };
                            text: string;
                            warnings: {
                                code: string;
                                message: string;
                                start: number;
                                end: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listDocumentTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targets: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    createTargetFromSpan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    indicator: string;
                    /** @default null */
                    indicatorId?: number | null;
                    /** @default null */
                    regionId?: number | null;
                    /** @default null */
                    scope?: string | null;
                    year: number | null;
                    /** @enum {string} */
                    comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                    value: number | null;
                    /** @default null */
                    valueMax?: number | null;
                    unit: string;
                    /** @default null */
                    tolerance?: number | null;
                    /** @enum {string} */
                    kind: "rate" | "amount" | "count";
                    /** @enum {string} */
                    direction: "up" | "down" | "band";
                    /**
                     * @description Inferred from kind and unit when left out
                     * @enum {string}
                     */
                    measure?: "intensive" | "additive";
                    start: number;
                    end: number;
                };
            };
        };
        responses: {
            /** @description Created as a draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        target: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listTargetYears: {
        parameters: {
            query?: {
                indicatorId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Years */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        years: number[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: {
                regionId?: number;
                year?: number;
                indicatorId?: number;
                state?: "draft" | "confirmed" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Targets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        targets: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        }[];
                        conflicts: number[][];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    updateTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    indicator?: string;
                    indicatorId?: number | null;
                    regionId?: number | null;
                    scope?: string | null;
                    year?: number | null;
                    /** @enum {string} */
                    comparator?: ">=" | ">" | "<=" | "<" | "=" | "~";
                    value?: number | null;
                    valueMax?: number | null;
                    unit?: string;
                    tolerance?: number | null;
                    /** @enum {string} */
                    kind?: "rate" | "amount" | "count";
                    /** @enum {string} */
                    direction?: "up" | "down" | "band";
                    /** @enum {string} */
                    measure?: "intensive" | "additive";
                    /** @enum {string} */
                    state?: "draft" | "confirmed" | "rejected";
                    /** @description Confirming an unlinked target whose name is close to catalogue indicators: add it as a new indicator instead of being asked to link one */
                    newIndicator?: boolean;
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        target: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        };
                        conflicts: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        }[];
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    confirmDocumentTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 0.8 */
                    minConfidence?: number;
                };
            };
        };
        responses: {
            /** @description Confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        confirmed: number;
                        skipped: number;
                        /** @description Drafts left unconfirmed: their region is outside your scope */
                        outOfScope: number[];
                        targets: {
                            id: number;
                            documentId: number | null;
                            indicator: string;
                            indicatorId: number | null;
                            regionId: number | null;
                            region: string | null;
                            scope: string | null;
                            year: number | null;
                            /** @enum {string} */
                            comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                            value: number | null;
                            valueMax: number | null;
                            unit: string;
                            tolerance: number | null;
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /**
                             * @description intensive (rate, ratio, per capita): inherited by sub-regions; additive (a count or money total): the region’s own, judged on its figure or its sub-regions’ sum, never inherited
                             * @enum {string}
                             */
                            measure: "intensive" | "additive";
                            confidence: number | null;
                            /** @description Code-point offset of the quote in the document text */
                            start: number | null;
                            end: number | null;
                            quote: string | null;
                            /** @enum {string} */
                            state: "draft" | "confirmed" | "rejected";
                            version: number;
                            suggestions?: {
                                id: number;
                                name: string;
                                score: number;
                            }[];
                            /**
                             * @description Where the extracted name came from: a catalogue indicator or synonym the matcher links, or the heuristic phrase (check it); on document target lists
                             * @enum {string}
                             */
                            nameSource?: "catalogue" | "heuristic";
                        }[];
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Indicators */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicators: {
                            id: number;
                            name: string;
                            unit: string;
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            category: string;
                            synonyms: string[];
                            targetCount?: number;
                            observationCount?: number;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    unit: string;
                    /** @enum {string} */
                    direction: "up" | "down" | "band";
                    /** @enum {string} */
                    kind: "rate" | "amount" | "count";
                    /** @default 其他 */
                    category?: string;
                    /** @default [] */
                    synonyms?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            id: number;
                            name: string;
                            unit: string;
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            category: string;
                            synonyms: string[];
                            targetCount?: number;
                            observationCount?: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    suggestIndicators: {
        parameters: {
            query: {
                name: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggestions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        suggestions: {
                            id: number;
                            name: string;
                            score: number;
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    unit?: string;
                    /** @enum {string} */
                    direction?: "up" | "down" | "band";
                    /** @enum {string} */
                    kind?: "rate" | "amount" | "count";
                    category?: string;
                    synonyms?: string[];
                };
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            id: number;
                            name: string;
                            unit: string;
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            category: string;
                            synonyms: string[];
                            targetCount?: number;
                            observationCount?: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    mergeIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The indicator that keeps every target and figure of this one */
                    intoId: number;
                };
            };
        };
        responses: {
            /** @description Merged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            id: number;
                            name: string;
                            unit: string;
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                            category: string;
                            synonyms: string[];
                            targetCount?: number;
                            observationCount?: number;
                        };
                        moved: {
                            targets: number;
                            observations: number;
                        };
                    };
                };
            };
            /** @description Malformed request: the body is not JSON or not valid UTF-8 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Stale version: someone changed it first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description The body is of a media type this operation does not take */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: {
                year?: number;
                quarter?: number;
                /** @description Region code; default your scope region, or 全国 000000 for admins */
                region?: string;
                /** @description Indicator category, e.g. 妇幼健康 */
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        quarter: string;
                        category: string | null;
                        categories: string[];
                        /** @description ISO 8601 */
                        asOf: string;
                        path: {
                            id: number;
                            code: string;
                            name: string;
                            level: number;
                            readable: boolean;
                        }[];
                        parent: {
                            region: {
                                id: number;
                                code: string;
                                name: string;
                                level: number;
                                childCount: number;
                            };
                            cells: {
                                indicatorId: number;
                                target: {
                                    id: number;
                                    /** @enum {string} */
                                    comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                                    value: number | null;
                                    valueMax: number | null;
                                    tolerance: number | null;
                                    unit: string;
                                    /** @enum {string} */
                                    kind: "rate" | "amount" | "count";
                                    /** @enum {string} */
                                    direction: "up" | "down" | "band";
                                    /** @enum {string} */
                                    measure: "intensive" | "additive";
                                    sourceYear: number | null;
                                    rule: string;
                                    inheritedFrom: {
                                        regionId: number;
                                        name: string;
                                    } | null;
                                    source: {
                                        documentId: number;
                                        /** @description Code-point offset in the document text */
                                        start: number | null;
                                        end: number | null;
                                        quote: string | null;
                                    } | null;
                                };
                                value: number | null;
                                /** @enum {string} */
                                basis: "latest" | "year_to_date";
                                quarter: string | null;
                                /** @enum {string} */
                                status: "met" | "at_risk" | "missed" | "no_data";
                                reason: {
                                    /** @enum {string} */
                                    code: "no_target_value" | "not_started" | "no_figures" | "meets" | "misses" | "near_bound" | "projected_to_miss" | "projected_to_meet" | "on_path" | "behind_path" | "over_path" | "already_exceeded";
                                    text: string;
                                };
                                projected: number | null;
                                trend: {
                                    quarter: string;
                                    value: number | null;
                                }[];
                                rollUp: {
                                    counts: {
                                        met?: number;
                                        at_risk?: number;
                                        missed?: number;
                                        no_data?: number;
                                    };
                                    total: number;
                                    shareMet: number | null;
                                    /** @enum {string|null} */
                                    worst: "met" | "at_risk" | "missed" | "no_data" | null;
                                } | null;
                                weakerThanParent: {
                                    code: string;
                                    text: string;
                                } | null;
                            }[];
                        };
                        rows: {
                            region: {
                                id: number;
                                code: string;
                                name: string;
                                level: number;
                                childCount: number;
                            };
                            cells: {
                                indicatorId: number;
                                target: {
                                    id: number;
                                    /** @enum {string} */
                                    comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                                    value: number | null;
                                    valueMax: number | null;
                                    tolerance: number | null;
                                    unit: string;
                                    /** @enum {string} */
                                    kind: "rate" | "amount" | "count";
                                    /** @enum {string} */
                                    direction: "up" | "down" | "band";
                                    /** @enum {string} */
                                    measure: "intensive" | "additive";
                                    sourceYear: number | null;
                                    rule: string;
                                    inheritedFrom: {
                                        regionId: number;
                                        name: string;
                                    } | null;
                                    source: {
                                        documentId: number;
                                        /** @description Code-point offset in the document text */
                                        start: number | null;
                                        end: number | null;
                                        quote: string | null;
                                    } | null;
                                };
                                value: number | null;
                                /** @enum {string} */
                                basis: "latest" | "year_to_date";
                                quarter: string | null;
                                /** @enum {string} */
                                status: "met" | "at_risk" | "missed" | "no_data";
                                reason: {
                                    /** @enum {string} */
                                    code: "no_target_value" | "not_started" | "no_figures" | "meets" | "misses" | "near_bound" | "projected_to_miss" | "projected_to_meet" | "on_path" | "behind_path" | "over_path" | "already_exceeded";
                                    text: string;
                                };
                                projected: number | null;
                                trend: {
                                    quarter: string;
                                    value: number | null;
                                }[];
                                rollUp: {
                                    counts: {
                                        met?: number;
                                        at_risk?: number;
                                        missed?: number;
                                        no_data?: number;
                                    };
                                    total: number;
                                    shareMet: number | null;
                                    /** @enum {string|null} */
                                    worst: "met" | "at_risk" | "missed" | "no_data" | null;
                                } | null;
                                weakerThanParent: {
                                    code: string;
                                    text: string;
                                } | null;
                            }[];
                        }[];
                        indicators: {
                            id: number;
                            name: string;
                            unit: string;
                            category: string;
                        }[];
                        counts: {
                            met?: number;
                            at_risk?: number;
                            missed?: number;
                            no_data?: number;
                        };
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    exportDashboardXlsx: {
        parameters: {
            query?: {
                year?: number;
                quarter?: number;
                /** @description Region code; default your scope region, or 全国 000000 for admins */
                region?: string;
                /** @description Indicator category, e.g. 妇幼健康 */
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    getTrend: {
        parameters: {
            query: {
                indicatorId: number;
                /** @description Comma-separated region ids, e.g. 1,2,3 */
                regionIds: string;
                /** @description First quarter, YYYYQn */
                from: string;
                /** @description Last quarter, YYYYQn */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            id: number;
                            name: string;
                            unit: string;
                            /** @enum {string} */
                            direction: "up" | "down" | "band";
                            /** @enum {string} */
                            kind: "rate" | "amount" | "count";
                        };
                        from: string;
                        to: string;
                        quarters: string[];
                        regions: {
                            id: number;
                            code: string;
                            name: string;
                            targets: {
                                year: number;
                                targetId: number;
                                /** @enum {string} */
                                comparator: ">=" | ">" | "<=" | "<" | "=" | "~";
                                value: number | null;
                                valueMax: number | null;
                                tolerance: number | null;
                                unit: string;
                                /** @enum {string} */
                                kind: "rate" | "amount" | "count";
                                /** @enum {string} */
                                direction: "up" | "down" | "band";
                                /** @enum {string} */
                                measure: "intensive" | "additive";
                                cumulative: boolean;
                                sourceYear: number | null;
                                inheritedFrom: {
                                    regionId: number;
                                    name: string;
                                } | null;
                                rule: string;
                                lower: number | null;
                                upper: number | null;
                            }[];
                            points: {
                                quarter: string;
                                value: number | null;
                                judged: number | null;
                                /** @enum {string} */
                                status: "met" | "at_risk" | "missed" | "no_data";
                                reason: string | null;
                                lower: number | null;
                                upper: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    exportObservationsCsv: {
        parameters: {
            query: {
                indicatorId: number;
                /** @description Comma-separated region ids, e.g. 1,2,3 */
                regionIds: string;
                /** @description First quarter, YYYYQn */
                from: string;
                /** @description Last quarter, YYYYQn */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
    exportObservationsXlsx: {
        parameters: {
            query: {
                indicatorId: number;
                /** @description Comma-separated region ids, e.g. 1,2,3 */
                regionIds: string;
                /** @description First quarter, YYYYQn */
                from: string;
                /** @description Last quarter, YYYYQn */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description XLSX file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Role or region scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
            /** @description Invalid input; details name the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @enum {string} */
                            code: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "locked" | "plausibility_note_required" | "figures_missing" | "payload_too_large" | "unsupported_media_type" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
                            message: string;
                            details?: unknown;
                        };
                    };
                };
            };
        };
    };
}
