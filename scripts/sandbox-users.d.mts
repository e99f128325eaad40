export const WITH_SUDO: 'ar-runner'
export const WITHOUT_SUDO: 'ar-nosudo'
export function ensureSandboxUsers(): { ok: true; users: Record<string, { uid: number; gid: number }> } | { ok: false; reason: string }
