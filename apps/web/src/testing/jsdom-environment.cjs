/**
 * jsdom, plus the WHATWG fetch primitives jsdom does not implement. react-router's data router
 * builds a `Request` (with an AbortSignal) for every navigation, so Request, Response, Headers
 * and the matching AbortController/AbortSignal come from Node, as one consistent set.
 * (The same idea as the `jest-fixed-jsdom` package, without adding a dependency.)
 */
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      Request,
      Response,
      Headers,
      AbortController,
      AbortSignal,
      ReadableStream,
      structuredClone,
    });
  }
}

module.exports = JsdomWithFetchEnvironment;
