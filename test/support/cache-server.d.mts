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
  /**
   * Shape of the signed blob URLs; both lead to the service's blob proxy (and so to blob faults).
   * - 'local' (default): `http://127.0.0.1:<proxy>/<account>/actions-cache/<blob>?<sas>`. The toolkit
   *   downloads these with one plain http-client GET (downloadCacheHttpClient: 2 tries 5 s apart,
   *   3 min until response headers, 5 s socket idle timeout after them; DownloadOptions timeouts
   *   do not apply) and uploads with the Azure SDK.
   * - 'azure': `http://<account>.blob.core.windows.net/actions-cache/<blob>?<sas>`, GitHub's shape,
   *   and `env` gains HTTP_PROXY (the proxy) and NO_PROXY: the toolkit then downloads with the Azure
   *   SDK as in production (HEAD, then ranged GETs; `segmentTimeoutInMs` bounds the GETs, and the SDK
   *   re-requests the rest of a block whose body is cut, up to 5 times). If the environment sets
   *   HTTPS_PROXY or ALL_PROXY, the Azure SDK prefers those: clear them.
   */
  blobUrls?: 'local' | 'azure'
}

/** One `ac` entry of a runtime token: a ref (`refs/heads/main`, `refs/pull/5/merge`) and its bits. */
export interface CacheScope {
  scope: string
  /** Bit set: 1 read, 2 write (3 read-write). */
  permission: number
}

export interface CacheEntryInfo {
  id: number
  key: string
  version: string
  /** The scope the entry was saved under: the first writable scope of the saving token. */
  scope: string
  finalized: boolean
  sizeBytes: number
  createdAt: Date
}

export type CacheMethod = 'CreateCacheEntry' | 'FinalizeCacheEntryUpload' | 'GetCacheEntryDownloadURL'

export interface RequestRecord {
  method: string
  request: Record<string, unknown>
  /** HTTP status answered; 0 while a hung request is unanswered, or when its connection was reset. */
  status: number
  response: Record<string, unknown>
  /** Set when an injected fault (failNext or fault()) took the request. */
  fault?: 'hang' | 'status' | 'reset'
}

