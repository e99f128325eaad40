// The token for one remote git command, and nowhere else: `-c http.<server>/.extraheader` on
// that command's line, never a config file (docs/design.md §7). Used by the delivery's push and
// fetch (src/deliver/git-remote.ts) and by a conversation's checkout of its branch (thread-checkout.ts).

/** Credentials for one remote command: the server's URL prefix and the token sent as basic auth. */
export interface RemoteAuth {
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string
  /** Empty: no header (a local or SSH remote). */
  token: string
}

/** The `-c` arguments that put the token's header on one remote command, and keep hooks and helpers out. */
export function remoteAuthArgs(auth: RemoteAuth): string[] {
  const header = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`
  // An empty value first drops any header configured elsewhere (two Authorization headers fail).
  const config = ['-c', `${header}=`, '-c', 'core.hooksPath=/dev/null', '-c', 'credential.helper=']
  if (auth.token !== '') {
    const basic = Buffer.from(`x-access-token:${auth.token}`, 'utf8').toString('base64')
    config.push('-c', `${header}=AUTHORIZATION: basic ${basic}`)
  }
  return config
}
