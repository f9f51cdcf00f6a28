/**
 * jsdom 29 through Jest's documented way to bring one's own jsdom (@jest/environment-jsdom-abstract),
 * plus the WHATWG fetch primitives from Node. jest-environment-jsdom pins jsdom 26, whose
 * getComputedStyle matched every rule of antd's injected stylesheets for every element asked:
 * three quarters of the web suite's time went there. react-router's data router builds a `Request`
 * (with an AbortSignal) for every navigation, so Request, Response, Headers and the matching
 * AbortController/AbortSignal come from Node, as one consistent set.
 */
const JSDOMEnvironment = require('@jest/environment-jsdom-abstract').default;
const jsdom = require('jsdom');

class JsdomWithFetchEnvironment extends JSDOMEnvironment {
  constructor(config, context) {
    super(config, context, jsdom);
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
