// Resolves the `model` input (provider/model-id) and credentials to an AI SDK LanguageModel.
// Runs before any other work, so a missing key fails the step at once with one message,
// instead of after the cache restore or, worse, at the first model call.
// Only the chosen provider's package is loaded (a dynamic import, its own chunk in dist/), so a
// run never parses the other three; every check that can fail comes before that import.
import type { LanguageModel } from 'ai'
import { Inputs } from '../constants.js'
import type { Provider, Settings } from '../inputs.js'

/** The environment variable each provider's key is read from when `api-key` is empty. */
export const API_KEY_ENV: Readonly<Record<Provider, string | undefined>> = {
  anthropic: 'ANTHROPIC_API_KEY',
  openai: 'OPENAI_API_KEY',
  google: 'GOOGLE_GENERATIVE_AI_API_KEY',
  // An OpenAI-compatible server (a local or self-hosted one) may need no key at all.
  'openai-compatible': undefined,
}

/** Whether a key for the model is at hand (the input, or the provider's variable); true when it needs none. */
export function apiKeyAvailable(settings: Pick<Settings, 'model' | 'apiKey'>, env: NodeJS.ProcessEnv): boolean {
  const envName = API_KEY_ENV[settings.model.provider]
  return settings.apiKey !== '' || envName === undefined || (env[envName] ?? '').trim() !== ''
}

export class ModelConfigError extends Error {
  override name = 'ModelConfigError'
}

export interface ResolvedModel {
  model: LanguageModel
  /** `provider/model-id`, for logs and the summary. */
  name: string
  /** Where the key came from, for the log (never the key). */
  keySource: 'input' | 'env' | 'none'
  /** Values to mask (core.setSecret) and to keep out of the store, the cache and bash. */
  secrets: string[]
}

export interface ModelDeps {
  env?: NodeJS.ProcessEnv
  /** For tests that need to observe requests; real HTTP either way. */
  fetch?: typeof globalThis.fetch
}

export async function resolveModel(settings: Pick<Settings, 'model' | 'apiKey' | 'baseUrl'>, deps: ModelDeps = {}): Promise<ResolvedModel> {
  const env = deps.env ?? process.env
  const { provider, id, name } = settings.model
  const envName = API_KEY_ENV[provider]
  const fromEnv = envName ? (env[envName] ?? '').trim() : ''
  const apiKey = settings.apiKey !== '' ? settings.apiKey : fromEnv
  const keySource = settings.apiKey !== '' ? 'input' : fromEnv !== '' ? 'env' : 'none'
  if (apiKey === '' && envName) {
    throw new ModelConfigError(
      `No API key for model '${name}': set the '${Inputs.ApiKey}' input (e.g. api-key: \${{ secrets.${envName} }}) or the ${envName} environment variable.`,
    )
  }
  const baseURL = settings.baseUrl !== '' ? settings.baseUrl : undefined
  const common = { ...(baseURL ? { baseURL } : {}), ...(deps.fetch ? { fetch: deps.fetch } : {}) }
  const model = await (async (): Promise<LanguageModel> => {
    switch (provider) {
      case 'anthropic': {
        const { createAnthropic } = await import('@ai-sdk/anthropic')
        return createAnthropic({ apiKey, ...common })(id)
      }
      case 'openai': {
        const { createOpenAI } = await import('@ai-sdk/openai')
        return createOpenAI({ apiKey, ...common })(id)
      }
      case 'google': {
        const { createGoogleGenerativeAI } = await import('@ai-sdk/google')
        return createGoogleGenerativeAI({ apiKey, ...common })(id)
      }
      case 'openai-compatible': {
        if (!baseURL) {
          throw new ModelConfigError(
            `Model '${name}' uses an OpenAI-compatible server: set the '${Inputs.BaseUrl}' input to its URL (e.g. https://host/v1).`,
          )
        }
        const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible')
        return createOpenAICompatible({
          name: 'openai-compatible',
          baseURL,
          ...(apiKey !== '' ? { apiKey } : {}),
          includeUsage: true, // token figures on streamed answers too
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        })(id)
      }
    }
  })()
  return { model, name, keySource, secrets: apiKey !== '' ? [apiKey] : [] }
}
