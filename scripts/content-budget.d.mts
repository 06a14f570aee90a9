export declare const CONTENT_SCRIPT_BUDGET: number;
export declare function checkContentBudget(file: string, budget?: number): { ok: boolean; bytes: number; figure: string };
