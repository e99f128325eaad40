// A local stand-in for the GitHub REST API: the endpoints this action calls, over real HTTP on
// 127.0.0.1, with in-memory state that tests seed and inspect. Plain ESM JavaScript (types in
// github-fake.d.mts) so TypeScript tests and a plain-node demo script can both start it.
// Shapes follow the REST API closely enough for Octokit (@actions/github getOctokit) to use it
// unchanged: status codes, Link-header pagination, 404/422 error bodies.
import { createServer } from 'node:http'

const ROUTES = [
  ['GET', /^\/repos\/([^/]+)\/([^/]+)$/, 'getRepo'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/, 'getPermission'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, 'getComment'],
  ['PATCH', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/, 'updateComment'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/reactions$/, 'reactComment'],
  ['DELETE', /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/reactions\/(\d+)$/, 'unreactComment'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/, 'getIssue'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, 'listComments'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/, 'createComment'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/reactions$/, 'reactIssue'],
  ['DELETE', /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/reactions\/(\d+)$/, 'unreactIssue'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)$/, 'getReviewComment'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)\/reactions$/, 'reactReviewComment'],
  ['DELETE', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/comments\/(\d+)\/reactions\/(\d+)$/, 'unreactReviewComment'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/, 'getPull'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls$/, 'listPulls'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/pulls$/, 'createPull'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/, 'listPullFiles'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/reviews\/(\d+)\/comments$/, 'listReviewComments'],
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/comments$/, 'listPullReviewComments'],
  // A ref may hold slashes (feature/x): Octokit sends them encoded (%2F), a hand-made URL may not.
  ['GET', /^\/repos\/([^/]+)\/([^/]+)\/commits\/(.+)\/check-runs$/, 'listCheckRuns'],
  ['POST', /^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/([^/]+)\/dispatches$/, 'dispatch'],
  ['GET', /^\/users\/([^/]+)$/, 'getUser'],
]

const REACTIONS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'])
const CHECK_STATUSES = new Set(['queued', 'in_progress', 'completed'])
const CHECK_CONCLUSIONS = new Set(['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required'])

/** @param {string | RegExp} path @param {string} pathname */
const matches = (path, pathname) => (typeof path === 'string' ? path === pathname : path.test(pathname))

class HttpError extends Error {
  /** @param {number} status @param {string} message @param {unknown} [extra] */
  constructor(status, message, extra) {
    super(message)
    this.status = status
    this.extra = extra
  }
}

