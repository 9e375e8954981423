export declare const ROOT: string;
export declare function libIsCurrent(): boolean;
