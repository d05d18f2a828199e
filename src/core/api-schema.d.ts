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
        /** The database answers */
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
                /** @description Not ready. */
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
                    /** @description Keywords, in any language and script. */
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
