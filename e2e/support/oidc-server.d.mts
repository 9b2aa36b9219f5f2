// Types for oidc-server.mjs, so that TypeScript specs can import its constants.
export declare const OIDC_TEST_NAME: string;
export declare const OIDC_TEST_PASSWORD: string;
export declare const OIDC_TEST_CLIENT_ID: string;

export type OidcTestServer = { issuer: string; clientId: string; clientSecret: string; name: string; close: () => Promise<void> };

export declare function startOidcServer(options: { appOrigin: string; port?: number }): Promise<OidcTestServer>;
