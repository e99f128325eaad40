import { describe, expect, it } from 'vitest'
import { credentialValues } from '../src/secrets.js'
import { withoutSecretFiles } from '../src/session/checkpoint.js'
import { Redactor } from '../src/store/index.js'

describe('credentialValues', () => {
  it('takes credentials by name, never settings or short flags', () => {
    const env = {
      GITHUB_TOKEN: 'ghs_abcdefghijkl',
      ACTIONS_RUNTIME_TOKEN: 'eyJhbGciOi.payload.sig',
      MY_SERVICE_API_KEY: 'k-1234567890',
      DB_PASSWORD: 'hunter2hunter2',
      ACTIONS_STEP_DEBUG: 'true',
      INPUT_PROMPT: 'fix the token parser please',
      INPUT_API_KEY: 'sk-from-input-000',
      SHORT_TOKEN: 'abc',
      PATH: '/usr/bin',
    }
    expect(credentialValues(env).sort()).toEqual(['eyJhbGciOi.payload.sig', 'ghs_abcdefghijkl', 'hunter2hunter2', 'k-1234567890'])
  })
})

describe('withoutSecretFiles', () => {
  const patch = Buffer.from(
    [
      'diff --git a/keep.txt b/keep.txt',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/keep.txt',
      '@@ -0,0 +1 @@',
      '+harmless',
      'diff --git a/conf/.env b/conf/.env',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/conf/.env',
      '@@ -0,0 +1 @@',
      '+KEY=sk-live-secret-value',
      '',
    ].join('\n'),
  )

  it('drops exactly the files in which a secret appears', () => {
    const { patch: kept, dropped } = withoutSecretFiles(patch, new Redactor(['sk-live-secret-value']))
    expect(dropped).toEqual(['conf/.env'])
    expect(kept.toString()).toContain('+harmless')
    expect(kept.toString()).not.toContain('sk-live')
  })

  it('returns the patch untouched when no secret is in it', () => {
    const result = withoutSecretFiles(patch, new Redactor(['not-in-there']))
    expect(result).toEqual({ patch, dropped: [] })
  })
})
