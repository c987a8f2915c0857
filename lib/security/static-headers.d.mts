// Types for static-headers.mjs.
export declare const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[];
export declare const HSTS_VALUE: string;
