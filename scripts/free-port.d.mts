// Types for free-port.mjs, for playwright.config.ts.
export declare function portIsFree(port: number): Promise<boolean>;
export declare function freePort(): Promise<number>;
