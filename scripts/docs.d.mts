export declare function tables(actionYml: string): { inputs: string; outputs: string }
export declare function render(readme: string, actionYml: string): string
