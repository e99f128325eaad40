// Types for cache-server.mjs (plain JS so scripts can run it without a TypeScript loader).
import type { AzuriteHandle } from './azurite.mjs'

export interface CacheServiceOptions {
  /** Reuse a running Azurite (not stopped by stop()); default: start one and own it. */
  azurite?: AzuriteHandle
  /** Start in read-only mode: CreateCacheEntry is denied the way GitHub denies it. */
  readOnly?: boolean
  /** Permission bits in the issued token's `ac` claim (1 read, 2 write); default 3, or 1 if readOnly. */
  tokenPermission?: number
  /** Scope in the issued token's `ac` claim; default refs/heads/main. */
  scope?: string
}

export interface CacheEntryInfo {
  id: number
  key: string
  version: string
  finalized: boolean
  sizeBytes: number
  createdAt: Date
}

export type CacheMethod = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL'

export interface RequestRecord {
  method: string
  request: Record<string, unknown>
  status: number
  response: Record<string, unknown>
}

export interface FailureSpec {
  /** Only requests to this method fail; default any method. */
  method?: CacheMethod
  status: number
  /** How many matching requests fail; default 1. */
  count?: number
  message?: string
  /** Seconds, sent as a `retry-after` header (429). */
  retryAfter?: number
}

export interface CacheServiceEnv {
  ACTIONS_CACHE_SERVICE_V2: string
  ACTIONS_RESULTS_URL: string
  ACTIONS_RUNTIME_TOKEN: string
  RUNNER_TEMP: string
  GITHUB_SERVER_URL: string
  [name: string]: string
}

export interface CacheService {
  /** Base URL (ACTIONS_RESULTS_URL), with a trailing slash. */
  readonly url: string
  /** Variables the runner would give a node action; put them in process.env or a child env. */
  readonly env: CacheServiceEnv
  readonly azurite: AzuriteHandle
  entries(): CacheEntryInfo[]
  requests(): RequestRecord[]
  setReadOnly(readOnly: boolean): void
  failNext(failure: FailureSpec): void
  /** Forget all entries, queued failures and the request log. */
  clear(): void
  /** A runtime token with the given `ac` permission bits. */
  tokenWith(permission: number, scope?: string): string
  stop(): Promise<void>
}

export declare function makeRuntimeToken(opts?: { scope?: string; permission?: number; extraClaims?: Record<string, unknown> }): string

export declare function startCacheService(opts?: CacheServiceOptions): Promise<CacheService>
