export declare function git(cwd: string, ...args: string[]): string
export declare function makeOrigin(dir: string, files: Record<string, string | Buffer>): string
export declare function makeBareOrigin(dir: string, files: Record<string, string | Buffer>): string
export declare function freshClone(origin: string, dest: string): string
export declare function workspaceFiles(root: string): Record<string, string>
