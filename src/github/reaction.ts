// The 👀 reaction on the triggering comment (or issue / pull request) while the agent works.
// Decision: it is removed when the attempt ends, success or failure. The progress comment
// carries the outcome; a 👀 left behind would keep claiming "on it" for a run that has stopped.
// A re-run adds it again (GitHub returns the existing reaction if it is still there, so the id
// is known even when the previous attempt's state was lost). A runner that dies leaves it —
// nothing runs after that — which is accurate until someone re-runs or gives up.
import type { ReactionPort } from './ports.js'
import type { ReactionTarget } from './types.js'

export class WorkingReaction {
  private reactionId: number | undefined

  constructor(
    private readonly port: ReactionPort,
    private readonly target: ReactionTarget | undefined,
    private readonly onError: (err: unknown, during: string) => void = () => {},
  ) {}

  /** The reaction as added, for the post step to remove if main is killed. */
  get current(): { target: ReactionTarget; id: number } | undefined {
    return this.target && this.reactionId !== undefined ? { target: this.target, id: this.reactionId } : undefined
  }

  async add(): Promise<boolean> {
    if (!this.target) return false
    try {
      this.reactionId = await this.port.addReaction(this.target, 'eyes')
      return true
    } catch (err) {
      this.onError(err, 'adding the 👀 reaction')
      return false
    }
  }

  async remove(): Promise<boolean> {
    if (!this.target || this.reactionId === undefined) return false
    try {
      await this.port.removeReaction(this.target, this.reactionId)
      this.reactionId = undefined
      return true
    } catch (err) {
      this.onError(err, 'removing the 👀 reaction')
      return false
    }
  }
}