/** @param {import('./github-fake.d.mts').FakeOptions} [options] */
export async function startGitHubFake(options = {}) {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'hello-world'
  const tokenLogin = options.tokenLogin ?? 'github-actions[bot]'
  let nextId = 1000
  const id = () => ++nextId
  const now = () => new Date(Date.UTC(2026, 6, 1, 12, 0, nextId % 60)).toISOString()

  /** @type {import('./github-fake.d.mts').FakeState} */
  const state = {
    defaultBranch: options.defaultBranch ?? 'main',
    permissions: new Map(),
    issues: new Map(),
    files: new Map(),
    comments: [],
    reviewComments: [],
    reviews: new Set(),
    branches: new Map(),
    checkRuns: [],
    pulls: [],
    pullRequestsPermitted: true,
    reactions: [],
    dispatches: [],
    workflows: new Map(),
    requests: [],
    failures: [],
  }
  const repoUrl = () => `${base}/repos/${owner}/${repo}`
  const user = (/** @type {string} */ login) => ({
    login,
    id: login.length * 7919,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    html_url: `https://github.com/${login}`,
  })

  const issueJson = (/** @type {import('./github-fake.d.mts').FakeIssue} */ i) => ({
    id: i.number * 10007,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: user(i.user),
    labels: i.labels.map((name) => ({ name })),
    assignees: i.assignees.map(user),
    comments: state.comments.filter((c) => c.issueNumber === i.number).length,
    html_url: `https://github.com/${owner}/${repo}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    url: `${repoUrl()}/issues/${i.number}`,
    created_at: '2026-07-01T10:00:00Z',
    ...(i.pull ? { pull_request: { url: `${repoUrl()}/pulls/${i.number}` } } : {}),
  })
  const pullJson = (/** @type {import('./github-fake.d.mts').FakeIssue} */ i) => {
    if (!i.pull) throw new HttpError(404, 'Not Found')
    return {
      ...issueJson(i),
      head: { ref: i.pull.headRef, sha: i.pull.headSha, repo: { full_name: i.pull.headRepo ?? `${owner}/${repo}` } },
      base: { ref: i.pull.baseRef, sha: 'b'.repeat(40), repo: { full_name: `${owner}/${repo}` } },
      draft: false,
      merged: false,
      changed_files: (state.files.get(i.number) ?? []).length,
    }
  }
  const commentJson = (/** @type {import('./github-fake.d.mts').FakeComment} */ c) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: user(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    html_url: `https://github.com/${owner}/${repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoUrl()}/issues/${c.issueNumber}`,
    url: `${repoUrl()}/issues/comments/${c.id}`,
    author_association: 'MEMBER',
  })
  const reviewCommentJson = (/** @type {import('./github-fake.d.mts').FakeReviewComment} */ c) => ({
    id: c.id,
    body: c.body,
    user: user(c.user),
    path: c.path,
    diff_hunk: c.diffHunk,
    line: c.line,
    original_line: c.line,
    side: 'RIGHT',
    commit_id: 'c'.repeat(40),
    pull_request_url: `${repoUrl()}/pulls/${c.pullNumber}`,
    pull_request_review_id: c.reviewId,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.pullNumber}#discussion_r${c.id}`,
    url: `${repoUrl()}/pulls/comments/${c.id}`,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    // GitHub sends in_reply_to_id only on a reply.
    ...(c.inReplyTo !== null ? { in_reply_to_id: c.inReplyTo } : {}),
  })
  const checkRunJson = (/** @type {import('./github-fake.d.mts').FakeCheckRun} */ r) => ({
    id: r.id,
    node_id: `CR_${r.id}`,
    name: r.name,
    head_sha: r.headSha,
    external_id: '',
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.startedAt,
    completed_at: r.completedAt,
    url: `${repoUrl()}/check-runs/${r.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${r.id}`,
    details_url: r.detailsUrl,
    app: { id: r.app.slug.length * 104729, slug: r.app.slug, name: r.app.name, owner: user(owner) },
    output: {
      title: r.title,
      summary: r.summary,
      text: null,
      annotations_count: 0,
      annotations_url: `${repoUrl()}/check-runs/${r.id}/annotations`,
    },
    check_suite: { id: r.id * 3 },
    pull_requests: [],
  })

  const findIssue = (/** @type {number} */ n) => {
    const i = state.issues.get(n)
    if (!i) throw new HttpError(404, 'Not Found')
    return i
  }
  const findComment = (/** @type {number} */ cid) => {
    const c = state.comments.find((x) => x.id === cid)
    if (!c) throw new HttpError(404, 'Not Found')
    return c
  }
  const findReviewComment = (/** @type {number} */ cid) => {
    const c = state.reviewComments.find((x) => x.id === cid)
    if (!c) throw new HttpError(404, 'Not Found')
    return c
  }

  /**
   * The `since` query parameter (ISO 8601): only items last updated at or after it; null when
   * absent. An unparsable timestamp is answered 422, as GitHub's parameter validation does.
   */
  const sinceOf = (/** @type {URL} */ url) => {
    const raw = url.searchParams.get('since')
    if (raw === null) return null
    const t = Date.parse(raw)
    if (Number.isNaN(t)) throw new HttpError(422, 'Validation Failed')
    return t
  }
  const updatedSince = (/** @type {number | null} */ since, /** @type {string} */ updatedAt) =>
    since === null || Date.parse(updatedAt) >= since

  /**
   * A commit ref as GitHub resolves it for /commits/{ref}/…: a 40-hex SHA stands for itself (the
   * fake keeps no commits, so any SHA is known); a branch name (`x`, `heads/x`, `refs/heads/x`)
   * resolves through `state.branches` (setBranch), then through the head of a same-repository
   * pull request. Tags are not modelled. Anything else is answered 422 like GET /commits/{ref}.
   */
  const resolveRef = (/** @type {string} */ ref) => {
    if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase()
    const name = ref.replace(/^refs\/heads\//, '').replace(/^heads\//, '')
    const branch = state.branches.get(name)
    if (branch) return branch
    const pull = [...state.issues.values()]
      .filter((i) => i.pull && !i.pull.headRepo && i.pull.headRef === name)
      .sort((a, b) => b.number - a.number)[0]
    if (pull?.pull) return pull.pull.headSha
    throw new HttpError(422, `No commit found for SHA: ${ref}`)
  }

  /** Paginates like GitHub: per_page (max 100), page, and a Link header with rel="next"/"last". */
  const paginate = (/** @type {URL} */ url, /** @type {unknown[]} */ all) => {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1))
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = (/** @type {number} */ p) => {
      const u = new URL(url.href)
      u.searchParams.set('page', String(p))
      u.searchParams.set('per_page', String(perPage))
      return u.href
    }
    /** @type {string[]} */
    const links = []
    if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`)
    if (page > 1) links.push(`<${link(page - 1)}>; rel="prev"`, `<${link(1)}>; rel="first"`)
    return { body: all.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} }
  }

  const react = (
    /** @type {'issue'|'comment'|'review_comment'} */ kind,
    /** @type {number} */ targetId,
    /** @type {Record<string, any> | undefined} */ body,
  ) => {
    if (!REACTIONS.has(body?.content)) throw new HttpError(422, 'Validation Failed')
    const existing = state.reactions.find(
      (r) => r.kind === kind && r.targetId === targetId && r.content === body.content && r.user === tokenLogin,
    )
    // GitHub answers 200 with the existing reaction when the same user reacts twice.
    if (existing) return { status: 200, body: { id: existing.id, content: existing.content, user: user(existing.user) } }
    const r = { id: id(), kind, targetId, content: body.content, user: tokenLogin }
    state.reactions.push(r)
    return { status: 201, body: { id: r.id, content: r.content, user: user(r.user) } }
  }
  const unreact = (/** @type {'issue'|'comment'|'review_comment'} */ kind, /** @type {number} */ targetId, /** @type {number} */ rid) => {
    const idx = state.reactions.findIndex((r) => r.kind === kind && r.targetId === targetId && r.id === rid)
    if (idx < 0) throw new HttpError(404, 'Not Found')
    state.reactions.splice(idx, 1)
    return { status: 204 }
  }

  /** @type {Record<string, (m: string[], url: URL, body: Record<string, any> | undefined) => { status?: number, body?: unknown, headers?: Record<string,string> }>} */
  const handlers = {
    getRepo: () => ({
      body: { full_name: `${owner}/${repo}`, name: repo, owner: user(owner), default_branch: state.defaultBranch, private: false },
    }),
    getPermission: (m) => {
      const login = decodeURIComponent(m[3] ?? '')
      const seeded = state.permissions.get(login)
      if (seeded) return { body: { permission: seeded.permission, role_name: seeded.roleName, user: user(login) } }
      // Unknown bots are not users: GitHub answers 404. Unseeded people read a public repo.
      if (login.endsWith('[bot]')) throw new HttpError(404, `${login} is not a user`)
      return { body: { permission: 'read', role_name: 'read', user: user(login) } }
    },
    getIssue: (m) => ({ body: issueJson(findIssue(Number(m[3]))) }),
    listComments: (m, url) => {
      findIssue(Number(m[3]))
      const since = sinceOf(url)
      const all = state.comments
        .filter((c) => c.issueNumber === Number(m[3]) && updatedSince(since, c.updatedAt))
        .sort((a, b) => a.id - b.id)
      return paginate(url, all.map(commentJson))
    },
    createComment: (m, _url, body) => {
      const i = findIssue(Number(m[3]))
      if (typeof body?.body !== 'string') throw new HttpError(422, 'Validation Failed')
      const t = now()
      const c = { id: id(), issueNumber: i.number, body: body.body, user: tokenLogin, createdAt: t, updatedAt: t }
      state.comments.push(c)
      return { status: 201, body: commentJson(c) }
    },
    getComment: (m) => ({ body: commentJson(findComment(Number(m[3]))) }),
    updateComment: (m, _url, body) => {
      const c = findComment(Number(m[3]))
      if (typeof body?.body !== 'string') throw new HttpError(422, 'Validation Failed')
      c.body = body.body
      c.updatedAt = now()
      return { body: commentJson(c) }
    },
    getPull: (m) => ({ body: pullJson(findIssue(Number(m[3]))) }),
    listPulls: (_m, url) => {
      const head = url.searchParams.get('head')
      const wanted = url.searchParams.get('state') ?? 'open'
      const all = [...state.issues.values()]
        .filter(
          (i) => i.pull && (head === null || `${i.pull.headRepo ?? `${owner}/${repo}`}`.split('/')[0] + ':' + i.pull.headRef === head),
        )
        .filter((i) => wanted === 'all' || i.state === wanted)
        .sort((a, b) => a.number - b.number)
      return paginate(url, all.map(pullJson))
    },
    createPull: (_m, _url, body) => {
      // GitHub's answers when GITHUB_TOKEN may not open pull requests, and for a second one of a head.
      if (!state.pullRequestsPermitted) throw new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.')
      if (typeof body?.head !== 'string' || typeof body?.base !== 'string' || typeof body?.title !== 'string') {
        throw new HttpError(422, 'Validation Failed')
      }
      const open = [...state.issues.values()].find((i) => i.pull && i.state === 'open' && i.pull.headRef === body.head && !i.pull.headRepo)
      if (open) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${owner}:${body.head}.` }],
        })
      }
      const number = Math.max(0, ...state.issues.keys()) + 1
      const pr = {
        number,
        title: body.title,
        body: body.body ?? null,
        user: tokenLogin,
        state: 'open',
        labels: [],
        assignees: [],
        pull: { headRef: body.head, baseRef: body.base, headSha: 'f'.repeat(40), headRepo: undefined },
      }
      state.issues.set(number, pr)
      state.pulls.push({ number, head: body.head, base: body.base, title: body.title, body: body.body ?? '' })
      return { status: 201, body: pullJson(pr) }
    },
    listPullFiles: (m, url) => {
      const i = findIssue(Number(m[3]))
      if (!i.pull) throw new HttpError(404, 'Not Found')
      return paginate(url, state.files.get(i.number) ?? [])
    },
    getReviewComment: (m) => ({ body: reviewCommentJson(findReviewComment(Number(m[3]))) }),
    listReviewComments: (m, url) => {
      const i = findIssue(Number(m[3]))
      if (!i.pull) throw new HttpError(404, 'Not Found')
      const reviewId = Number(m[4])
      const all = state.reviewComments.filter((c) => c.pullNumber === i.number && c.reviewId === reviewId).sort((a, b) => a.id - b.id)
      // GitHub answers 404 for a review id that is not on this pull request; the fake knows reviews only by their comments.
      if (all.length === 0 && !state.reviews.has(reviewId)) throw new HttpError(404, 'Not Found')
      return paginate(url, all.map(reviewCommentJson))
    },
    listPullReviewComments: (m, url) => {
      const i = findIssue(Number(m[3]))
      if (!i.pull) throw new HttpError(404, 'Not Found')
      const since = sinceOf(url)
      const sort = url.searchParams.get('sort')
      const direction = url.searchParams.get('direction')
      if (sort !== null && sort !== 'created' && sort !== 'updated') throw new HttpError(422, 'Validation Failed')
      if (direction !== null && direction !== 'asc' && direction !== 'desc') throw new HttpError(422, 'Validation Failed')
      const all = state.reviewComments.filter((c) => c.pullNumber === i.number && updatedSince(since, c.updatedAt))
      // GitHub: "By default, review comments are in ascending order by ID", and `direction` is
      // "Ignored without sort parameter". The docs give direction no default once sort is sent; the
      // fake follows GitHub's convention for `direction` elsewhere (list issues, list pulls):
      // desc. So: no sort → ascending id; sort=created|updated → that time, desc unless
      // direction=asc, id breaking ties.
      if (sort === null) all.sort((a, b) => a.id - b.id)
      else {
        const key = sort === 'updated' ? 'updatedAt' : 'createdAt'
        const sign = direction === 'asc' ? 1 : -1
        all.sort((a, b) => sign * (Date.parse(a[key]) - Date.parse(b[key]) || a.id - b.id))
      }
      return paginate(url, all.map(reviewCommentJson))
    },
    listCheckRuns: (m, url) => {
      const sha = resolveRef(decodeURIComponent(m[3] ?? ''))
      const filter = url.searchParams.get('filter') ?? 'latest'
      if (filter !== 'latest' && filter !== 'all') throw new HttpError(422, 'Validation Failed')
      const checkName = url.searchParams.get('check_name')
      const status = url.searchParams.get('status')
      if (status !== null && !CHECK_STATUSES.has(status)) throw new HttpError(422, 'Validation Failed')
      // Newest first (GitHub documents no order; it lists the latest runs first in practice).
      let runs = state.checkRuns.filter((r) => r.headSha === sha).sort((a, b) => b.id - a.id)
      // filter=latest: only the most recent run of each name (per app), as a re-run replaces its
      // predecessor on the commit's checks page; filter=all keeps every run.
      if (filter === 'latest') {
        const seen = new Set()
        runs = runs.filter((r) => {
          const key = `${r.app.slug}\n${r.name}`
          if (seen.has(key)) return false
          seen.add(key)
          return true
        })
      }
      runs = runs.filter((r) => (checkName === null || r.name === checkName) && (status === null || r.status === status))
      const page = paginate(url, runs.map(checkRunJson))
      return { body: { total_count: runs.length, check_runs: page.body }, headers: page.headers }
    },
    reactIssue: (m, _u, body) => react('issue', findIssue(Number(m[3])).number, body),
    unreactIssue: (m) => unreact('issue', Number(m[3]), Number(m[4])),
    reactComment: (m, _u, body) => react('comment', findComment(Number(m[3])).id, body),
    unreactComment: (m) => unreact('comment', Number(m[3]), Number(m[4])),
    reactReviewComment: (m, _u, body) => react('review_comment', findReviewComment(Number(m[3])).id, body),
    unreactReviewComment: (m) => unreact('review_comment', Number(m[3]), Number(m[4])),
    dispatch: (m, _url, body) => {
      const workflow = decodeURIComponent(m[3] ?? '')
      if (typeof body?.ref !== 'string' || !body.ref) throw new HttpError(422, 'Invalid request.\n\n"ref" wasn\'t supplied.')
      const inputs = body.inputs ?? {}
      if (Object.keys(inputs).length > 25) throw new HttpError(422, 'you may only define up to 25 `inputs` for a `workflow_dispatch` event')
      const declared = state.workflows.get(workflow)
      if (state.workflows.size > 0 && !declared) throw new HttpError(404, 'Not Found')
      const unexpected = declared ? Object.keys(inputs).filter((k) => !declared.includes(k)) : []
      if (unexpected.length) throw new HttpError(422, `Unexpected inputs provided: ${JSON.stringify(unexpected)}`)
      const runId = id()
      state.dispatches.push({ workflow, ref: body.ref, inputs, runId })
      if (body.return_run_details !== true) return { status: 204 }
      return {
        status: 200,
        body: {
          workflow_run_id: runId,
          run_url: `${repoUrl()}/actions/runs/${runId}`,
          html_url: `https://github.com/${owner}/${repo}/actions/runs/${runId}`,
        },
      }
    },
    getUser: (m) => ({ body: user(decodeURIComponent(m[1] ?? '')) }),
  }

  const server = createServer((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base)
      const raw = Buffer.concat(chunks).toString('utf8')
      /** @type {Record<string, any> | undefined} */
      let body
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        body = raw
      }
      const method = req.method ?? 'GET'
      const auth = req.headers.authorization
      /** @type {import('./github-fake.d.mts').RecordedRequest} */
      const recorded = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorization: auth }
      state.requests.push(recorded)
      /** @type {{ status?: number, body?: unknown, headers?: Record<string,string> }} */
      let out
      try {
        if (!auth) throw new HttpError(401, 'Requires authentication')
        const failure = state.failures.find((f) => f.remaining > 0 && f.method === method && matches(f.path, url.pathname))
        if (failure) {
          failure.remaining--
          failure.attempts++
          recorded.failed = failure.status
          if (failure.remaining <= 0) state.failures.splice(state.failures.indexOf(failure), 1)
          if (failure.status === 'reset') {
            // A network error: the connection drops without an answer.
            req.socket.destroy()
            return
          }
          // GitHub never answers: the connection stays open until close().
          if (failure.status === 'hang') return
          throw new HttpError(failure.status, failure.message)
        }
        const route = ROUTES.find(([m, re]) => m === method && re.test(url.pathname))
        if (!route) throw new HttpError(404, 'Not Found')
        const match = url.pathname.match(route[1]) ?? []
        if (route[2] !== 'getUser' && (match[1] !== owner || match[2] !== repo)) throw new HttpError(404, 'Not Found')
        const handler = handlers[route[2]]
        if (!handler) throw new HttpError(404, 'Not Found')
        out = handler([...match], url, body)
      } catch (err) {
        if (!(err instanceof HttpError)) throw err
        out = {
          status: err.status,
          body: {
            message: err.message,
            ...(err.extra && typeof err.extra === 'object' ? err.extra : {}),
            documentation_url: 'https://docs.github.com/rest',
            status: String(err.status),
          },
        }
      }
      const status = out.status ?? 200
      const headers = { 'x-github-request-id': `FAKE:${state.requests.length}`, ...(out.headers ?? {}) }
      if (status === 204 || out.body === undefined) {
        res.writeHead(status, headers).end()
      } else {
        res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(out.body))
      }
    })
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(undefined))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('github fake: no TCP address')
  const base = `http://127.0.0.1:${address.port}`

  return {
    url: base,
    owner,
    repo,
    tokenLogin,
    state,
    setPermission(login, permission, roleName) {
      state.permissions.set(login, { permission, roleName: roleName ?? permission })
    },
    addIssue(seed) {
      const issue = {
        number: seed.number,
        title: seed.title ?? `Issue ${seed.number}`,
        body: seed.body ?? null,
        user: seed.user ?? 'octocat',
        state: seed.state ?? 'open',
        labels: seed.labels ?? [],
        assignees: seed.assignees ?? [],
        pull: seed.pull
          ? {
              headRef: seed.pull.headRef ?? 'feature',
              baseRef: seed.pull.baseRef ?? state.defaultBranch,
              headSha: seed.pull.headSha ?? 'a'.repeat(40),
              headRepo: seed.pull.headRepo,
            }
          : undefined,
      }
      state.issues.set(issue.number, issue)
      if (seed.files)
        state.files.set(
          issue.number,
          seed.files.map((f) => ({ sha: '0'.repeat(40), status: 'modified', additions: 1, deletions: 0, changes: 1, patch: '', ...f })),
        )
      return issue
    },
    addComment(issueNumber, seed) {
      findIssue(issueNumber)
      const t = seed.createdAt ?? now()
      const c = {
        id: seed.id ?? id(),
        issueNumber,
        body: seed.body,
        user: seed.user ?? 'octocat',
        createdAt: t,
        updatedAt: seed.updatedAt ?? t,
      }
      state.comments.push(c)
      return c
    },
    addReviewComment(pullNumber, seed) {
      findIssue(pullNumber)
      if (seed.inReplyTo !== undefined) {
        const parent = findReviewComment(seed.inReplyTo)
        if (parent.pullNumber !== pullNumber) throw new Error(`github fake: review comment ${seed.inReplyTo} is not on #${pullNumber}`)
      }
      const t = seed.createdAt ?? now()
      const c = {
        id: seed.id ?? id(),
        pullNumber,
        body: seed.body,
        user: seed.user ?? 'octocat',
        path: seed.path,
        diffHunk: seed.diffHunk,
        line: seed.line ?? null,
        createdAt: t,
        updatedAt: seed.updatedAt ?? t,
        reviewId: seed.reviewId ?? null,
        inReplyTo: seed.inReplyTo ?? null,
      }
      state.reviewComments.push(c)
      return c
    },
    addReview(pullNumber, reviewId) {
      findIssue(pullNumber)
      state.reviews.add(reviewId)
    },
    setBranch(name, sha) {
      state.branches.set(name, sha.toLowerCase())
    },
    addCheckRun(sha, seed) {
      if (!/^[0-9a-f]{40}$/i.test(sha)) throw new Error(`github fake: check run head_sha must be 40 hex digits, not ${sha}`)
      const status = seed.status ?? (seed.conclusion ? 'completed' : 'queued')
      const conclusion = seed.conclusion ?? null
      if (!CHECK_STATUSES.has(status)) throw new Error(`github fake: unknown check run status ${status}`)
      // GitHub: a conclusion exactly when the run is completed.
      if ((status === 'completed') !== (conclusion !== null) || (conclusion !== null && !CHECK_CONCLUSIONS.has(conclusion))) {
        throw new Error(`github fake: check run ${seed.name}: status ${status} with conclusion ${conclusion}`)
      }
      const startedAt = seed.startedAt ?? now()
      const runId = seed.id ?? id()
      const app =
        typeof seed.app === 'string' ? { slug: seed.app, name: seed.app } : (seed.app ?? { slug: 'github-actions', name: 'GitHub Actions' })
      /** @type {import('./github-fake.d.mts').FakeCheckRun} */
      const run = {
        id: runId,
        name: seed.name,
        headSha: sha.toLowerCase(),
        status,
        conclusion,
        startedAt,
        completedAt: status === 'completed' ? (seed.completedAt ?? startedAt) : null,
        detailsUrl: seed.detailsUrl ?? `https://github.com/${owner}/${repo}/actions/runs/${runId}/job/${runId}`,
        app,
        title: seed.title ?? null,
        summary: seed.summary ?? null,
      }
      state.checkRuns.push(run)
      return run
    },
    declareWorkflow(file, inputs) {
      state.workflows.set(file, inputs)
    },
    fail({ method, path, status, message, times = Infinity }) {
      /** @type {import('./github-fake.d.mts').FakeFailure} */
      const failure = {
        method,
        path,
        status,
        message: message ?? (status === 502 ? 'Bad Gateway' : status === 503 ? 'Service Unavailable' : 'Server Error'),
        remaining: times,
        attempts: 0,
        stop() {
          failure.remaining = 0
          const i = state.failures.indexOf(failure)
          if (i >= 0) state.failures.splice(i, 1)
        },
      }
      if (times > 0) state.failures.push(failure)
      return failure
    },
    failNext(method, path, status, message, times = 1) {
      this.fail({ method, path, status, times, ...(message !== undefined ? { message } : {}) })
    },
    commentsOn(issueNumber) {
      return state.comments.filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id)
    },
    requestsTo(method, path) {
      return state.requests.filter((r) => r.method === method && path.test(r.path))
    },
    close() {
      return new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((err) => (err ? reject(err) : resolve(undefined)))
      })
    },
  }
}
