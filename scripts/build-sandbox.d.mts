/** Compiler per target arch (Node's names). */
export declare const TARGETS: Record<string, string>
/** Compiles the helper for `arch` into `outFile`. */
export declare function buildSandbox(arch: string, outFile: string): void
