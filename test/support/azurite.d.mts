// Types for azurite.mjs (plain JS so scripts can run it without a TypeScript loader).

export declare const AZURITE_ACCOUNT_NAME: string
export declare const AZURITE_ACCOUNT_KEY: string

export interface AzuriteHandle {
  /** e.g. `http://127.0.0.1:40189`; the account name is the first path segment of blob URLs. */
  readonly blobEndpoint: string
  readonly accountName: string
  readonly accountKey: string
  readonly pid: number | undefined
  stop(): Promise<void>
}

export declare function startAzurite(opts?: { nodePath?: string }): Promise<AzuriteHandle>
