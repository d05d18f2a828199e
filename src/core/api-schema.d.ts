// Generated from server/openapi.json by `npm run openapi -w server`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database answers
         * @description Ready when the database answers a query. While it cannot be reached (a PostgreSQL restart), 503 with a reason and Retry-After; the server reconnects by itself.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Not ready, with the reason. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search services */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    /** @description Keywords or a question, in any language and script. Up to 2,000 characters are accepted; the first 12 words and 200 characters are searched (the answer's `search.q`). */
                    q?: string;
                    /** @description Topic codes, comma-separated (any of them). */
                    topic?: string;
                    /** @description BCP 47 codes of spoken languages, comma-separated (any of them). */
                    language?: string;
                    location_id?: string;
                    /** @description Only services open now, in their own time zone. */
                    open_now?: "0" | "1" | "true" | "false";
                    free?: "0" | "1" | "true" | "false";
                    walk_in?: "0" | "1" | "true" | "false";
                    /** @description Only services taking new clients (availability `accepting`). */
                    accepting?: "0" | "1" | "true" | "false";
                    /** @description Badge codes, comma-separated (any of them), such as attorney. */
                    badge?: string;
                    /** @description A point as "latitude,longitude". */
                    near?: string;
                    postcode?: string;
                    radius_km?: number;
                    sort?: "relevance" | "distance" | "name";
                    page?: number;
                    page_size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of services, with the total and facet counts. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceList"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service, in full */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceDetail"];
                    };
                };
                /** @description The id is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a problem with a listing (wrong phone, moved, closed…)
         * @description For the office's editors to check. No personal details are asked for; the note is encrypted at rest. The same idempotency key answers 200 with the first report. Each client may make 5 reports per 10 minutes (a repeat does not count), then 429 `report-rate-limited` with Retry-After.
         */
        post: {
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
                    "application/json": components["schemas"]["ServiceReportRequest"];
                };
            };
            responses: {
                /** @description Received before, with this idempotency key. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceReportReceipt"];
                    };
                };
                /** @description Received. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceReportReceipt"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many reports (`report-rate-limited`) or requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places where services are delivered */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    /** @description Only libraries' New American / Immigrant Information Corners. */
                    corner?: "0" | "1" | "true" | "false";
                    /** @description A point as "latitude,longitude". */
                    near?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Locations, nearest first when near is given. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LocationList"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The location. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Location"];
                    };
                };
                /** @description No such location. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Topics, with the number of active services in each */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every topic, in the requested language. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TopicList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spoken languages offered, with service counts */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Languages by number of services. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LanguageList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HSDS service list */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Keywords (services only), as in GET /v1/services?q=. */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of services. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsServicePage"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSDS service */
        get: {
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
                /** @description The service. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsService"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No service has this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HSDS organization list */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Keywords (services only), as in GET /v1/services?q=. */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of organizations. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsOrganizationPage"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSDS organization */
        get: {
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
                /** @description The organization. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsOrganizationFull"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No organization has this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/taxonomies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HSDS taxonomy list */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Keywords (services only), as in GET /v1/services?q=. */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of taxonomies. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsTaxonomyPage"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/taxonomies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSDS taxonomy */
        get: {
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
                /** @description The taxonomy. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsTaxonomy"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No taxonomy has this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/taxonomy_terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HSDS taxonomy term list */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    per_page?: number;
                    /** @description Keywords (services only), as in GET /v1/services?q=. */
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of taxonomy_terms. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsTaxonomyTermPage"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/taxonomy_terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSDS taxonomy term */
        get: {
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
                /** @description The taxonomy term. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HsdsTaxonomyTerm"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No taxonomy term has this id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Event occurrences in a window
         * @description Recurring events expanded in their own time zone. Sorted by start; `next` suggests the first one after an empty window.
         */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    /** @description Start of the window (default: now); from 2 years before today to 10 years after. */
                    from?: string;
                    /** @description End of the window (default: 8 weeks after from; at most 400 days, and 10 years after today). */
                    to?: string;
                    /** @description Event types, comma-separated (any of them). */
                    type?: string;
                    /** @description Languages the event is held in, comma-separated (any of them). */
                    language?: string;
                    location_id?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Occurrences, with facet counts. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventList"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscribable iCalendar feed
         * @description The events matching the same filters as /v1/events, as RFC 5545 with VTIMEZONE; recurring events keep their RRULE.
         */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    /** @description Start of the window (default: now); from 2 years before today to 10 years after. */
                    from?: string;
                    /** @description End of the window (default: 8 weeks after from; at most 400 days, and 10 years after today). */
                    to?: string;
                    /** @description Event types, comma-separated (any of them). */
                    type?: string;
                    /** @description Languages the event is held in, comma-separated (any of them). */
                    language?: string;
                    location_id?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An iCalendar file. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event in full, with its sessions */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    /** @description The session the top-level fields describe. */
                    occurrence?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event or session. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/event.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Add to my calendar" for one event
         * @description The whole series, or one session when `occurrence` is given.
         */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    occurrence?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An iCalendar file. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event or session. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up for a session or a whole series
         * @description Confirmed while places remain, else on the waiting list. Sending the same idempotency key again returns the first answer (200).
         */
        post: {
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
                    "application/json": components["schemas"]["RegistrationRequest"];
                };
            };
            responses: {
                /** @description This idempotency key was used before: the same registration. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registration"];
                    };
                };
                /** @description Registered (confirmed or waitlisted). */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registration"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Registration is closed for this event or session. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a registration with its cancel token
         * @description Frees the place for the first people on the waiting list. Cancelling twice is harmless.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CancelRequest"];
                };
            };
            responses: {
                /** @description Cancelled. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CancelResult"];
                    };
                };
                /** @description The token is missing or malformed. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No registration has this token. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointment-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appointment types a place offers */
        get: {
            parameters: {
                query: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                    location_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Active types, by title. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AppointmentType"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such location. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointment-types/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free slots of a type, day by day, on the place’s clock
         * @description Every day from `from` is listed (`slots: []` when none). With `interpreter`, only slots where a staff member speaks the language or an interpreter for it is on call with room.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First date; today on the place's clock by default. */
                    from?: string;
                    days?: number;
                    /** @description BCP 47 code of the interpreter's language; `ase` for American Sign Language. */
                    interpreter?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The days and their slots. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentAvailability"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment type. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointment-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep a slot for 5 minutes while the form is filled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentHoldRequest"];
                };
            };
            responses: {
                /** @description Held. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentHold"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment type. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `slot-taken`: the slot is not free; `next_slots` lists the next ones. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["SlotTakenProblem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointment-holds/{hold_token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Let a held slot go */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hold_token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Released. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not a hold token. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No current hold has this token. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book a slot
         * @description A current hold of the same type, start and interpreter becomes the booking; without one the slot is booked if free. Sending the same idempotency key again returns the same appointment (200).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentRequest"];
                };
            };
            responses: {
                /** @description This idempotency key was used before: the same appointment. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Booked; `manage_token` makes the manage link. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment type. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `slot-taken` (with `next_slots`) or `on-behalf-not-allowed`. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["SlotTakenProblem"];
                    };
                };
                /** @description The body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/manage/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An appointment, by the token of its manage link */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment (no token in it). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Not a manage token, or a field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No appointment has this link. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/manage/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an appointment; the slot is offered to the first person waiting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled (cancelling twice is harmless). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Not a manage token, or a field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No appointment has this link. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `appointment-closed`: it has taken place. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/manage/{token}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an appointment to another slot of its type */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentMoveRequest"];
                };
            };
            responses: {
                /** @description Moved; `moved_from` is the old start. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appointment"];
                    };
                };
                /** @description Not a manage token, or a field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No appointment has this link. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description `slot-taken` (with `next_slots`), or `appointment-closed` (cancelled or past). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["SlotTakenProblem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointment-waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Wait for a time of a type in a week
         * @description When a time of that type and week comes free, the first person waiting is told, in their language, with a link that books it. Sending the same idempotency key again returns the same entry (200).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentWaitlistRequest"];
                };
            };
            responses: {
                /** @description This idempotency key was used before: the same entry. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentWaitlistEntry"];
                    };
                };
                /** @description On the waiting list. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppointmentWaitlistEntry"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment type. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an inquiry (or a volunteer sign-up) from the web form
         * @description Returns a reference code, a status token (the reference and the token show the status) and the response time. The same idempotency key never creates a second inquiry: a repeat answers 200 with the first receipt. Name, phone, email and message are encrypted at rest.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InquiryRequest"];
                };
            };
            responses: {
                /** @description Received before, with this idempotency key. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryReceipt"];
                    };
                };
                /** @description Received. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryReceipt"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the inquiry form offers to ask about, and the response time */
        get: {
            parameters: {
                query?: {
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Topics in the language asked for. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryTopics"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/status/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where an inquiry stands, for the person who sent it
         * @description Received, in progress, referred (to whom) or resolved, with the day, in the language asked for; nothing personal. Shown only with the reference and one more fact: `check` is the status token given at submission (any case, with or without the dash), the last four digits of the phone on record, or the email on record (any case). Once retention has erased the personal fields, only the token works. An unknown reference and a wrong check get the same 404. 10 failed lookups from one client in 15 minutes answer 429 `rate-limited`; 20 wrong checks on one reference, from anyone, lock it for an hour (429 `reference-locked`, even for the right check). Never cached.
         */
        get: {
            parameters: {
                query: {
                    /** @description The status token, the last four digits of the phone, or the email. */
                    check: string;
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path: {
                    /** @description The reference given at submission, such as K7M-4QX (any case). */
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The status. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryStatus"];
                    };
                };
                /** @description `check` is missing or too long. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No inquiry with this reference and this check (`status-not-found`); which one is wrong is not said. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed lookups from this client (`rate-limited`) or on this reference (`reference-locked`); see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inquiry counts for public dashboards, with small cells suppressed
         * @description Counts of inquiries from every channel (hotline, email, 311, web, outreach) by whole months in the office's time zone (`from` and `to` are months, `YYYY-MM`; a day or time is refused with 400), broken down by up to two of month, channel, topic, language, status and referral destination, with the resolution rate, the median days to resolution, the share resolved within the office's response time (WW_RESPONSE_DAYS business days) the people the outreach team reached by language, and attendance at event sessions (registered, attended, no-shows, walk-ins) by event type and by language, and one-to-one appointments (booked, no-shows, median days from booking to appointment) by type and by language. Referrals count the destination the desk recorded (`referral_code`), else older free text mapped to a destination. No personal data, and no text anyone typed: topics, languages and referral destinations come from fixed lists, and a value with fewer than 5 inquiries in the window counts under `other`. Disclosure control: counts from 1 to 4 are published as null ("fewer than 5"), a second count is hidden wherever a total would let one be worked out, and every other count (totals included) is rounded to the nearest multiple of 5. Windows are whole months, so two overlapping windows differ by the months between them; rounded, their counts differ by a multiple of 5 that fits every count from 1 to 4 alike, so subtracting them never recovers a hidden count.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First month (default: 11 months before `to`). */
                    from?: string;
                    /** @description Last month, inclusive (default: the last full month). */
                    to?: string;
                    /** @description Up to two of: month, channel, topic, language, status, referral. */
                    group_by?: string;
                    kind?: "inquiry" | "volunteer";
                    /** @description BCP 47 tag of the language to answer in, such as es or zh-Hant. */
                    lang?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The counts. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryStats"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How staff may sign in here */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sign-in methods and the idle timeout. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAuthConfig"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password (and a code when the account has an authenticator)
         * @description An unknown email, a disabled account and a wrong password get the same answer in the same time. Every sign-in starts a new session; the cookie the browser had before is never reused.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffLogin"];
                };
            };
            responses: {
                /** @description Signed in. Sets the session cookie (ww_staff; __Host-ww_staff over HTTPS). */
                200: {
                    headers: {
                        "Set-Cookie": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMe"];
                    };
                };
                /** @description The body is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `sign-in-failed` (with `field: "code"` when the code was wrong), or `code-required`: the password was right and the account needs its authenticator code. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `csrf`: posted from another site (the Origin header is not this server). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `locked`: five failed sign-ins locked the account for 15 minutes, or this client failed 20 times within a minute; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password from a set-up link, and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffSetup"];
                };
            };
            responses: {
                /** @description Password set; signed in. Sets the session cookie (ww_staff; __Host-ww_staff over HTTPS). */
                200: {
                    headers: {
                        "Set-Cookie": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMe"];
                    };
                };
                /** @description The password is too short (`errors`), or type `setup-link-invalid`: unknown, used or expired. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `csrf`: posted from another site (the Origin header is not this server). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `locked`: five failed sign-ins locked the account for 15 minutes, or this client failed 20 times within a minute; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with the one-time demo token `npm start` prints */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffDemoSignIn"];
                };
            };
            responses: {
                /** @description Signed in as the demo account. Sets the session cookie (ww_staff; __Host-ww_staff over HTTPS). */
                200: {
                    headers: {
                        "Set-Cookie": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMe"];
                    };
                };
                /** @description Type `demo-link-invalid`: unknown, used or expired. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `csrf`: posted from another site (the Origin header is not this server). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description This server was not started with a demo sign-in. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `locked`: five failed sign-ins locked the account for 15 minutes, or this client failed 20 times within a minute; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: the session ends and the cookie is cleared
         * @description With the session cookie, send X-CSRF-Token as for every write.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out (also when there was no session). */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Type `csrf`: no or a wrong X-CSRF-Token, or another site. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in through the office's OpenID Connect provider */
        get: {
            parameters: {
                query?: {
                    /** @description A page of the desk, such as /staff/#queue. */
                    return_to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the provider (authorization code flow with PKCE), or to /staff/#sign-in-error=failed. */
                302: {
                    headers: {
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No OpenID Connect provider is configured. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff/auth/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's redirect back */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed in: to the page the sign-in started from (default /staff/), with the session cookie. Otherwise to /staff/#sign-in-error=no-account|disabled|failed. */
                302: {
                    headers: {
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No OpenID Connect provider is configured. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, their roles, and the CSRF token for writes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account, or the token. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffMe"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of this account, this one included */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every session ended. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start adding an authenticator app: a new secret, pending until confirmed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The secret to enter or scan. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffTotpEnrolment"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Remove the authenticator, proven by a current code */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffTotpCode"];
                };
            };
            responses: {
                /** @description Removed. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Type `code-invalid`: wrong or used, or no authenticator. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the pending authenticator with a code from it; sign-in then needs a code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffTotpCode"];
                };
            };
            responses: {
                /** @description Confirmed. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Type `code-invalid`: wrong, used, or nothing pending. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every staff account (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The accounts, by name. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccountList"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an account and its set-up link (admin)
         * @description The person opens the link to set a password, or signs in through the office's provider with this email.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffAccountCreate"];
                };
            };
            responses: {
                /** @description Created; the set-up link works once, for 72 hours. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccountCreated"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `account-exists`: an account has this email. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/accounts/{id}": {
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
        /**
         * Change an account: name, roles, locations, disabled (admin)
         * @description Disabling ends every session of the account at once.
         */
        patch: {
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
                    "application/json": components["schemas"]["StaffAccountUpdate"];
                };
            };
            responses: {
                /** @description The account as changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAccount"];
                    };
                };
                /** @description A field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such account. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/staff/accounts/{id}/setup-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new set-up link for an account (admin); the previous one stops working */
        post: {
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
                /** @description Works once, for 72 hours. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffSetupLink"];
                    };
                };
                /** @description The id is not a UUID. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such account. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first (admin)
         * @description Who viewed, changed or exported which record, and when: ids and field names only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description inquiry, account, registration… */
                    record_type?: string;
                    record_id?: string;
                    /** @description The actor's name as recorded. */
                    actor?: string;
                    page?: number;
                    page_size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAuditPage"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `unauthorized` (no session, no token) or `session-expired`. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Type `forbidden` (the role does not allow it) or `csrf` (a write without its X-CSRF-Token). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The queue: inquiries from every channel, newest or oldest first
         * @description Filters combine (all must hold; a comma-separated list matches any of its values). `q` finds a reference code only: names, contact details and messages are encrypted at rest, so the database cannot search them. Each row shows the name only (audited as one view of the list).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Statuses, comma-separated (any of them): new, in-progress, referred, resolved, closed. */
                    status?: string;
                    /** @description Topic codes (as /v1/inquiries/topics lists, or volunteer), comma-separated (any of them). */
                    topic?: string;
                    /** @description Channels, comma-separated (any of them): web, hotline, email, 311, walk-in, outreach. */
                    channel?: string;
                    /** @description Preferred languages, comma-separated; `zh` also matches zh-Hans and zh-Hant. */
                    language?: string;
                    kind?: "inquiry" | "volunteer";
                    /** @description Whose inquiries: `me` (the signed-in account; a token has none), `none` (nobody has it yet) or an account id. */
                    assigned?: ("me" | "none") | string;
                    /** @description true: open (new or in progress) and received more than the response time (WW_RESPONSE_DAYS business days, Monday to Friday in the office's time zone) ago; false: every other inquiry. */
                    overdue?: boolean;
                    /** @description Received at or after this instant (ISO 8601; a bare date is midnight UTC). */
                    from?: string;
                    /** @description Received before this instant (exclusive), so from=2026-03-01&to=2026-04-01 is March. */
                    to?: string;
                    /** @description A reference code, in any case and with any separator (k7m4qx). Names, contact details and messages are encrypted, so they cannot be searched. */
                    q?: string;
                    /** @description By when it was received. */
                    sort?: "newest" | "oldest";
                    page?: number;
                    page_size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page, with the total matching and the count overdue. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInquiryList"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Log a call, a walk-in, an email, a 311 transfer or an outreach contact
         * @description So the counts cover every channel; no personal data is needed. Recorded with `logged_by` = the caller's name. Resolved on the spot: status `resolved`; a follow-up: status `new` with `assigned_to`. Consent: a person who gives a phone number or email to be answered on has asked to be contacted that way, so `consent` is true exactly when `contact_method` is not `none`; only the detail of the chosen method is kept. An `Idempotency-Key` header makes a retry safe (200 with the first inquiry). Needs write access.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffInquiryCreate"];
                };
            };
            responses: {
                /** @description Logged before with this Idempotency-Key. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInquiry"];
                    };
                };
                /** @description Logged. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInquiry"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token may only read, or the role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/inquiries.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inquiries matching the filters, as CSV for a spreadsheet
         * @description Same filters as the list, every match, oldest first. UTF-8 with a byte-order mark, RFC 4180 quoting. Columns: reference, received_at, channel, kind, topic, preferred_language, status, referral, referral_code, resolution_code, resolved_at, days_to_resolution, postcode. No name, phone, email or message: exports travel, personal data stays in the system. A cell starting with = + - or @ is prefixed with an apostrophe so a spreadsheet does not run it. Audited as an export.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Statuses, comma-separated (any of them): new, in-progress, referred, resolved, closed. */
                    status?: string;
                    /** @description Topic codes (as /v1/inquiries/topics lists, or volunteer), comma-separated (any of them). */
                    topic?: string;
                    /** @description Channels, comma-separated (any of them): web, hotline, email, 311, walk-in, outreach. */
                    channel?: string;
                    /** @description Preferred languages, comma-separated; `zh` also matches zh-Hans and zh-Hant. */
                    language?: string;
                    kind?: "inquiry" | "volunteer";
                    /** @description Whose inquiries: `me` (the signed-in account; a token has none), `none` (nobody has it yet) or an account id. */
                    assigned?: ("me" | "none") | string;
                    /** @description true: open (new or in progress) and received more than the response time (WW_RESPONSE_DAYS business days, Monday to Friday in the office's time zone) ago; false: every other inquiry. */
                    overdue?: boolean;
                    /** @description Received at or after this instant (ISO 8601; a bare date is midnight UTC). */
                    from?: string;
                    /** @description Received before this instant (exclusive), so from=2026-03-01&to=2026-04-01 is March. */
                    to?: string;
                    /** @description A reference code, in any case and with any separator (k7m4qx). Names, contact details and messages are encrypted, so they cannot be searched. */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A CSV file with a header row. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inquiry, its personal fields decrypted, with notes and replies
         * @description Audited as a view of the fields shown.
         */
        get: {
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
                /** @description The inquiry. */
                200: {
                    headers: {
                        /** @description "v<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInquiryDetail"];
                    };
                };
                /** @description The id is not a UUID. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such inquiry. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move an inquiry along: status, topic, referral, assignee, resolution code
         * @description `If-Match: "v<version>"` (the ETag of the inquiry as read) refuses the change with 412 if someone changed it since; required with a desk session (428 without), optional with a token. Every change bumps the version and answers the new ETag. `resolved_at` is set when the status becomes resolved or closed (kept when a resolved inquiry is closed) and cleared when it is reopened. `referred` needs a referral. A null referral, referral code, assignee or resolution code clears it. Needs write access.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffInquiryUpdate"];
                };
            };
            responses: {
                /** @description The inquiry as updated. */
                200: {
                    headers: {
                        /** @description "v<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInquiry"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token may only read, or the role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such inquiry. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/staff/inquiries/by-reference/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One inquiry by the reference code a person reads out
         * @description Any case, any separator: k7m4qx, K7M 4QX and K7M-4QX are the same. Audited as a view.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reference: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The inquiry. */
                200: {
                    headers: {
                        /** @description "v<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffInquiryDetail"];
                    };
                };
                /** @description This cannot be a reference code. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No inquiry has this reference. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/colleagues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whom an inquiry can be given to: enabled accounts with the desk role, by name
         * @description Names and ids only (no email, no roles), for the desk to assign an inquiry to a colleague.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By name. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffColleagues"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/inquiries/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an internal note to an inquiry
         * @description For colleagues only, never sent to the person; encrypted at rest. Notes do not change the inquiry's version, so adding one never makes a colleague's edit stale. Audited.
         */
        post: {
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
                    "application/json": components["schemas"]["InquiryNoteRequest"];
                };
            };
            responses: {
                /** @description The note. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryNote"];
                    };
                };
                /** @description The note is empty or longer than 4000 characters. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token may only read, or the role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such inquiry. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/inquiries/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to the person by email, in their language
         * @description `{reference}`, `{referral}` (the destination, named in the reply's language) and `{status_url}` (the public status page of this inquiry) in the subject and body are filled in. The mail goes through the outbox: `queued` for the mail server, or `kept` when none is configured (then the desk passes it on from the outbox). The reply is logged (author, template, language, method), never its text; the mail's text is encrypted in the outbox. Only for a person who asked to be answered by email and whose address is on record (else 409 `no-email`). Audited.
         */
        post: {
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
                    "application/json": components["schemas"]["InquiryReplyRequest"];
                };
            };
            responses: {
                /** @description Queued (or kept) in the outbox. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryReplyQueued"];
                    };
                };
                /** @description A field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token may only read, or the role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such inquiry. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The person did not ask for email, or the address is gone (type `no-email`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mail the server sent, will send, or keeps for the desk
         * @description The newest 100, decrypted (audited as a view). `smtp: false`: no mail server is configured, so mail is `kept` here for staff to pass on by hand. Desk role.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only mail in this state. */
                    status?: "queued" | "sending" | "sent" | "failed" | "kept" | "bounced";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The outbox. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            smtp: boolean;
                            items: components["schemas"]["OutboxItem"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the desk role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/reply-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The office's reply templates
         * @description With `locale`, one per template in that language, or in English marked `fallback: true`. Without, every template in every language.
         */
        get: {
            parameters: {
                query?: {
                    locale?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The templates. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReplyTemplate"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/reply-templates/{code}/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write a reply template in one language (admin)
         * @description Audited (record type `reply-template`, record id `<code>/<locale>`).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    locale: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReplyTemplateText"];
                };
            };
            responses: {
                /** @description Changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReplyTemplate"];
                    };
                };
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReplyTemplate"];
                    };
                };
                /** @description A field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/referral-destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the desk refers people, in the order offered
         * @description Any staff role. Retired destinations are listed with `active: false`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every destination. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReferralDestination"][];
                        };
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a referral destination (admin)
         * @description Placed at the end of the list. Until it has names in other languages, the public dashboard shows its English name, marked as a fallback.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReferralDestinationCreate"];
                };
            };
            responses: {
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferralDestination"];
                    };
                };
                /** @description A field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A destination has this code (type `exists`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/referral-destinations/{code}": {
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
        /**
         * Change or retire a referral destination (admin)
         * @description A new English name drops the machine drafts of the old one in other languages. Destinations are never deleted: `active: false` retires one, and past referrals to it still count.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReferralDestinationUpdate"];
                };
            };
            responses: {
                /** @description As changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReferralDestination"];
                    };
                };
                /** @description A field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No destination has this code. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/staff/outreach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outreach events, newest first, with what each reached
         * @description `from` and `to` are dates, both included. At most 500 events. Desk role.
         */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutreachEvent"][];
                            totals: {
                                events: number;
                                people: number;
                                signups: number;
                            };
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the desk role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Log an outreach event: where, with whom, people reached by language and topic, sign-ups made
         * @description Counts only, no personal data. Desk role, write access.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutreachRequest"];
                };
            };
            responses: {
                /** @description Logged. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutreachEvent"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token may only read, or the role does not allow this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/settings/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When reminders go (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The setting (24 hours until an office changes it). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderSettings"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Change when reminders go (admin)
         * @description Takes effect at the next sweep (every minute) in every server process. Audited.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderSettings"];
                };
            };
            responses: {
                /** @description Changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderSettings"];
                    };
                };
                /** @description The number of hours is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/search-concepts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everyday words search understands (editor, admin)
         * @description Sorted by language, then phrase. `q` finds part of a phrase or a term, accents and case folded.
         */
        get: {
            parameters: {
                query?: {
                    locale?: string;
                    q?: string;
                    review?: "draft" | "reviewed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The everyday words. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SearchConcept"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an everyday word (editor, admin)
         * @description Searches understand it at once (the directory version is bumped with it). Audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SearchConceptInput"];
                };
            };
            responses: {
                /** @description Added. */
                201: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchConcept"];
                    };
                };
                /** @description A field is not valid; `errors` names it. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The language already has this phrase, accents and case folded (type `duplicate`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/search-concepts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an everyday word (editor, admin)
         * @description The whole word as the editor holds it, with `If-Match`. Every change bumps `version`. Audited.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SearchConceptInput"];
                };
            };
            responses: {
                /** @description As changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchConcept"];
                    };
                };
                /** @description A field is not valid; `errors` names it. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such everyday word. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The language already has this phrase, accents and case folded (type `duplicate`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description If-Match is missing (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete an everyday word (editor, admin)
         * @description With `If-Match`. Audited.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such everyday word. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description If-Match is missing (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Problems reported on listings (editor, admin)
         * @description Open reports oldest first, closed ones most recently closed first. Notes are decrypted: the list is audited as one view (record type `service-report`).
         */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "closed";
                    service_id?: string;
                    page?: number;
                    page_size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page, with the total matching. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffServiceReportList"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/reports/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a report without changing the listing (editor, admin)
         * @description For a report that was checked and needs no change. A report a change fixes is closed by the editor's save (`closes_reports`). Audited.
         */
        post: {
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
                    "application/json": components["schemas"]["CloseServiceReportRequest"];
                };
            };
            responses: {
                /** @description Closed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffServiceReport"];
                    };
                };
                /** @description A field is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such report. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The report is closed already (type `report-closed`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events this person runs (organizer: at granted locations; admin: all)
         * @description Upcoming events, the soonest next session first; with `include=past` also events whose sessions are all over, the latest changed first.
         */
        get: {
            parameters: {
                query?: {
                    include?: "past";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The events. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StaffEventSummary"][];
                        };
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an event
         * @description Texts per language: the source language’s is the event’s own text; others are translations, `reviewed` when a person checked them (otherwise drafts). An organizer may only use a granted location.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffEventInput"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEvent"];
                    };
                };
                /** @description A field is not valid; `errors` names each one (a bad rule names `rrule`). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The locations this person may hold events at */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By name. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffLocationList"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event for the editor: texts with their state, sessions with their counts */
        get: {
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
                /** @description The event. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEvent"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Change an event
         * @description The whole event as the editor holds it, with `If-Match`. Every change bumps `version`; a change of time, place, rule or status also bumps `sequence`, so calendar apps take it. A capacity below the people confirmed for a session ahead is refused (409 `capacity-below-confirmed`) unless `over_capacity` says what to do; a higher one moves people up from the waiting list.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffEventInput"];
                };
            };
            responses: {
                /** @description As changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEvent"];
                    };
                };
                /** @description A field is not valid; `errors` names each one (a bad rule names `rrule`). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new capacity is below the people confirmed (type `capacity-below-confirmed`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["CapacityProblem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel one session
         * @description The session stays listed as cancelled; everyone signed up is told (`session.cancelled` job). Bumps `sequence`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    /** @description The session's original local start (its occurrence key). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event as changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEvent"];
                    };
                };
                /** @description A field is not valid; `errors` names each one (a bad rule names `rrule`). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event, or the key is not one of its sessions. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new time overlaps another session (type `session-conflict`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move one session to another time
         * @description The session keeps its key (its original local start: registrations stay keyed by it) and shows at the new time; everyone signed up is told (`session.moved` job). Bumps `sequence`. Onto another session’s time: 409 `session-conflict`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                    /** @description The session's original local start (its occurrence key). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SessionMoveInput"];
                };
            };
            responses: {
                /** @description The event as changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEvent"];
                    };
                };
                /** @description A field is not valid; `errors` names each one (a bad rule names `rrule`). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event, or the key is not one of its sessions. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The new time overlaps another session (type `session-conflict`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the whole event
         * @description Status `cancelled`; everyone signed up is told (`session.cancelled` job with key `series`).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The event as cancelled. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffEvent"];
                    };
                };
                /** @description A field is not valid; `errors` names each one (a bad rule names `rrule`). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the event is at a location not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such event. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The directory’s services for editors, by name
         * @description `q` matches words of the service’s or organization’s name; `state`: `due` (re-verification due within 30 days or overdue), `overdue`, `drafts` (machine-drafted texts), `reports` (open reports).
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    availability?: "accepting" | "waitlist" | "full" | "paused";
                    state?: "due" | "overdue" | "drafts" | "reports";
                    page?: number;
                    page_size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DirectoryListItem"][];
                            total: number;
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a service
         * @description As a save, for a new service of an organization (by id, or a new one by name).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceCreateInput"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceEdit"];
                    };
                };
                /** @description A field is not valid, or the service as saved would not be valid HSDS 3.0 (type `hsds-invalid`); `errors[].field` names each in the editor’s terms (`phones[0].number`). Nothing was saved. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HsdsInvalidProblem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One service for the editor
         * @description Every text in every UI language with its state; the provider’s verification contact, decrypted (the view is audited).
         */
        get: {
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
                /** @description The service. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceEdit"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Save a service
         * @description The editable parts as the editor holds them, with `If-Match`. One transaction: the service and what hangs from it, translations (only the locales sent), the search text, the directory version, a history row; `closes_reports` closes those reports as fixed by this change. The saved service must be valid HSDS 3.0, or nothing is saved.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ServiceEditInput"];
                };
            };
            responses: {
                /** @description As saved (a new ETag). */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceEdit"];
                    };
                };
                /** @description A field is not valid, or the service as saved would not be valid HSDS 3.0 (type `hsds-invalid`); `errors[].field` names each in the editor’s terms (`phones[0].number`). Nothing was saved. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["HsdsInvalidProblem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`): `current` is the service now, `changed_by` who changed it. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ServiceStaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/services/{id}/texts/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one translation reviewed (optionally corrected)
         * @description The translation becomes `reviewed` by this person now; with `value`, corrected first. With `If-Match`; a history row of kind `review`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TextReviewInput"];
                };
            };
            responses: {
                /** @description The service as changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceEdit"];
                    };
                };
                /** @description A field is not valid, or there is no translation and no `value`. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`): `current` is the service now, `changed_by` who changed it. */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["ServiceStaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/review-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Machine drafts of one language, to review in one sitting
         * @description By service name, with the source text beside each draft; 50 a page.
         */
        get: {
            parameters: {
                query: {
                    locale: string;
                    page?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReviewQueueItem"][];
                            total: number;
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/services/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service’s changes, who made each and when
         * @description Newest first (the last 200). The provider’s contact is never shown by value.
         */
        get: {
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
                /** @description The changes. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DirectoryHistoryItem"][];
                        };
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the editor or admin role (or the token may only read). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointment-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appointment types of a place, every status */
        get: {
            parameters: {
                query: {
                    location_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By title. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StaffAppointmentType"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an appointment type */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffAppointmentTypeInput"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentType"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Another type at this place has this code (`code-taken`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointment-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One appointment type */
        get: {
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
                /** @description The type. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentType"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such type. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change an appointment type (If-Match); translations are replaced whole */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffAppointmentTypeInput"];
                };
            };
            responses: {
                /** @description As changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentType"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Another type at this place has this code (`code-taken`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Archive an appointment type (If-Match): no new bookings, those made stay */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Archived. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentType"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointment-staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people who hold appointments at a place, with their weekly hours */
        get: {
            parameters: {
                query: {
                    location_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By name. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StaffAppointmentStaff"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a person who holds appointments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffAppointmentStaffInput"];
                };
            };
            responses: {
                /** @description Created. */
                201: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentStaff"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointment-staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person who holds appointments */
        get: {
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
                /** @description The person. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentStaff"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Change a person’s languages, types and hours (If-Match); rules are replaced whole */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffAppointmentStaffInput"];
                };
            };
            responses: {
                /** @description As changed. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffAppointmentStaff"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/availability-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closures and extra hours at a place */
        get: {
            parameters: {
                query: {
                    location_id: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By date. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AvailabilityException"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Close a day or part of one (for a person, or the whole place), or add hours for a person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AvailabilityExceptionInput"];
                };
            };
            responses: {
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AvailabilityException"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/availability-exceptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a closure or extra hours */
        delete: {
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
                /** @description Removed. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/interpreter-availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Interpreters on call at a place */
        get: {
            parameters: {
                query: {
                    location_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By language. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["InterpreterAvailability"][];
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add an interpreter’s hours (weekly or on a date) for a language */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InterpreterAvailabilityInput"];
                };
            };
            responses: {
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InterpreterAvailability"];
                    };
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/interpreter-availability/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an interpreter’s hours */
        delete: {
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
                /** @description Removed. */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A field is not valid; `errors` names each one. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The role does not allow this, or the place is not granted to you (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such record. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session's roster: who is confirmed and waiting, and who came
         * @description Registrations for the session and, in a series, for the whole series; names and access needs decrypted. Audited as a view. Organizer (locations granted) or admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The roster. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Roster"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, or the event is at a location not granted (`location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description No such event, or no session of it at this key. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/roster/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a person in, by registration or by the code on their confirmation
         * @description Checking in twice answers `already: true`. A code from another event (`other-event`) or another session (`other-session`) says when that is; a waitlisted or cancelled registration is `not-confirmed`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CheckInRequest"];
                };
            };
            responses: {
                /** @description Checked in. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: components["schemas"]["RosterEntry"];
                            already: boolean;
                        };
                    };
                };
                /** @description The body is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, or the event is at a location not granted (`location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description No such event or session, no registration with this code (`unknown-code`) or id. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description `other-event`, `other-session` or `not-confirmed`. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/roster/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set or clear one person's attendance (corrections, undo)
         * @description A no-show only once the session has ended (`session-not-over`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttendanceRequest"];
                };
            };
            responses: {
                /** @description The entry as now. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: components["schemas"]["RosterEntry"];
                        };
                    };
                };
                /** @description The body is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, or the event is at a location not granted (`location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description No such event, or no session of it at this key. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description `not-confirmed`, or `session-not-over` for a no-show. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/roster/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add someone who came without signing up
         * @description Confirmed and checked in at once, counted in the places. Taken even when the session is full (the person is there): `over_capacity` says so. An `Idempotency-Key` header makes a retry (or a second click) safe: 200 with the walk-in added first.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                    /** @description The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WalkInRequest"];
                };
            };
            responses: {
                /** @description Added before with this Idempotency-Key. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: components["schemas"]["RosterEntry"];
                            /** @description The session now has more people than places. */
                            over_capacity: boolean;
                        };
                    };
                };
                /** @description Added. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entry: components["schemas"]["RosterEntry"];
                            /** @description The session now has more people than places. */
                            over_capacity: boolean;
                        };
                    };
                };
                /** @description The body is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, or the event is at a location not granted (`location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description No such event, or no session of it at this key. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/roster/no-shows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After the session: mark everyone confirmed and not checked in as a no-show */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description How many registrations were marked. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, or the event is at a location not granted (`location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description No such event, or no session of it at this key. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description The session has not ended (`session-not-over`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/events/{id}/sessions/{key}/roster.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A session's roster as CSV: a sign-in sheet without contact details
         * @description Columns: name, party_size, language, access_needs, status, attendance. Never an email or phone number. Audited as an export.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    /** @description The session's original local start, `YYYY-MM-DDTHH:MM` (as registrations name it). */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A CSV file with a header row. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, or the event is at a location not granted (`location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description No such event, or no session of it at this key. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["RosterProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A place's appointments on one day, per staff member
         * @description The day on the place's own clock. Every active staff member of the place (and any other with an appointment that day), by name, with their bookings in order of time: booked, checked in or no-show (holds and cancellations left out). Names, contact details and notes decrypted; audited as one view. Organizer (locations granted) or admin.
         */
        get: {
            parameters: {
                query: {
                    location_id: string;
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The day. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficeDay"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, a read-only token, or a location not granted (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment or place. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointments/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person has come
         * @description Checking in twice changes nothing; a no-show who arrives late is checked in. A hold or a cancelled appointment is refused (409 `not-booked`). If-Match is optional here (the door is quick): when sent, a stale version is refused. Every answer shows the person’s details and is audited (a view when nothing changed).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment as now. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficeAppointment"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, a read-only token, or a location not granted (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment or place. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a booking (`not-booked`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The person did not come
         * @description Only once the appointment has started (409 `not-started` before); a check-in by mistake is corrected this way. Marking twice changes nothing. If-Match optional, as for check-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The appointment as now. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficeAppointment"];
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, a read-only token, or a location not granted (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment or place. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a booking (`not-booked`), or not started yet (`not-started`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/appointments/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the office's notes on an appointment
         * @description Encrypted at rest; an empty text clears them. `If-Match` with the version read: required with a desk session (428 without), optional with a token.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppointmentNotes"];
                };
            };
            responses: {
                /** @description The appointment as now. */
                200: {
                    headers: {
                        /** @description "<version>": send it back as If-Match. */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OfficeAppointment"];
                    };
                };
                /** @description The body is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not an organizer or admin, a read-only token, or a location not granted (type `location-not-granted`). */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such appointment or place. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A hold, not a booking (`not-booked`). */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description A desk session must send If-Match (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Listings to re-verify (editor, admin)
         * @description `due`: due within 30 days or overdue; `overdue`: past their due date; `all`: every active service. Ordered by due date (never verified first).
         */
        get: {
            parameters: {
                query?: {
                    state?: "due" | "overdue" | "all";
                    page?: number;
                    page_size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["VerificationDueItem"][];
                            total: number;
                        };
                    };
                };
                /** @description A parameter is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/verification/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail re-verification requests to providers (editor, admin)
         * @description For each service with a contact: a signed link that expires after the office’s `link_days`, mailed in the service’s language by a job. Services without a contact are listed in `skipped`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        service_ids: string[];
                    };
                };
            };
            responses: {
                /** @description Queued; the mails go with the next job round. */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            queued: number;
                            skipped: {
                                /** Format: uuid */
                                service_id: string;
                                /** @enum {string} */
                                reason: "no-contact";
                            }[];
                        };
                    };
                };
                /** @description The body is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/directory/services/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a listing verified: staff checked it themselves (editor, admin)
         * @description With If-Match (the service’s version). Sets the verified date and each dated badge’s date to today (the office’s zone); history kind `verify`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Verified. */
                200: {
                    headers: {
                        /** @description "<version>" */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            service_id: string;
                            version: number;
                            verification: components["schemas"]["Verification"];
                        };
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the role editor or admin. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No such service. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Changed by someone else since the version sent in If-Match (type `stale`). */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["StaleProblem"];
                    };
                };
                /** @description If-Match is missing (type `precondition-required`). */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/settings/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How often listings are re-verified (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The setting (365, 180 and 14 days by default). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationPolicy"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Change how often listings are re-verified (admin)
         * @description Due dates follow at once; links already mailed keep their expiry. Audited.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VerificationPolicy"];
                };
            };
            responses: {
                /** @description Changed. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VerificationPolicy"];
                    };
                };
                /** @description A value is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No token, an unknown one or a revoked one; see WWW-Authenticate. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Needs the admin role. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many failed attempts from this client; see Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
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
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            /** @description Why the server is not ready, e.g. "the database cannot be reached (ECONNREFUSED)". */
            reason?: string;
        };
        ServiceList: {
            total: number;
            page: number;
            page_size: number;
            items: components["schemas"]["ServiceSummary"][];
            facets: {
                topics: {
                    [key: string]: number;
                };
                languages: {
                    [key: string]: number;
                };
            };
            search?: components["schemas"]["SearchExplanation"];
            /** @description When nothing matches: the topic codes nearest to the words, to offer instead. */
            suggested_topics: string[];
        };
        ServiceSummary: {
            id: string;
            name: string;
            description: string;
            content: components["schemas"]["ContentInfo"];
            organization: {
                id: string;
                name: string;
            };
            topics: components["schemas"]["Term"][];
            badges: components["schemas"]["Badge"][];
            languages: components["schemas"]["LanguageOffer"][];
            locations: components["schemas"]["LocationSummary"][];
            phones: components["schemas"]["Phone"][];
            url: string | null;
            email: string | null;
            /** @description Null when the service has no opening hours (online). */
            open_now: boolean | null;
            hours_today: components["schemas"]["Hours"][];
            distance_km: number | null;
            last_verified: string | null;
            availability: components["schemas"]["ServiceAvailability"];
            verification: components["schemas"]["ServiceVerification"];
        };
        ContentInfo: {
            /** @description Language of the main texts (name, description). */
            locale: string;
            /**
             * @description Source text, or a human or machine translation.
             * @enum {string}
             */
            method: "source" | "human" | "machine";
            /** @description True when the texts are not in the first language asked for. */
            fallback: boolean;
            /** @description The other texts of the record that are not in the first language asked for either (their source, or a language further down the list), by field: `description`, `eligibility`, `topics`, `phones.description`, `locations.transportation`… Names are written as their owners write them and are never listed. Empty when everything is in the language asked for. */
            fallback_fields?: string[];
        };
        Term: {
            code: string;
            name: string;
        };
        Badge: {
            code: string;
            name: string;
            /** @description Date (YYYY-MM-DD) an accreditation was last checked. */
            verified: string | null;
            /** @description The listing's re-verification is overdue (its `verification.overdue`): show the badge as not re-verified since its date, never hide it. */
            overdue: boolean;
        };
        LanguageOffer: {
            /** @description BCP 47 code: cmn (Mandarin) and yue (Cantonese) are distinct. */
            code: string;
            /**
             * @description staff speak it, or an interpreter is available.
             * @enum {string}
             */
            kind: "staff" | "interpretation";
        };
        LocationSummary: {
            id: string;
            name: string;
            address: components["schemas"]["Address"];
            latitude: number | null;
            longitude: number | null;
            timezone: string;
            /** @description A library's New American Corner / Immigrant Information Corner. */
            corner: boolean;
            distance_km: number | null;
        };
        Address: {
            address_1: string;
            address_2: string | null;
            city: string;
            state_province: string;
            postal_code: string;
            country: string;
        } | null;
        Phone: {
            number: string;
            description: string | null;
            languages: string[];
        };
        Hours: {
            opens_at: string;
            closes_at: string;
            location_id: string | null;
        };
        ServiceAvailability: {
            /**
             * @description Whether it takes new clients: accepting, a waiting list, full (not taking new clients), or paused.
             * @enum {string}
             */
            status: "accepting" | "waitlist" | "full" | "paused";
            /** @description Date (YYYY-MM-DD) the status was set, if known. */
            since: string | null;
            /** @description Date (YYYY-MM-DD) the status is expected to change (a pause until…), if known. */
            until: string | null;
        };
        ServiceVerification: {
            /** @description Date (YYYY-MM-DD) the listing was last verified. */
            verified: string | null;
            /** @description Date it is due to be verified again (the office's policy; shorter for accredited legal providers). */
            due: string | null;
            /** @description The due date has passed (in the office's time zone). */
            overdue: boolean;
        };
        SearchExplanation: {
            /** @description The query as searched: trimmed and cut to a bounded number of words and characters. */
            q: string;
            /** @description The meaningful words searched (stop words left out), folded. */
            words: string[];
            /** @description Stop words of the language that were left out. */
            ignored: string[];
            /** @description The query with the corrections that found the results ("Showing results for …"); null when every word matched as typed. */
            corrected: string | null;
            /** @description A nearby query that finds services, offered as a link when this one finds none or few; null otherwise. */
            did_you_mean: string | null;
            /** @description Everyday words recognized in the query, and the topics they point to. */
            concepts: {
                phrase: string;
                topics: string[];
            }[];
            /**
             * @description `all`: every meaningful word matched; `some`: services matching the most words are shown first.
             * @enum {string}
             */
            match: "all" | "some";
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        ServiceDetail: components["schemas"]["ServiceSummary"] & {
            locations?: (components["schemas"]["LocationSummary"] & {
                description: string | null;
                accessibility: string | null;
                transportation: string | null;
                corner_description: string | null;
            })[];
            eligibility: string | null;
            fees: string | null;
            application_process: string | null;
            required_documents: string[];
            schedules: components["schemas"]["Schedule"][];
        };
        Schedule: {
            location_id: string | null;
            freq: string | null;
            byday: string | null;
            opens_at: string | null;
            closes_at: string | null;
            /** @description IANA time zone of the hours. */
            timezone: string;
            description: string | null;
        };
        ServiceReportReceipt: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "received";
        };
        ServiceReportRequest: {
            /**
             * @description What is wrong with the listing.
             * @enum {string}
             */
            kind: "wrong-phone" | "moved" | "closed" | "wrong-hours" | "not-free" | "unsafe-or-scam" | "other";
            /** @description Anything more, up to 1000 characters. Optional; no personal details are asked for. Encrypted at rest. */
            note?: string;
            /**
             * @description The UI language the visitor read the listing in.
             * @enum {string}
             */
            lang: "en" | "es" | "zh-Hans" | "zh-Hant" | "ru" | "bn" | "ht" | "ko" | "ar" | "ur" | "fr" | "pl" | "pt" | "kea" | "vi" | "so" | "wo" | "ff";
            /** @description The same key again answers 200 with the first report instead of making a second one. */
            idempotency_key?: string;
        };
        LocationList: {
            items: components["schemas"]["Location"][];
        };
        Location: {
            id: string;
            name: string;
            description: string | null;
            address: components["schemas"]["Address"];
            latitude: number | null;
            longitude: number | null;
            timezone: string;
            corner: boolean;
            corner_description: string | null;
            accessibility: string | null;
            transportation: string | null;
            languages: {
                code: string;
                /** @enum {string} */
                kind: "staff" | "interpretation";
            }[];
            service_count: number;
            distance_km: number | null;
            /** @description Today's opening hours (HH:MM in the location's time zone) of the services the location's own organization runs there: for a library, its corner's hours. */
            hours_today: {
                opens_at: string;
                closes_at: string;
            }[];
            /** @description Null when the place has no opening hours on record. */
            open_now: boolean | null;
            content: components["schemas"]["ContentInfo"];
        };
        TopicList: {
            items: {
                code: string;
                name: string;
                description: string | null;
                count: number;
            }[];
        };
        LanguageList: {
            items: {
                code: string;
                /** @description Services whose staff speak it. */
                staff: number;
                /** @description Services offering an interpreter. */
                interpretation: number;
                total: number;
            }[];
        };
        HsdsServicePage: {
            total_items: number;
            total_pages: number;
            page_number: number;
            /** @description How many items this page holds. */
            size: number;
            first_page: boolean;
            last_page: boolean;
            empty: boolean;
            contents: components["schemas"]["HsdsServiceBrief"][];
        };
        HsdsServiceBrief: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            name: string;
            alternate_name?: string;
            description: string;
            url?: string;
            email?: string;
            /** @enum {string} */
            status: "active" | "inactive" | "defunct" | "temporarily closed";
            application_process?: string;
            fees_description?: string;
            eligibility_description?: string;
            /** @description When the record was last verified. */
            assured_date?: string;
            /** Format: date-time */
            last_modified: string;
            organization?: components["schemas"]["HsdsOrganization"];
        };
        HsdsOrganization: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            email?: string;
            website?: string;
        };
        HsdsService: components["schemas"]["HsdsServiceBrief"] & {
            phones: components["schemas"]["HsdsPhone"][];
            schedules: components["schemas"]["HsdsSchedule"][];
            /** @description Always empty: this directory keeps no service areas. */
            service_areas: {
                /** Format: uuid */
                id: string;
            }[];
            service_at_locations: components["schemas"]["HsdsServiceAtLocation"][];
            languages: components["schemas"]["HsdsLanguage"][];
            /** @description Always empty: this directory keeps no funding. */
            funding: {
                /** Format: uuid */
                id: string;
            }[];
            /** @description Always empty: this directory keeps no cost options. */
            cost_options: {
                /** Format: uuid */
                id: string;
            }[];
            required_documents: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                service_id: string;
                document: string;
                uri?: string;
            }[];
            /** @description Always empty: this directory keeps no contacts. */
            contacts: {
                /** Format: uuid */
                id: string;
            }[];
            attributes: components["schemas"]["HsdsAttribute"][];
            /** @description Always empty: this directory keeps no change metadata. */
            metadata: {
                /** Format: uuid */
                id: string;
            }[];
        };
        HsdsPhone: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id?: string;
            /** Format: uuid */
            service_id?: string;
            /** Format: uuid */
            location_id?: string;
            number: string;
            type?: string;
            description?: string;
            languages: components["schemas"]["HsdsLanguage"][];
        };
        HsdsLanguage: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            service_id?: string;
            /** Format: uuid */
            location_id?: string;
            /** Format: uuid */
            phone_id?: string;
            name?: string;
            code: string;
            note?: string;
        };
        HsdsSchedule: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            service_id?: string;
            /** Format: uuid */
            location_id?: string;
            /** Format: uuid */
            service_at_location_id?: string;
            valid_from?: string;
            valid_to?: string;
            /** @description Hours from UTC, in force now. */
            timezone?: number;
            /** @enum {string} */
            freq?: "WEEKLY" | "MONTHLY";
            interval?: number;
            byday?: string;
            opens_at?: string;
            closes_at?: string;
            description?: string;
        };
        HsdsServiceAtLocation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            service_id: string;
            /** Format: uuid */
            location_id: string;
            /** @description Always empty: this directory keeps no contacts. */
            contacts: {
                /** Format: uuid */
                id: string;
            }[];
            /** @description Always empty: this directory keeps no phones per service at a location. */
            phones: {
                /** Format: uuid */
                id: string;
            }[];
            schedules: components["schemas"]["HsdsSchedule"][];
            location: components["schemas"]["HsdsLocation"];
        };
        HsdsLocation: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            location_type: "physical" | "postal" | "virtual";
            /** Format: uuid */
            organization_id?: string;
            name: string;
            description?: string;
            transportation?: string;
            latitude?: number;
            longitude?: number;
            languages: components["schemas"]["HsdsLanguage"][];
            addresses: components["schemas"]["HsdsAddress"][];
            /** @description Always empty: this directory keeps no contacts. */
            contacts: {
                /** Format: uuid */
                id: string;
            }[];
            accessibility: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                location_id: string;
                description: string;
            }[];
            phones: components["schemas"]["HsdsPhone"][];
            schedules: components["schemas"]["HsdsSchedule"][];
        };
        HsdsAddress: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            location_id: string;
            address_1: string;
            address_2?: string;
            city: string;
            state_province: string;
            postal_code: string;
            country: string;
            /** @enum {string} */
            address_type: "physical" | "postal" | "virtual";
        };
        HsdsAttribute: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            link_id: string;
            link_type?: string;
            link_entity: string;
            /** Format: uuid */
            taxonomy_term_id: string;
            value?: string;
            taxonomy_term: components["schemas"]["HsdsTaxonomyTerm"];
        };
        HsdsTaxonomyTerm: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            description: string;
            /** Format: uuid */
            parent_id?: string;
            /** @description The name of the taxonomy. */
            taxonomy?: string;
            /** Format: uuid */
            taxonomy_id?: string;
            taxonomy_detail?: components["schemas"]["HsdsTaxonomy"];
        };
        HsdsTaxonomy: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            uri?: string;
            version?: string;
        };
        HsdsOrganizationPage: {
            total_items: number;
            total_pages: number;
            page_number: number;
            /** @description How many items this page holds. */
            size: number;
            first_page: boolean;
            last_page: boolean;
            empty: boolean;
            contents: components["schemas"]["HsdsOrganization"][];
        };
        HsdsOrganizationFull: components["schemas"]["HsdsOrganization"] & {
            /** @description Always empty: this directory keeps no funding. */
            funding: {
                /** Format: uuid */
                id: string;
            }[];
            /** @description Always empty: this directory keeps no contacts. */
            contacts: {
                /** Format: uuid */
                id: string;
            }[];
            phones: components["schemas"]["HsdsPhone"][];
            locations: components["schemas"]["HsdsLocation"][];
            /** @description Always empty: this directory keeps no programs. */
            programs: {
                /** Format: uuid */
                id: string;
            }[];
            /** @description Always empty: this directory keeps no organization identifiers. */
            organization_identifiers: {
                /** Format: uuid */
                id: string;
            }[];
            services: components["schemas"]["HsdsService"][];
        };
        HsdsTaxonomyPage: {
            total_items: number;
            total_pages: number;
            page_number: number;
            /** @description How many items this page holds. */
            size: number;
            first_page: boolean;
            last_page: boolean;
            empty: boolean;
            contents: components["schemas"]["HsdsTaxonomy"][];
        };
        HsdsTaxonomyTermPage: {
            total_items: number;
            total_pages: number;
            page_number: number;
            /** @description How many items this page holds. */
            size: number;
            first_page: boolean;
            last_page: boolean;
            empty: boolean;
            contents: components["schemas"]["HsdsTaxonomyTerm"][];
        };
        EventList: {
            from: string;
            to: string;
            total: number;
            /** @description True when the window held more occurrences than were returned. */
            truncated: boolean;
            items: components["schemas"]["EventOccurrence"][];
            /** @description When the window is empty: the next matching occurrence after it, if any. */
            next: components["schemas"]["EventOccurrence"] | null;
            facets: {
                types: {
                    [key: string]: number;
                };
                languages: {
                    [key: string]: number;
                };
            };
        };
        EventOccurrence: {
            /** @description The occurrence: `<event id>/<local start>`. */
            id: string;
            event_id: string;
            /** @example 2026-03-10T18:00 */
            local_start: string;
            /** @description Start instant, ISO 8601 in UTC. */
            start: string;
            /** @description End instant, ISO 8601 in UTC. */
            end: string;
            /** @description IANA time zone the event's times are set in. */
            timezone: string;
            title: string;
            /** @description The first sentences of the description. */
            summary: string;
            content: components["schemas"]["ContentInfo"];
            /** @enum {string} */
            type: "legal-clinic" | "citizenship" | "english-class" | "know-your-rights" | "id-enrollment" | "workshop" | "other";
            /** @description The type, in the language asked for. */
            type_name: string;
            location: components["schemas"]["LocationSummary"] | null;
            /** @description Where, when it is not one of the known locations. */
            location_text: string | null;
            online_url: string | null;
            /** @description BCP 47 codes of the languages the event is held in. */
            languages: string[];
            free: boolean;
            cost: string | null;
            registration: components["schemas"]["EventRegistrationInfo"];
            availability: components["schemas"]["Availability"];
            /** @description Null for a one-time event. */
            series: {
                /** @description 1-based number of this session in the series. */
                position: number;
                /** @description Sessions in all; null when open-ended. */
                count: number | null;
            } | null;
            /**
             * @description `cancelled`: the event or this session is cancelled (still listed, no sign-up); `moved`: this session is at a new time (`start`, `end`), which `moved_from` was. A moved session keeps its `local_start` (its original local start): it stays the session's id, and sign-ups use it.
             * @enum {string}
             */
            status: "scheduled" | "cancelled" | "moved";
            /** @description A moved session's original start (ISO 8601). */
            moved_from: string | null;
            /**
             * @description A moved session's new local start (its calendar day).
             * @example 2026-03-10T18:00
             */
            moved_to: string | null;
            past: boolean;
        };
        EventRegistrationInfo: {
            /**
             * @description `none`: just come; `per-session`: sign up for one session; `series`: sign up once for every session (a 10-week class).
             * @enum {string}
             */
            mode: "none" | "per-session" | "series";
            /** @description Whether sign-up through this API is possible now. */
            open: boolean;
            /** @description The organizer's own sign-up page, when it has one. */
            url: string | null;
        };
        Availability: {
            /** @description Places in all; null when there is no limit. */
            capacity: number | null;
            /** @description Places confirmed (a party of 3 takes 3). */
            taken: number;
            /** @description Places left; null when there is no limit. */
            available: number | null;
            /** @description People on the waiting list. */
            waitlisted: number;
            full: boolean;
        };
        EventDetail: components["schemas"]["EventOccurrence"] & {
            description: string;
            organizer: string | null;
            accessibility: string | null;
            /** @description RFC 5545 rule of a recurring event. */
            recurrence: {
                rrule: string;
                exdates: string[];
            } | null;
            /** @description Every session of a series (at most 100), past ones included. */
            occurrences: {
                /** @example 2026-03-10T18:00 */
                local_start: string;
                start: string;
                end: string;
                past: boolean;
                availability: components["schemas"]["Availability"];
                /** @enum {string} */
                status: "scheduled" | "cancelled" | "moved";
                moved_from: string | null;
                /** @example 2026-03-10T18:00 */
                moved_to: string | null;
            }[];
        };
        Registration: {
            id: string;
            event_id: string;
            /** @enum {string} */
            scope: "session" | "series";
            /** @example 2026-03-10T18:00 */
            occurrence: string | null;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled";
            waitlist_position: number | null;
            party_size: number;
            /** @description Secret that cancels this registration; shown once, stored only as a hash. */
            cancel_token: string;
        };
        RegistrationRequest: {
            name: string;
            /** @enum {string} */
            contact_method: "email" | "phone" | "none";
            /** Format: email */
            email?: string;
            phone?: string;
            preferred_language: string;
            /** @enum {string} */
            scope: "session" | "series";
            /**
             * @description Required when scope is session.
             * @example 2026-03-10T18:00
             */
            occurrence?: string;
            /** @default 1 */
            party_size: number;
            access_needs?: string;
            /** @description A random key made once per form; sending it again returns the same registration. */
            idempotency_key: string;
            /** @description A honeypot: people never see it, so it stays empty. */
            website?: string;
        };
        CancelResult: {
            /** @enum {string} */
            status: "cancelled";
            event_id: string;
            /** @description People moved from the waiting list to confirmed. */
            promoted: number;
        };
        CancelRequest: {
            token: string;
        };
        AppointmentType: {
            id: string;
            location_id: string;
            location_name: string;
            timezone: string;
            code: string;
            title: string;
            what_to_bring: string;
            /**
             * @description `draft`: the title or what to bring is a machine translation.
             * @enum {string}
             */
            review: "draft" | "reviewed";
            duration_minutes: number;
            on_behalf_allowed: boolean;
            /** @description Languages the staff taking it speak. */
            languages: string[];
            /** @description Languages of interpreters on call (`ase`: American Sign Language). */
            interpreter_languages: string[];
        };
        AppointmentAvailability: {
            type_id: string;
            timezone: string;
            from: string;
            days: {
                date: string;
                slots: components["schemas"]["AppointmentSlot"][];
            }[];
            /** @description The first date with a slot, from `from` on. */
            first_available: string | null;
            /** @description When the next week not yet open opens; null without a release rule. */
            next_release_at: string | null;
        };
        AppointmentSlot: {
            /**
             * @description ISO 8601, UTC.
             * @example 2027-03-14T14:00:00.000Z
             */
            start: string;
            /** @description ISO 8601, UTC. */
            end: string;
            /**
             * @description The place's wall clock.
             * @example 2027-03-14T10:00
             */
            local_start: string;
        };
        AppointmentHold: components["schemas"]["AppointmentSlot"] & {
            /** @description Send it with the booking; shown once. */
            hold_token: string;
            /** @description The hold lasts 5 minutes. */
            expires_at: string;
        };
        SlotTakenProblem: components["schemas"]["Problem"] & {
            /** @description With `slot-taken`: up to 6 next slots. */
            next_slots?: components["schemas"]["AppointmentSlot"][];
        };
        AppointmentHoldRequest: {
            /** Format: uuid */
            type_id: string;
            /**
             * Format: date-time
             * @example 2027-03-14T14:00:00.000Z
             */
            start: string;
            /**
             * @description BCP 47 code of the interpreter's language; `ase` for American Sign Language.
             * @example wo
             */
            interpreter?: string | null;
        };
        Appointment: {
            id: string;
            /** @enum {string} */
            status: "held" | "booked" | "checked_in" | "no_show" | "cancelled";
            type_id: string;
            title: string;
            what_to_bring: string;
            start: string;
            end: string;
            local_start: string;
            timezone: string;
            location_name: string;
            interpreter: string | null;
            /** @description The start before the last move. */
            moved_from: string | null;
            /** @description Only in the answer to the booking: the manage link is `/a/{manage_token}`. */
            manage_token?: string;
        };
        AppointmentRequest: {
            /** Format: uuid */
            type_id: string;
            /**
             * Format: date-time
             * @example 2027-03-14T14:00:00.000Z
             */
            start: string;
            hold_token?: string;
            /**
             * @description BCP 47 code of the interpreter's language; `ase` for American Sign Language.
             * @example wo
             */
            interpreter?: string | null;
            /** @description The messages' language (the client's, when booked on behalf). */
            language: string;
            name: string;
            /** @enum {string} */
            contact_method: "email" | "sms";
            /** Format: email */
            email?: string;
            phone?: string;
            on_behalf?: {
                organization: string;
                client_language: string;
            };
            /** @description A random key made once per form; sending it again returns the same appointment (200). */
            idempotency_key: string;
        };
        AppointmentMoveRequest: {
            /**
             * Format: date-time
             * @example 2027-03-14T14:00:00.000Z
             */
            start: string;
        };
        AppointmentWaitlistEntry: {
            id: string;
            /** @enum {string} */
            status: "waiting";
        };
        AppointmentWaitlistRequest: {
            name: string;
            /** @enum {string} */
            contact_method: "email" | "sms";
            /** Format: email */
            email?: string;
            phone?: string;
            /** Format: uuid */
            type_id: string;
            /**
             * @description The Monday of the week wanted, on the place's clock.
             * @example 2027-03-14
             */
            week_start: string;
            /** @description The offer's language. */
            language: string;
            /**
             * @description BCP 47 code of the interpreter's language; `ase` for American Sign Language.
             * @example wo
             */
            interpreter?: string | null;
            /** @description A random key made once per form; sending it again returns the same entry (200). */
            idempotency_key: string;
        };
        InquiryReceipt: {
            /**
             * @description Read it over the phone: no ambiguous characters.
             * @example K7M-4QX
             */
            reference: string;
            received_at: string;
            /** @description Business days within which the office answers. */
            response_days: number;
            /**
             * @description With the reference, shows the status at `GET /v1/inquiries/status/{reference}?check=…`: 8 characters, no I, L, O or U, grouped for reading aloud. The same for a repeat with the same idempotency key.
             * @example 7KQM-3D9X
             */
            status_token: string;
        };
        InquiryRequest: {
            /**
             * @default inquiry
             * @enum {string}
             */
            kind: "inquiry" | "volunteer";
            /** @enum {string} */
            topic: "immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family" | "other" | "volunteer";
            /** @description What the person needs, in their words. */
            message?: string;
            preferred_language: string;
            /** @enum {string} */
            contact_method: "phone" | "email" | "text" | "none";
            /** @description Optional: a person may stay anonymous. */
            name?: string;
            phone?: string;
            /** Format: email */
            email?: string;
            postcode?: string;
            /** @description Agreed to be contacted by the method chosen. */
            consent: boolean;
            interests?: ("interpreter" | "organizer" | "english-conversation" | "outreach" | "other")[];
            languages_spoken?: string[];
            availability?: ("weekday-daytime" | "weekday-evening" | "weekend")[];
            /**
             * @default web
             * @enum {string}
             */
            channel: "web";
            /** @description The embedding page's origin (scheme and host, no path). */
            origin?: string;
            idempotency_key: string;
            /** @description A honeypot; stays empty. */
            website?: string;
        };
        InquiryTopics: {
            /** @description What people can ask about, in the language asked for (`other` last). */
            items: {
                code: string;
                name: string;
            }[];
            /** @description Business days within which the office answers. */
            response_days: number;
        };
        InquiryStatus: {
            /** @example K7M-4QX */
            reference: string;
            /**
             * @description Where the inquiry stands: received (not yet taken up), in progress, referred, or resolved.
             * @enum {string}
             */
            status: "received" | "in-progress" | "referred" | "resolved";
            /** @description Where the office referred the person; null when nowhere a visitor could look up. */
            referred_to: {
                /** @description The referral destination, from the managed list. */
                code: string;
                /** @description Its name in the language asked for, when there is one. */
                name: string;
            } | null;
            /**
             * @description The day of the last change (the day resolved, once resolved), in the office's time zone.
             * @example 2026-03-02
             */
            updated_on: string;
            content: {
                /** @description Language of the destination name (else of the answer). */
                locale: string;
                /** @description True when the name is not in the first language asked for. */
                fallback: boolean;
            };
        };
        InquiryStats: {
            from: string;
            to: string;
            /** @description Months are counted in this time zone. */
            time_zone: string;
            /** @enum {string} */
            kind: "inquiry" | "volunteer";
            group_by: ("month" | "channel" | "topic" | "language" | "status" | "referral")[];
            /** @description Counts from 1 to threshold − 1 are suppressed. */
            threshold: number;
            /** @description The first month with any inquiry of this kind, whatever the window (null when there is none): where a choice of months can start. */
            first_month: string | null;
            total: {
                /** @description Rounded to the nearest multiple of 5 (0 stays 0); null when suppressed (fewer than 5). */
                count: number | null;
                suppressed: boolean;
            };
            rows: {
                /** @description The value of each grouping, e.g. { month: "2025-01", channel: "hotline" }. Topics, languages and referrals come from fixed lists (referrals as destination codes; `none` when not referred); a value with fewer than 5 inquiries in the window, or not on the list, counts under `other`. */
                keys: {
                    [key: string]: string;
                };
                /** @description Rounded to the nearest multiple of 5 (0 stays 0); null when suppressed (fewer than 5). */
                count: number | null;
                /** @description Fewer than 5, or hidden so that another small count cannot be worked out. */
                suppressed: boolean;
            }[];
            /** @description When grouped by referral: the name of each referral destination, by code, in the language asked for. */
            referral_names?: {
                [key: string]: string;
            };
            /** @description When grouped by referral: the codes whose name is not in the first language asked for (a destination an office added or renamed keeps its own words). */
            referral_names_fallback?: string[];
            resolution: {
                /** @description Rounded to the nearest multiple of 5 (0 stays 0); null when suppressed (fewer than 5). */
                resolved: number | null;
                /** @description Share resolved or closed, 0 to 1, of the published (rounded) counts; null when it would reveal a small count. */
                rate: number | null;
                /** @description Median days from receipt to resolution (5 or more resolved). */
                median_days: number | null;
                suppressed: boolean;
            };
            /** @description How many resolutions came within the response time. */
            resolution_within: {
                /** @description The office's response time (WW_RESPONSE_DAYS), in business days (Monday to Friday). */
                business_days: number;
                /** @description Resolved or closed by the end of the N-th business day after the day received (in the office zone). Rounded to 5; null when it or the number resolved later is from 1 to 4, or when `resolved` is hidden. */
                resolved_within: number | null;
                /** @description Resolved or closed (as `resolution.resolved`). */
                resolved: number | null;
                /** @description resolved_within ÷ resolved, 0 to 1, of the published (rounded) counts; null when hidden. */
                share: number | null;
                suppressed: boolean;
            };
            /** @description What the outreach team recorded at events held in the window (people reached, not inquiries: inquiries taken at outreach events count under the channel `outreach`). */
            outreach: {
                /** @description People reached, by the language they were spoken to in, in list order. */
                by_language: {
                    /** @description A language from the published list; `other` gathers the rest and any with fewer than 5 people in the window. */
                    language: string;
                    /** @description Rounded to the nearest multiple of 5 (0 stays 0); null when suppressed (fewer than 5). */
                    people: number | null;
                    suppressed: boolean;
                }[];
                /** @description People reached in all (null when from 1 to 4). */
                people: number | null;
                /** @description Outreach events held in the window. */
                events: number;
            };
            /** @description Attendance at event sessions that ended in the window (in the office's time zone) and whose attendance was taken at the door; cancelled sessions count nothing. People, party sizes summed. */
            attendance: {
                /** @description By event type, in the order of the type list. */
                by_type: {
                    key: string;
                    /** @description People confirmed (walk-ins not included). */
                    registered: number | null;
                    /** @description Of them, people who came. */
                    attended: number | null;
                    /** @description Of them, people marked as not come. */
                    no_show: number | null;
                    /** @description People who came without signing up. */
                    walk_ins: number | null;
                    /** @description At least one count of this row is hidden. */
                    suppressed: boolean;
                }[];
                /** @description By the language chosen at sign-up (walk-ins: the language they were helped in); a language from the published list, `other` gathering the rest and any with fewer than 5 people in the window. */
                by_language: {
                    key: string;
                    /** @description People confirmed (walk-ins not included). */
                    registered: number | null;
                    /** @description Of them, people who came. */
                    attended: number | null;
                    /** @description Of them, people marked as not come. */
                    no_show: number | null;
                    /** @description People who came without signing up. */
                    walk_ins: number | null;
                    /** @description At least one count of this row is hidden. */
                    suppressed: boolean;
                }[];
            };
            /** @description One-to-one appointments that start in the window (in the office's time zone), by type and by language, with the same disclosure control as the other counts. */
            appointments: {
                /** @description Every type set up, zeros too, by code; empty when no appointment is in the window. */
                by_type: {
                    /** @description The appointment type's code (types with one code at several places count as one). */
                    type_code: string;
                    /** @description The type's title in the language asked for (or its source). */
                    title: string;
                    /** @description Appointments booked (come, not come, or still to come); holds and cancellations not counted. */
                    booked: number | null;
                    /** @description Of them, those marked as not come. */
                    no_shows: number | null;
                    /** @description Median days from booking to the appointment, to a tenth; null unless `booked` is shown and 5 or more. */
                    median_days_ahead: number | null;
                    /** @description At least one count of this row is hidden. */
                    suppressed: boolean;
                }[];
                /** @description In list order. */
                by_language: {
                    /** @description The language of the booking (the client's, when booked on behalf), from the published list; `other` gathers the rest and any with fewer than 5 bookings in the window. */
                    language: string;
                    /** @description Appointments booked (come, not come, or still to come); holds and cancellations not counted. */
                    booked: number | null;
                    /** @description Of them, those marked as not come. */
                    no_shows: number | null;
                    /** @description Median days from booking to the appointment, to a tenth; null unless `booked` is shown and 5 or more. */
                    median_days_ahead: number | null;
                    /** @description At least one count of this row is hidden. */
                    suppressed: boolean;
                }[];
            };
        };
        StaffAuthConfig: {
            /** @description Sign-in through the office's OpenID Connect provider is configured. */
            oidc: boolean;
            /** @description Email and password sign-in. */
            local: boolean;
            idle_minutes: number;
        };
        StaffMe: {
            /**
             * Format: uuid
             * @description The account; null for a bearer token.
             */
            id: string | null;
            email: string | null;
            display_name: string;
            roles: ("desk" | "organizer" | "editor" | "admin")[];
            location_ids: string[];
            locale: string;
            /** @description Whether sign-in needs an authenticator code. */
            totp: boolean;
            /** @enum {string} */
            via: "session" | "token";
            /** @description Send as X-CSRF-Token on every write made with the session cookie; null for a token. */
            csrf_token: string | null;
            idle_minutes: number;
        };
        StaffLogin: {
            email: string;
            password: string;
            /**
             * @description The six digits the account's authenticator app shows.
             * @example 123456
             */
            code?: string;
        };
        StaffSetup: {
            token: string;
            password: string;
        };
        StaffDemoSignIn: {
            token: string;
        };
        StaffTotpEnrolment: {
            /** @description Base32, for typing into an authenticator app. */
            secret: string;
            /** @description otpauth:// URI, for a QR code. */
            uri: string;
        };
        StaffTotpCode: {
            /**
             * @description The six digits the account's authenticator app shows.
             * @example 123456
             */
            code: string;
        };
        StaffAccountList: {
            items: components["schemas"]["StaffAccount"][];
        };
        StaffAccount: {
            /** Format: uuid */
            id: string;
            email: string;
            display_name: string;
            roles: ("desk" | "organizer" | "editor" | "admin")[];
            location_ids: string[];
            totp: boolean;
            /** @description Signed in through the office's provider at least once. */
            oidc_linked: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            disabled_at: string | null;
            /** Format: date-time */
            locked_until: string | null;
        };
        StaffAccountCreated: {
            account: components["schemas"]["StaffAccount"];
            /**
             * Format: uri
             * @description Works once, for 72 hours; the token is in the fragment.
             */
            setup_url: string;
        };
        StaffAccountCreate: {
            /** Format: email */
            email: string;
            display_name: string;
            roles: ("desk" | "organizer" | "editor" | "admin")[];
            location_ids?: string[];
        };
        StaffAccountUpdate: {
            display_name?: string;
            roles?: ("desk" | "organizer" | "editor" | "admin")[];
            location_ids?: string[];
            /** @description Disabling ends every session of the account at once. */
            disabled?: boolean;
        };
        StaffSetupLink: {
            /**
             * Format: uri
             * @description Works once, for 72 hours; the token is in the fragment.
             */
            setup_url: string;
        };
        StaffAuditPage: {
            total: number;
            page: number;
            page_size: number;
            items: {
                id: string;
                /** Format: date-time */
                at: string;
                actor: string;
                action: string;
                record_type: string;
                record_id: string | null;
                fields: string[];
            }[];
        };
        StaffInquiryList: {
            total: number;
            page: number;
            page_size: number;
            /** @description Open inquiries past their due time, whatever the other filters (only `kind` applies). */
            overdue_count: number;
            /** @description The queue shows the name only: phone, email and message are null here; open the inquiry to read them. */
            items: components["schemas"]["StaffInquiry"][];
        };
        StaffInquiry: {
            id: string;
            reference: string;
            /** @enum {string} */
            kind: "inquiry" | "volunteer";
            /** @enum {string} */
            channel: "311" | "web" | "hotline" | "email" | "walk-in" | "outreach";
            topic: string;
            preferred_language: string;
            /** @enum {string} */
            contact_method: "phone" | "email" | "text" | "none";
            consent: boolean;
            name: string | null;
            phone: string | null;
            email: string | null;
            message: string | null;
            postcode: string | null;
            origin: string | null;
            interests: string[];
            languages_spoken: string[];
            availability: string[];
            /** @enum {string} */
            status: "new" | "in-progress" | "referred" | "resolved" | "closed";
            referral: string | null;
            resolution_code: string | null;
            logged_by: string | null;
            received_at: string;
            updated_at: string;
            resolved_at: string | null;
            personal_erased: boolean;
            /** @description The staff account working on it. */
            assigned_to: {
                id: string;
                name: string;
            } | null;
            /** @description Where it was referred, as a destination code (/v1/staff/referral-destinations). */
            referral_code: string | null;
            /** @description When the answer is due: WW_RESPONSE_DAYS business days (Mon–Fri, the office's zone) after it came in. */
            due_at: string;
            /** @description Open (new or in progress) and past due_at. */
            overdue: boolean;
            /** @description Bumped by every change; the ETag is "v<version>". */
            version: number;
            /** @description Who changed it last. */
            updated_by: string | null;
        };
        StaffInquiryDetail: components["schemas"]["StaffInquiry"] & {
            /** @description Internal notes, oldest first. */
            notes: components["schemas"]["InquiryNote"][];
            /** @description Replies sent, oldest first (never their text). */
            replies: components["schemas"]["InquiryReplyLog"][];
        };
        InquiryNote: {
            id: string;
            author: string;
            body: string | null;
            created_at: string;
        };
        InquiryReplyLog: {
            id: string;
            author: string;
            template_code: string | null;
            locale: string;
            method: string;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed" | "kept" | "bounced";
            created_at: string;
        };
        StaleProblem: components["schemas"]["Problem"] & {
            /** @description Who changed it last. */
            changed_by: string | null;
            /** @description When (ISO 8601). */
            changed_at: string;
            current_version: number;
        };
        StaffInquiryUpdate: {
            /** @enum {string} */
            status?: "new" | "in-progress" | "referred" | "resolved" | "closed";
            /** @description Where the person was referred, as free text (tokens only; scripts from before the managed list). The destination is found by name or alias, else `other`. */
            referral?: string | null;
            /** @description An active destination code; null clears the referral. */
            referral_code?: string | null;
            resolution_code?: string | null;
            /** @enum {string} */
            topic?: "immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family" | "other";
            /**
             * Format: uuid
             * @description An enabled staff account with the desk role; null: nobody.
             */
            assigned_to?: string | null;
        };
        StaffInquiryCreate: {
            /** @enum {string} */
            channel: "311" | "hotline" | "email" | "walk-in" | "outreach";
            /** @enum {string} */
            topic: "immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family" | "other";
            preferred_language: string;
            /**
             * @default none
             * @enum {string}
             */
            contact_method: "phone" | "email" | "text" | "none";
            /** @description Optional: a person may stay anonymous. */
            name?: string;
            phone?: string;
            /** Format: email */
            email?: string;
            postcode?: string;
            message?: string;
            /** Format: date-time */
            received_at?: string;
            /**
             * @default new
             * @enum {string}
             */
            status: "new" | "in-progress" | "referred" | "resolved" | "closed";
            referral?: string;
            /** @description An active destination code. */
            referral_code?: string;
            resolution_code?: string;
            /**
             * Format: uuid
             * @description Follow-up: the staff account that will call back (an enabled account with the desk role).
             */
            assigned_to?: string;
        };
        StaffColleagues: {
            items: {
                id: string;
                display_name: string;
            }[];
        };
        InquiryNoteRequest: {
            body: string;
        };
        InquiryReplyQueued: {
            id: string;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed" | "kept" | "bounced";
        };
        InquiryReplyRequest: {
            /** @description The template it started from, for the log. */
            template_code?: string;
            /** @description The language it is written in (the lang of the mail). */
            locale: string;
            subject: string;
            body: string;
        };
        OutboxItem: {
            id: string;
            /** @description reply, confirmation, reminder… */
            purpose: string;
            to: string | null;
            subject: string | null;
            text: string | null;
            locale: string;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "failed" | "kept" | "bounced";
            attempts: number;
            created_at: string;
            sent_at: string | null;
            /** @description Why the last attempt failed (no address in it). */
            last_error: string | null;
        };
        ReplyTemplate: {
            code: string;
            locale: string;
            /** @description What staff pick it by. */
            title: string;
            subject: string;
            /** @description Plain text with {reference}, {referral} and {status_url}. */
            body: string;
            /** @description false: a machine draft nobody has checked yet. */
            reviewed: boolean;
            /** @description Not in the language asked for: the English template. */
            fallback: boolean;
        };
        ReplyTemplateText: {
            title: string;
            subject: string;
            body: string;
            /**
             * @description Saved by a person: reviewed unless said otherwise.
             * @default true
             */
            reviewed: boolean;
        };
        ReferralDestination: {
            code: string;
            /** @description In English: the name the dashboard falls back to. */
            name: string;
            /** @enum {string} */
            kind: "agency" | "partner";
            /** @description Inquiry topics it takes (offered first for them). */
            topics: string[];
            /** @description Retired destinations stay for past counts but are not offered. */
            active: boolean;
            /** @description Other ways staff wrote it, matched whole in old free text. */
            aliases: string[];
            position: number;
            /** @description The name in other languages, by locale (machine drafts included). */
            names: {
                [key: string]: string;
            };
        };
        ReferralDestinationCreate: {
            /** @description Made from the name when left out. */
            code?: string;
            name: string;
            /** @enum {string} */
            kind: "agency" | "partner";
            topics: ("immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family" | "other")[];
            aliases?: string[];
            /** @description The name in other languages, by locale, as a person wrote it; an empty one removes it. */
            names?: {
                [key: string]: string;
            };
        };
        ReferralDestinationUpdate: {
            name?: string;
            /** @enum {string} */
            kind?: "agency" | "partner";
            topics?: ("immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family" | "other")[];
            aliases?: string[];
            /** @description The name in other languages, by locale, as a person wrote it; an empty one removes it. */
            names?: {
                [key: string]: string;
            };
            active?: boolean;
            position?: number;
        };
        OutreachEvent: {
            id: string;
            held_on: string;
            place: string;
            partner: string | null;
            notes: string | null;
            logged_by: string;
            created_at: string;
            reach: {
                language: string;
                topic: string;
                people: number;
            }[];
            signups: {
                program: string;
                count: number;
            }[];
            /** @description People reached in all. */
            people: number;
            /** @description Sign-ups made in all. */
            signup_count: number;
        };
        OutreachRequest: {
            /**
             * @description The day it was held (not in the future).
             * @example 2026-03-14
             */
            held_on: string;
            place: string;
            /** @description The organization that hosted it. */
            partner?: string;
            /** @description For colleagues; no names or contact details of the people met. */
            notes?: string;
            /** @description People reached, by language and topic; one row per pair. */
            reach: {
                language: string;
                /** @enum {string} */
                topic: "immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family" | "other";
                people: number;
            }[];
            /**
             * @description Sign-ups made there: IDNYC, ActionNYC, NYCitizenship or another program.
             * @default []
             */
            signups: {
                /** @enum {string} */
                program: "idnyc" | "actionnyc" | "nycitizenship" | "other";
                count: number;
            }[];
        };
        ReminderSettings: {
            /**
             * @description Hours before a session that its reminder goes (1 to 336, two weeks).
             * @example 24
             */
            reminder_hours: number;
        };
        SearchConcept: {
            /** Format: uuid */
            id: string;
            /**
             * @description The language the phrase is in (BCP 47).
             * @example es
             */
            locale: string;
            /**
             * @description What people type, in their words.
             * @example deportación
             */
            phrase: string;
            /** @description Topic codes the phrase stands for. */
            topics: string[];
            /** @description Words the services use, searched for the phrase. */
            terms: string[];
            /**
             * @description `draft` until someone who reads the language checked it.
             * @enum {string}
             */
            review: "draft" | "reviewed";
            /** @description Send it back as If-Match (`"3"`) to change or delete. */
            version: number;
            /** @description Who wrote it last (null: seeded). */
            updated_by: string | null;
            /** @description When (ISO 8601). */
            updated_at: string;
        };
        SearchConceptInput: {
            /**
             * @description The language the phrase is in (BCP 47).
             * @example es
             */
            locale: string;
            /** @description Unique in its language, accents and case folded. */
            phrase: string;
            topics: ("immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family")[];
            terms: string[];
            /** @enum {string} */
            review: "draft" | "reviewed";
        };
        StaffServiceReportList: {
            items: components["schemas"]["StaffServiceReport"][];
            total: number;
        };
        StaffServiceReport: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            service_id: string;
            service_name: string;
            /** @enum {string} */
            source: "visitor" | "provider";
            /** @enum {string} */
            kind: "wrong-phone" | "moved" | "closed" | "wrong-hours" | "not-free" | "unsafe-or-scam" | "other" | "provider-correction";
            /** @description Decrypted; the list is audited as one view. */
            note: string | null;
            /** @description A provider's proposed values, by field (provider corrections only). */
            proposed: {
                [key: string]: unknown;
            } | null;
            /** @description The UI language the report was made in. */
            locale: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** @enum {string|null} */
            resolution: "fixed" | "no-change" | null;
            created_at: string;
            closed_at: string | null;
            closed_by: string | null;
        };
        CloseServiceReportRequest: {
            /** @enum {string} */
            resolution: "no-change";
        };
        StaffEventSummary: {
            id: string;
            title: string;
            /** @enum {string} */
            type: "legal-clinic" | "citizenship" | "english-class" | "know-your-rights" | "id-enrollment" | "workshop" | "other";
            location_id: string | null;
            location_name: string | null;
            timezone: string;
            /** @description The next session not cancelled (ISO 8601). */
            next_start: string | null;
            /** @description Sessions ahead not cancelled (within a year for an open-ended series). */
            sessions_upcoming: number;
            capacity: number | null;
            /** @enum {string} */
            registration_mode: "none" | "per-session" | "series";
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            version: number;
        };
        StaffLocationList: {
            items: {
                id: string;
                name: string;
                timezone: string;
            }[];
        };
        StaffEvent: {
            id: string;
            version: number;
            /** @description iCalendar SEQUENCE: bumped by changes calendars care about. */
            sequence: number;
            /** @enum {string} */
            type: "legal-clinic" | "citizenship" | "english-class" | "know-your-rights" | "id-enrollment" | "workshop" | "other";
            location_id: string | null;
            location_text: string | null;
            online_url: string | null;
            timezone: string;
            dtstart: string;
            duration_minutes: number;
            rrule: string | null;
            exdates: string[];
            capacity: number | null;
            /** @enum {string} */
            registration_mode: "none" | "per-session" | "series";
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            /** @description Languages the event is held in. */
            languages: string[];
            interpreter_available: boolean;
            is_free: boolean;
            source_locale: string;
            texts: {
                title: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written; `reviewed`: a translation a person checked; `machine`: a draft.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine";
                    };
                };
                description: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written; `reviewed`: a translation a person checked; `machine`: a draft.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine";
                    };
                };
                accessibility: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written; `reviewed`: a translation a person checked; `machine`: a draft.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine";
                    };
                };
                cost: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written; `reviewed`: a translation a person checked; `machine`: a draft.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine";
                    };
                };
            };
            /** @description The next 60 sessions and the last 10 past, in time order. */
            sessions: components["schemas"]["StaffEventSession"][];
            updated_by: string | null;
            last_modified: string;
        };
        StaffEventSession: {
            /**
             * @description The occurrence key: the original local start, kept after a move.
             * @example 2026-03-10T18:00
             */
            key: string;
            /** @description Start instant (ISO 8601), the new one when moved. */
            start: string;
            end: string;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "moved";
            /**
             * @description The new local start of a moved session.
             * @example 2026-03-10T18:00
             */
            moved_to: string | null;
            /** @description People confirmed (party sizes summed). */
            confirmed: number;
            /** @description People on the waiting list. */
            waitlisted: number;
            /** @description People marked as attended. */
            attended: number;
        };
        StaffEventInput: {
            /** @enum {string} */
            type: "legal-clinic" | "citizenship" | "english-class" | "know-your-rights" | "id-enrollment" | "workshop" | "other";
            /** Format: uuid */
            location_id: string | null;
            location_text?: string | null;
            /** Format: uri */
            online_url?: string | null;
            timezone: string;
            /** @example 2026-03-10T18:00 */
            dtstart: string;
            duration_minutes: number;
            rrule?: string | null;
            exdates?: string[];
            capacity: number | null;
            /** @enum {string} */
            registration_mode: "none" | "per-session" | "series";
            /** @enum {string} */
            status?: "scheduled" | "cancelled";
            languages?: string[];
            interpreter_available?: boolean;
            is_free?: boolean;
            /** @default en */
            source_locale: string;
            texts: {
                title: {
                    [key: string]: {
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                description?: {
                    [key: string]: {
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                accessibility?: {
                    [key: string]: {
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                cost?: {
                    [key: string]: {
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
            };
            /**
             * @description When the new capacity is below the people confirmed for a session: `waitlist` moves those confirmed last back to the head of the waiting list (they are told), `keep` keeps them.
             * @enum {string}
             */
            over_capacity?: "waitlist" | "keep";
        };
        CapacityProblem: components["schemas"]["Problem"] & {
            sessions: {
                key: string;
                confirmed: number;
                capacity: number;
            }[];
        };
        SessionMoveInput: {
            /**
             * @description The new local start, in the event’s zone.
             * @example 2026-03-10T18:00
             */
            start: string;
            duration_minutes?: number;
        };
        DirectoryListItem: {
            id: string;
            name: string;
            organization_name: string;
            availability: components["schemas"]["ServiceAvailability"];
            verification: components["schemas"]["ServiceVerification"];
            open_reports: number;
            draft_texts: number;
        };
        ServiceEdit: {
            id: string;
            version: number;
            updated_by: {
                id: string;
                name: string;
            } | null;
            updated_at: string;
            source_locale: string;
            organization: {
                id: string;
                name: string;
            };
            fields: {
                name: string;
                alternate_name: string | null;
                description: string;
                /** Format: uri */
                url: string | null;
                /** Format: email */
                email: string | null;
                application_process: string | null;
                fees_description: string | null;
                eligibility_description: string | null;
                /** @enum {string} */
                status: "active" | "inactive" | "defunct" | "temporarily closed";
            };
            texts: {
                /** @description By locale: every UI locale listed. */
                name: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written, in the service’s source language; `reviewed`: a translation a person wrote or checked; `machine`: a draft; `missing`: none.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine" | "missing";
                        /** @description Who reviewed it (a name). */
                        reviewed_by: string | null;
                        reviewed_at: string | null;
                    };
                };
                /** @description By locale: every UI locale listed. */
                description: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written, in the service’s source language; `reviewed`: a translation a person wrote or checked; `machine`: a draft; `missing`: none.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine" | "missing";
                        /** @description Who reviewed it (a name). */
                        reviewed_by: string | null;
                        reviewed_at: string | null;
                    };
                };
                /** @description By locale: every UI locale listed. */
                application_process: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written, in the service’s source language; `reviewed`: a translation a person wrote or checked; `machine`: a draft; `missing`: none.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine" | "missing";
                        /** @description Who reviewed it (a name). */
                        reviewed_by: string | null;
                        reviewed_at: string | null;
                    };
                };
                /** @description By locale: every UI locale listed. */
                fees_description: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written, in the service’s source language; `reviewed`: a translation a person wrote or checked; `machine`: a draft; `missing`: none.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine" | "missing";
                        /** @description Who reviewed it (a name). */
                        reviewed_by: string | null;
                        reviewed_at: string | null;
                    };
                };
                /** @description By locale: every UI locale listed. */
                eligibility_description: {
                    [key: string]: {
                        value: string;
                        /**
                         * @description `source`: the text as written, in the service’s source language; `reviewed`: a translation a person wrote or checked; `machine`: a draft; `missing`: none.
                         * @enum {string}
                         */
                        state: "source" | "reviewed" | "machine" | "missing";
                        /** @description Who reviewed it (a name). */
                        reviewed_by: string | null;
                        reviewed_at: string | null;
                    };
                };
            };
            availability: components["schemas"]["ServiceAvailability"];
            verification: components["schemas"]["ServiceVerification"];
            /** @description Decrypted; viewing it is audited. */
            verification_contact: string | null;
            topics: ("immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family")[];
            badges: {
                /** @enum {string} */
                code: "free" | "walk-in" | "no-id-required" | "doj-recognized-organization" | "doj-accredited-representative" | "attorney";
                /**
                 * Format: date
                 * @description The day the badge was checked, if it has a date.
                 */
                verified: string | null;
            }[];
            phones: {
                id: string;
                number: string;
                /**
                 * @description HSDS suggests text, voice, fax, cell, video, pager, textphone.
                 * @default voice
                 */
                type: string;
                description: string | null;
                languages: string[];
            }[];
            languages: {
                code: string;
                /** @enum {string} */
                kind: "staff" | "interpretation";
            }[];
            locations: {
                id: string;
                name: string;
                address: {
                    address_1: string;
                    address_2: string | null;
                    city: string;
                    state_province: string;
                    postal_code: string;
                    country: string;
                };
                latitude: number | null;
                longitude: number | null;
                timezone: string;
                schedules: {
                    id: string;
                    /** @enum {string} */
                    freq: "WEEKLY" | "MONTHLY";
                    /** @description WEEKLY: `MO,WE`; MONTHLY: `2TU`, `-1FR`. */
                    byday: string | null;
                    opens_at: string | null;
                    closes_at: string | null;
                    /** Format: date */
                    valid_from: string | null;
                    /** Format: date */
                    valid_to: string | null;
                    description: string | null;
                }[];
            }[];
            open_reports: {
                id: string;
                kind: string;
                created_at: string;
            }[];
        };
        HsdsInvalidProblem: components["schemas"]["Problem"] & {
            errors: {
                /** @description In the editor’s terms: `phones[0].number`. */
                field: string;
                path: string;
                message: string;
            }[];
        };
        ServiceStaleProblem: components["schemas"]["Problem"] & {
            changed_by: string | null;
            changed_at: string;
            current_version: number;
            current: components["schemas"]["ServiceEdit"];
        };
        ServiceEditInput: {
            fields: {
                name: string;
                alternate_name: string | null;
                description: string;
                /** Format: uri */
                url: string | null;
                /** Format: email */
                email: string | null;
                application_process: string | null;
                fees_description: string | null;
                eligibility_description: string | null;
                /** @enum {string} */
                status: "active" | "inactive" | "defunct" | "temporarily closed";
            };
            /** @description Translations; only the locales sent are touched. The source language is `fields`. */
            texts?: {
                name?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                description?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                application_process?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                fees_description?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                eligibility_description?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
            };
            availability: components["schemas"]["ServiceAvailability"];
            /** @description The provider’s address for re-verification requests; empty or null for none. */
            verification_contact: string | "" | null;
            topics: ("immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family")[];
            badges: {
                /** @enum {string} */
                code: "free" | "walk-in" | "no-id-required" | "doj-recognized-organization" | "doj-accredited-representative" | "attorney";
                /**
                 * Format: date
                 * @description The day the badge was checked, if it has a date.
                 */
                verified: string | null;
            }[];
            phones: {
                /** Format: uuid */
                id?: string;
                number: string;
                /**
                 * @description HSDS suggests text, voice, fax, cell, video, pager, textphone.
                 * @default voice
                 */
                type: string;
                description: string | null;
                languages: string[];
            }[];
            languages: {
                code: string;
                /** @enum {string} */
                kind: "staff" | "interpretation";
            }[];
            locations: {
                /**
                 * Format: uuid
                 * @description An existing place; none makes a new one.
                 */
                id?: string;
                name: string;
                address: {
                    address_1: string;
                    address_2: string | null;
                    city: string;
                    state_province: string;
                    postal_code: string;
                    country: string;
                };
                latitude: number | null;
                longitude: number | null;
                timezone: string;
                schedules: {
                    /** Format: uuid */
                    id?: string;
                    /** @enum {string} */
                    freq: "WEEKLY" | "MONTHLY";
                    /** @description WEEKLY: `MO,WE`; MONTHLY: `2TU`, `-1FR`. */
                    byday: string | null;
                    opens_at: string | null;
                    closes_at: string | null;
                    /** Format: date */
                    valid_from: string | null;
                    /** Format: date */
                    valid_to: string | null;
                    description: string | null;
                }[];
            }[];
            /** @description Open reports of this service this save fixes: closed as `fixed` with the change. */
            closes_reports?: string[];
        };
        ServiceCreateInput: {
            fields: {
                name: string;
                alternate_name: string | null;
                description: string;
                /** Format: uri */
                url: string | null;
                /** Format: email */
                email: string | null;
                application_process: string | null;
                fees_description: string | null;
                eligibility_description: string | null;
                /** @enum {string} */
                status: "active" | "inactive" | "defunct" | "temporarily closed";
            };
            /** @description Translations; only the locales sent are touched. The source language is `fields`. */
            texts?: {
                name?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                description?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                application_process?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                fees_description?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
                eligibility_description?: {
                    [key: string]: {
                        /** @description '' deletes the translation. */
                        value: string;
                        /** @description A person checked this translation (ignored for the source). */
                        reviewed: boolean;
                    };
                };
            };
            availability: components["schemas"]["ServiceAvailability"];
            /** @description The provider’s address for re-verification requests; empty or null for none. */
            verification_contact: string | "" | null;
            topics: ("immigration-legal" | "municipal-id" | "citizenship" | "english-classes" | "know-your-rights" | "health" | "housing" | "work" | "education" | "benefits" | "family")[];
            badges: {
                /** @enum {string} */
                code: "free" | "walk-in" | "no-id-required" | "doj-recognized-organization" | "doj-accredited-representative" | "attorney";
                /**
                 * Format: date
                 * @description The day the badge was checked, if it has a date.
                 */
                verified: string | null;
            }[];
            phones: {
                /** Format: uuid */
                id?: string;
                number: string;
                /**
                 * @description HSDS suggests text, voice, fax, cell, video, pager, textphone.
                 * @default voice
                 */
                type: string;
                description: string | null;
                languages: string[];
            }[];
            languages: {
                code: string;
                /** @enum {string} */
                kind: "staff" | "interpretation";
            }[];
            locations: {
                /**
                 * Format: uuid
                 * @description An existing place; none makes a new one.
                 */
                id?: string;
                name: string;
                address: {
                    address_1: string;
                    address_2: string | null;
                    city: string;
                    state_province: string;
                    postal_code: string;
                    country: string;
                };
                latitude: number | null;
                longitude: number | null;
                timezone: string;
                schedules: {
                    /** Format: uuid */
                    id?: string;
                    /** @enum {string} */
                    freq: "WEEKLY" | "MONTHLY";
                    /** @description WEEKLY: `MO,WE`; MONTHLY: `2TU`, `-1FR`. */
                    byday: string | null;
                    opens_at: string | null;
                    closes_at: string | null;
                    /** Format: date */
                    valid_from: string | null;
                    /** Format: date */
                    valid_to: string | null;
                    description: string | null;
                }[];
            }[];
            /** @description Open reports of this service this save fixes: closed as `fixed` with the change. */
            closes_reports?: string[];
            /** Format: uuid */
            organization_id?: string;
            organization_name?: string;
            /** @default en */
            source_locale: string;
        };
        TextReviewInput: {
            /** @enum {string} */
            field: "name" | "description" | "application_process" | "fees_description" | "eligibility_description";
            locale: string;
            /** @description The corrected text, if corrected. */
            value?: string;
        };
        ReviewQueueItem: {
            service_id: string;
            service_name: string;
            version: number;
            /** @enum {string} */
            field: "name" | "description" | "application_process" | "fees_description" | "eligibility_description";
            locale: string;
            source: {
                locale: string;
                value: string;
            };
            draft: string;
        };
        DirectoryHistoryItem: {
            id: string;
            kind: string;
            changed_by: string;
            changed_at: string;
            fields: {
                field: string;
                locale?: string;
                before?: unknown;
                after?: unknown;
            }[];
        };
        StaffAppointmentType: {
            id: string;
            location_id: string;
            code: string;
            title: string;
            what_to_bring: string;
            source_locale: string;
            duration_minutes: number;
            buffer_minutes: number;
            book_ahead_days: number;
            min_notice_minutes: number;
            on_behalf_allowed: boolean;
            release_weekday: number | null;
            release_time: string | null;
            release_weeks_before: number;
            /** @enum {string} */
            status: "active" | "archived";
            version: number;
            updated_by: string | null;
            updated_at: string;
            translations: components["schemas"]["AppointmentTypeTranslations"];
        };
        AppointmentTypeTranslations: {
            title?: {
                [key: string]: {
                    value: string;
                    /**
                     * @description `draft`: a machine translation nobody checked.
                     * @enum {string}
                     */
                    review: "draft" | "reviewed";
                };
            };
            what_to_bring?: {
                [key: string]: {
                    value: string;
                    /**
                     * @description `draft`: a machine translation nobody checked.
                     * @enum {string}
                     */
                    review: "draft" | "reviewed";
                };
            };
        };
        StaffAppointmentTypeInput: {
            /** Format: uuid */
            location_id: string;
            code: string;
            title: string;
            /** @default  */
            what_to_bring: string;
            /** @default en */
            source_locale: string;
            duration_minutes: number;
            /** @default 0 */
            buffer_minutes: number;
            /** @default 28 */
            book_ahead_days: number;
            /** @default 60 */
            min_notice_minutes: number;
            /** @default false */
            on_behalf_allowed: boolean;
            /** @default null */
            release_weekday: number | null;
            /** @default null */
            release_time: string | null;
            /** @default 1 */
            release_weeks_before: number;
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "archived";
            translations?: components["schemas"]["AppointmentTypeTranslations"];
        };
        StaffAppointmentStaff: {
            id: string;
            location_id: string;
            display_name: string;
            staff_account_id: string | null;
            languages: string[];
            type_ids: string[];
            active: boolean;
            rules: {
                weekday: number;
                starts_at: string;
                ends_at: string;
                valid_from: string | null;
                valid_until: string | null;
            }[];
            version: number;
            updated_by: string | null;
            updated_at: string;
        };
        StaffAppointmentStaffInput: {
            /** Format: uuid */
            location_id: string;
            display_name: string;
            /**
             * Format: uuid
             * @default null
             */
            staff_account_id: string | null;
            /** @default [] */
            languages: string[];
            /** @default [] */
            type_ids: string[];
            /** @default true */
            active: boolean;
            /** @default [] */
            rules: components["schemas"]["AvailabilityRule"][];
        };
        AvailabilityRule: {
            /** @description ISO weekday: 1 Monday … 7 Sunday. */
            weekday: number;
            starts_at: string;
            ends_at: string;
            /** @example 2027-03-14 */
            valid_from?: string | null;
            /** @example 2027-03-14 */
            valid_until?: string | null;
        };
        AvailabilityException: {
            id: string;
            location_id: string;
            staff_id: string | null;
            date: string;
            starts_at: string | null;
            ends_at: string | null;
            /** @enum {string} */
            kind: "closed" | "open";
            note: string | null;
            created_by: string | null;
        };
        AvailabilityExceptionInput: {
            /** Format: uuid */
            location_id: string;
            /**
             * Format: uuid
             * @description Null: the whole place (a holiday).
             * @default null
             */
            staff_id: string | null;
            /** @example 2027-03-14 */
            date: string;
            /** @default null */
            starts_at: string | null;
            /** @default null */
            ends_at: string | null;
            /**
             * @default closed
             * @enum {string}
             */
            kind: "closed" | "open";
            /** @default null */
            note: string | null;
        };
        InterpreterAvailability: {
            id: string;
            location_id: string;
            language: string;
            weekday: number | null;
            date: string | null;
            starts_at: string;
            ends_at: string;
            capacity: number;
        };
        InterpreterAvailabilityInput: {
            /** Format: uuid */
            location_id: string;
            /**
             * @description BCP 47 code of the interpreter's language; `ase` for American Sign Language.
             * @example wo
             */
            language: string;
            /** @default null */
            weekday: number | null;
            /**
             * @default null
             * @example 2027-03-14
             */
            date: string | null;
            starts_at: string;
            ends_at: string;
            /** @default 1 */
            capacity: number;
        };
        Roster: {
            event: {
                id: string;
                title: string;
                /** @enum {string} */
                type: "legal-clinic" | "citizenship" | "english-class" | "know-your-rights" | "id-enrollment" | "workshop" | "other";
                timezone: string;
                location_name: string | null;
            };
            session: {
                key: string;
                start: string;
                end: string;
                /** @enum {string} */
                status: "scheduled" | "cancelled" | "moved";
                /** @description The session has ended: no-shows can be marked. */
                over: boolean;
            };
            capacity: number | null;
            /** @description People, party sizes summed. */
            counts: {
                confirmed: number;
                waitlisted: number;
                attended: number;
                no_show: number;
                walk_ins: number;
            };
            /** @description Sorted by name. */
            entries: components["schemas"]["RosterEntry"][];
        };
        RosterEntry: {
            registration_id: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted";
            /** @enum {string} */
            source: "web" | "walk-in" | "desk";
            /** @description Decrypted; empty for a walk-in who gave none. */
            name: string;
            party_size: number;
            /** @description The language chosen at sign-up. */
            language: string;
            access_needs: string | null;
            /** @enum {string} */
            contact_method: "email" | "phone" | "none";
            waitlist_position: number | null;
            /**
             * @description At this session.
             * @enum {string|null}
             */
            attendance: "attended" | "no-show" | null;
            marked_at: string | null;
            /** @description The newest message to the person and how it went; null when none was sent. */
            last_message: {
                /** @description What it was: `confirmation`, `promoted`, `waitlisted-again`, `reminder`, `session.cancelled`, `session.moved`. */
                kind: string;
                /**
                 * @description `waiting`: not yet sent (queued, or retried after the mail server failed); `kept`: no mail server or SMS provider is configured.
                 * @enum {string}
                 */
                delivery: "waiting" | "sent" | "failed" | "bounced" | "kept";
            } | null;
            /** @description The mail server refused the address for good. */
            contact_bounced: boolean;
        };
        RosterProblem: components["schemas"]["Problem"] & {
            code: string;
            /** @description `other-event`: the title of the event the code is for. */
            event_title?: string;
            /** @description `other-event`, `other-session`: when that session starts (null: a whole series). */
            session_start?: string | null;
        };
        CheckInRequest: {
            /** Format: uuid */
            registration_id: string;
        } | {
            code: string;
        };
        AttendanceRequest: {
            /** Format: uuid */
            registration_id: string;
            /** @enum {string|null} */
            status: "attended" | "no-show" | null;
        };
        WalkInRequest: {
            name?: string;
            party_size: number;
            language: string;
            access_needs?: string;
        };
        OfficeDay: {
            date: string;
            timezone: string;
            staff: {
                id: string;
                display_name: string;
                appointments: components["schemas"]["OfficeAppointment"][];
            }[];
        };
        OfficeAppointment: {
            id: string;
            /** @description Send it back as If-Match (`"<version>"`). */
            version: number;
            /** @enum {string} */
            status: "held" | "booked" | "checked_in" | "no_show" | "cancelled";
            /**
             * @description ISO 8601, UTC.
             * @example 2027-03-14T14:00:00.000Z
             */
            start: string;
            end: string;
            /**
             * @description The place's wall clock.
             * @example 2027-03-14T10:00
             */
            local_start: string;
            type_id: string;
            /** @description The type's title, in its source language. */
            title: string;
            /** @description The interpreter booked (BCP 47; `ase`: ASL), or null. */
            interpreter: string | null;
            /** @description The messages' language (the client's, when booked on behalf). */
            language: string;
            on_behalf: boolean;
            /** @description The organization that booked on behalf. */
            organization: string | null;
            /** @description Decrypted. */
            name: string;
            /** @enum {string} */
            contact_method: "email" | "sms" | "none";
            /** @description Decrypted. */
            email: string | null;
            /** @description Decrypted. */
            phone: string | null;
            /** @description The office's notes, decrypted. */
            notes: string | null;
            /** @description The mail server refused the address for good. */
            contact_bounced: boolean;
            /** @description The newest message about the appointment and how it went; null when none. */
            last_message: {
                /** @description `confirmation`, `reminder`, `moved`, `cancelled`… */
                kind: string;
                /**
                 * @description `waiting`: not yet sent; `kept`: no mail server or SMS provider is configured.
                 * @enum {string}
                 */
                status: "waiting" | "sent" | "failed" | "bounced" | "kept";
            } | null;
        };
        AppointmentNotes: {
            notes: string;
        };
        VerificationDueItem: {
            /** Format: uuid */
            service_id: string;
            service_name: string;
            /** @description The service’s version: send it as If-Match to mark it verified. */
            version: number;
            verification: components["schemas"]["Verification"];
            /** @description An accredited legal provider (re-verified more often). */
            accredited: boolean;
            /** @description A provider contact is on file, so a request can be mailed. */
            contact: boolean;
            /** @description The newest request mailed, and what came of it. */
            last_request: {
                created_at: string;
                expires_at: string;
                used_at: string | null;
                /** @enum {string|null} */
                outcome: "confirmed" | "corrected" | null;
            } | null;
        };
        Verification: {
            /** @description When the listing was last confirmed (null: never). */
            verified: string | null;
            /** @description When it is due again (the office’s interval; shorter if accredited). */
            due: string | null;
            /** @description The due date has passed. */
            overdue: boolean;
        };
        VerificationPolicy: {
            /** @description Days between re-verifications. */
            interval_days: number;
            /** @description The same for accredited legal providers. */
            accredited_interval_days: number;
            /** @description Days a provider’s link works. */
            link_days: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
