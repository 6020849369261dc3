// negotiator 0.6.4, the version the compression middleware negotiates with, typed as far as the
// server uses it. @types/negotiator lacks `encoding`'s second argument, the server's preference
// among encodings the client weighs the same.
declare module 'negotiator' {
  class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    encoding(available: string[], preferred?: string[]): string | undefined;
  }
  export = Negotiator;
}
