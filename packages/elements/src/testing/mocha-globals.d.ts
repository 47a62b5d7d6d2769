/**
 * The mocha globals that @web/test-runner provides to element tests (no `@types/mocha` is installed).
 * Only what the tests use.
 */
type MochaDone = (error?: unknown) => void;
type MochaCallback = (this: unknown, done: MochaDone) => void | Promise<unknown>;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body?: MochaCallback): void;
declare function before(body: MochaCallback): void;
declare function after(body: MochaCallback): void;
declare function beforeEach(body: MochaCallback): void;
declare function afterEach(body: MochaCallback): void;
