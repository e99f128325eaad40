// Reads what the tests check of a shipped binary straight from its ELF headers, for any arch (the
// host's objdump reads only its own): the machine, the type, whether it is linked dynamically,
// the symbol versions it needs from each library (.gnu.version_r, what the dynamic loader
// checks), and whether it carries a GNU build id. ELF64 little-endian only: what is shipped.
import { readFileSync } from 'node:fs'

/** e_machine values (elf.h) by Node's arch names. */
export const ELF_MACHINE: Record<string, number> = { x64: 62, arm64: 183 }

export interface ElfInfo {
  /** e_machine: 62 x86-64, 183 AArch64. */
  machine: number
  /** e_type: 2 executable, 3 shared object (or PIE). */
  type: number
  /** Has a PT_INTERP or PT_DYNAMIC program header. */
  dynamic: boolean
  /** Library file name (DT_NEEDED) → the versions needed from it, e.g. libc.so.6 → GLIBC_2.17, … */
  needs: Record<string, string[]>
  /** Has a .note.gnu.build-id section. */
  buildId: boolean
}

const SHT_GNU_VERNEED = 0x6ffffffe
const PT_INTERP = 3
const PT_DYNAMIC = 2

function cString(buf: Buffer, offset: number): string {
  const end = buf.indexOf(0, offset)
  return buf.toString('latin1', offset, end < 0 ? buf.length : end)
}

export function readElf(file: string): ElfInfo {
  const b = readFileSync(file)
  if (b.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${file} is not an ELF file`)
  if (b[4] !== 2 || b[5] !== 1) throw new Error(`${file} is not ELF64 little-endian`)
  const type = b.readUInt16LE(16)
  const machine = b.readUInt16LE(18)
  const phoff = Number(b.readBigUInt64LE(32))
  const shoff = Number(b.readBigUInt64LE(40))
  const phentsize = b.readUInt16LE(54)
  const phnum = b.readUInt16LE(56)
  const shentsize = b.readUInt16LE(58)
  const shnum = b.readUInt16LE(60)
  const shstrndx = b.readUInt16LE(62)

  let dynamic = false
  for (let i = 0; i < phnum; i++) {
    const p = b.readUInt32LE(phoff + i * phentsize)
    if (p === PT_INTERP || p === PT_DYNAMIC) dynamic = true
  }

  const sections = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * shentsize
    return {
      name: b.readUInt32LE(at),
      type: b.readUInt32LE(at + 4),
      offset: Number(b.readBigUInt64LE(at + 24)),
      size: Number(b.readBigUInt64LE(at + 32)),
      link: b.readUInt32LE(at + 40),
      info: b.readUInt32LE(at + 44),
    }
  })
  const names = sections[shstrndx]
  const sectionName = (s: { name: number }) => (names ? cString(b, names.offset + s.name) : '')

  const needs: Record<string, string[]> = {}
  for (const s of sections.filter((x) => x.type === SHT_GNU_VERNEED)) {
    const strtab = sections[s.link]
    if (!strtab) throw new Error(`${file}: .gnu.version_r links to no string table`)
    const str = (o: number) => cString(b, strtab.offset + o)
    // Elf64_Verneed { vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32 },
    // Elf64_Vernaux { vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32 }.
    let at = s.offset
    for (let n = 0; n < s.info; n++) {
      const count = b.readUInt16LE(at + 2)
      const lib = str(b.readUInt32LE(at + 4))
      const versions = (needs[lib] ??= [])
      let aux = at + b.readUInt32LE(at + 8)
      for (let k = 0; k < count; k++) {
        versions.push(str(b.readUInt32LE(aux + 8)))
        aux += b.readUInt32LE(aux + 12)
      }
      const next = b.readUInt32LE(at + 12)
      if (next === 0) break
      at += next
    }
  }
  return { machine, type, dynamic, needs, buildId: sections.some((s) => sectionName(s) === '.note.gnu.build-id') }
}

/** Every needed version of the form `<prefix>_<a>.<b>[.<c>]` as numbers, e.g. versionsOf(info, 'GLIBC') → [[2, 17], …]. */
export function versionsOf(info: ElfInfo, prefix: string): number[][] {
  const re = new RegExp(`^${prefix}_(\\d+(?:\\.\\d+)*)$`)
  return Object.values(info.needs)
    .flat()
    .map((v) => re.exec(v)?.[1])
    .filter((v): v is string => v !== undefined)
    .map((v) => v.split('.').map(Number))
}

/** Compares dotted versions as number arrays. */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