/** One request that reached the blob proxy. */
export interface BlobRequestRecord {
  /** PUT = upload, GET/HEAD = download. */
  op: 'upload' | 'download' | 'other'
  method: string
  /** Blob name inside the container. */
  blob: string
  /** Cache key of the entry the blob belongs to, if any. */
  key: string | undefined
  /** The `x-ms-range` or `Range` header the client sent. */
  range?: string
  /** Status answered to the client; 0 while unanswered (a hang) or never answered. */
  status: number
  /** Response body bytes Azurite sent the proxy (not what reached the client after a cut/truncate). */
  bytes: number
  fault?: BlobFaultKind
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

export interface TwirpFaultSpec {
  /** Only requests to this method; default any method. */
  method?: CacheMethod
  /**
   * - 'hang': the request is read and never answered (held until stop() or the service's stop()).
   * - 'status': a Twirp error `{code,msg}` with `status` (default 500); the code follows the status
   *   (429 resource_exhausted, 503 unavailable, 501 unimplemented, 404 not_found, … else internal).
   * - 'reset': the connection is destroyed without an answer (the client sees ECONNRESET).
   */
  kind: 'hang' | 'status' | 'reset'
  /** HTTP status for 'status'; default 500. */
  status?: number
  /** Twirp `code` for 'status'; default derived from the status. */
  code?: string
  /** Twirp `msg` for 'status'; default `injected <status>`. */
  message?: string
  /** Seconds, sent as a `Retry-After` header ('status'). */
  retryAfter?: number
  /** How many matching requests it takes; default every one until stop(). */
  times?: number
}

export type BlobFaultKind = 'hang' | 'status' | 'cut' | 'truncate'

export interface BlobFaultSpec {
  /** 'upload' = PUT (Put Blob, Put Block, Put Block List); 'download' = GET and HEAD. */
  op: 'upload' | 'download'
  /**
   * - 'hang': the request is accepted and never answered (an upload's body is left unread). With
   *   `afterBytes` (download only): headers and that many body bytes, then the body stalls.
   * - 'status': an Azure-style error: `status` (default 503), XML `<Error><Code>…` body and
   *   `x-ms-error-code` (503 ServerBusy, 500 InternalError, 404 BlobNotFound, 403 AuthenticationFailed …).
   * - 'cut' (download): the real headers (full Content-Length) and `afterBytes` body bytes, then the
   *   connection is destroyed.
   * - 'truncate' (download): the blob as if it were only `afterBytes` long: 200 with that many bytes
   *   and a matching Content-Length (206 ranges are clipped, Content-Range says the short size, a
   *   range past it gets 416), and HEAD reports the short size while the fault is active.
   * cut, truncate and a hang with `afterBytes` take GETs only (a HEAD passes and is not counted).
   */
  kind: BlobFaultKind
  /** Only the blob of this cache key's entries; default any blob. */
  key?: string
  /** HTTP status for 'status'; default 503. */
  status?: number
  /** Azure error code for 'status'; default derived from the status. */
  code?: string
  /** Error message for 'status'. */
  message?: string
  /** Body bytes that reach the client for cut/truncate (default 0) and for a stalling hang. */
  afterBytes?: number
  /** How many matching requests it takes; default every one until stop(). */
  times?: number
}

export interface FaultStopOptions {
  /**
   * What happens to requests the fault holds unanswered: 'reset' (default) destroys their
   * connections; 'continue' lets them through as if there had been no fault (a stalled download
   * resumes where it stopped).
   */
  release?: 'reset' | 'continue'
}

export interface FaultHandle {
  /** Requests the fault has taken so far (at most `times`). */
  readonly hits: number
  /** Requests it holds unanswered right now (hangs). */
  readonly held: number
  /** Resolves once `hits >= n` (default 1); rejects after `timeoutMs` (default 10 s) or on stop(). */
  waitForHits(n?: number, timeoutMs?: number): Promise<void>
  /** Ends the fault: no more requests are taken, held ones are released (see FaultStopOptions). */
  stop(opts?: FaultStopOptions): void
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
  /** The blob proxy in front of Azurite that signed URLs lead to, e.g. http://127.0.0.1:40123. */
  readonly blobProxyUrl: string
  /** Every entry, pending and finalized, of every scope. */
  entries(): CacheEntryInfo[]
  /** The newest finalized entry with this key (in `scope` if given), else the newest pending one. */
  entry(key: string, scope?: string): CacheEntryInfo | undefined
  /**
   * Removes the finalized entries with this key (any scope), or those the predicate picks, as
   * GitHub evicts entries unused for 7 days; pending entries stay. Returns how many were removed.
   */
  evict(keyOrPredicate: string | ((entry: CacheEntryInfo) => boolean)): number
  /** Twirp requests, in order, with the status answered. */
  requests(): RequestRecord[]
  /** Requests that reached the blob proxy, in order. */
  blobRequests(): BlobRequestRecord[]
  setReadOnly(readOnly: boolean): void
  /** Queue one (or `count`) Twirp error answers; checked before fault(). */
  failNext(failure: FailureSpec): void
  /** Inject a fault into the Twirp methods. */
  fault(spec: TwirpFaultSpec): FaultHandle
  /** Inject a fault into blob uploads or downloads (the signed-URL traffic). */
  blobFault(spec: BlobFaultSpec): FaultHandle
  /**
   * Rewrite the stored blob of every finalized entry with this key: cut to `truncateTo` bytes
   * (default half its size), or replaced by `replaceWith`. The entry's metadata is unchanged, so a
   * later restore finds it and downloads the damaged archive. Throws if no finalized entry has the key.
   */
  corruptEntry(
    key: string,
    opts?: { truncateTo?: number; replaceWith?: Uint8Array | string },
  ): Promise<{ sizeBefore: number; sizeAfter: number }>
  /** Forget all entries, queued failures, faults (held requests are reset) and the request logs. */
  clear(): void
  /** A runtime token whose `ac` lists one scope (default refs/heads/main) with these permission bits. */
  tokenWith(permission: number, scope?: string): string
  /**
   * A runtime token whose `ac` lists these scopes in this order, as the runner orders them: the
   * run's own ref, then (pull request runs) the base branch, then the default branch.
   */
  tokenFor(scopes: CacheScope[]): string
  /** Stops every fault (held connections are destroyed), both servers, and Azurite if it owns it. */
  stop(): Promise<void>
}

/** `scopes`, when given, is the whole `ac` list (in order) and wins over `scope`/`permission`. */
export declare function makeRuntimeToken(opts?: {
  scope?: string
  permission?: number
  scopes?: CacheScope[]
  extraClaims?: Record<string, unknown>
}): string

export declare function startCacheService(opts?: CacheServiceOptions): Promise<CacheService>
