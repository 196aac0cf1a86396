export declare const commonDirectives: string[];
export declare function noncePolicy(nonce: string, dev: boolean): string;
export declare function publicBasePolicy(dev: boolean): string;
export declare function inlineScripts(html: string): string[];
export declare function hashPolicy(html: string): string;
