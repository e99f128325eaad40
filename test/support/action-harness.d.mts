import type { ChildProcess } from 'node:child_process'

export declare const ROOT: string
export declare const NODE20: string
export declare const NODE24: string
export declare const RUNTIMES: ReadonlyArray<{ label: 'node20' | 'node24'; node: string }>

export interface StageResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface JobOptions {
  dir: string
  runId: string
  attempt: number
  workspace?: string
  node?: string
  /** The bundled action to run (default <ROOT>/dist). */
  distDir?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Wipe `dir` first, as a new runner (default true). */
  fresh?: boolean
  /**
   * Run main and post as this user (the test must be root): before each stage `dir` and the
   * workspace are chowned to it and the directories above them made traversable (o+rx); HOME
   * becomes `home` when given.
   */
  runAs?: RunAs
}

export interface RunAs {
  uid: number
  gid: number
  home?: string
}

export declare function parseFileCommand(text: string): Record<string, string>
export declare function inputDefaults(expressions?: Record<string, string>): Record<string, string>

export declare class SimulatedJob {
  constructor(o: JobOptions)
  readonly dir: string
  readonly runId: string
  readonly attempt: number
  readonly node: string
  readonly distDir: string
  readonly workspace: string
  inputs: Record<string, string>
  extraEnv: Record<string, string>
  readonly runAs: RunAs | undefined
  readonly files: { state: string; output: string; summary: string; env: string; path: string }
  env(stage: 'main' | 'post'): Record<string, string>
  start(
    stage: 'main' | 'post',
    opts?: { timeoutMs?: number; onStdout?: (chunk: string) => void },
  ): { child: ChildProcess; done: Promise<StageResult> }
  run(stage: 'main' | 'post', opts?: { timeoutMs?: number; onStdout?: (chunk: string) => void }): Promise<StageResult>
  state(): Record<string, string>
  outputs(): Record<string, string>
  summary(): string
}

export declare function killGroup(child: ChildProcess, signal?: NodeJS.Signals): void
export declare function commands(stdout: string, name: string): string[]
