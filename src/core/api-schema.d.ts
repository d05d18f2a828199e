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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
