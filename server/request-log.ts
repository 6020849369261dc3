/**
 * One JSON line per request on stdout, for the operator's log tools: method, path, status,
 * duration, bytes sent, and whether React rendered a page. Nothing of the reader: no query string
 * (a search or a comment's parameters), no headers, no address.
 */
import type { NextFunction, Request, Response } from 'express';

/** Set by the page route when React rendered the answer (a 304 or a file is not a render). */
export function markRendered(response: Response): void {
  response.locals.rendered = true;
}

export function requestLog(request: Request, response: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  const bytesBefore = request.socket.bytesWritten;
  response.on('finish', () => {
    const line = {
      time: new Date().toISOString(),
      method: request.method,
      path: request.path,
      status: response.statusCode,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      bytes: request.socket.bytesWritten - bytesBefore,
      render: response.locals.rendered === true,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  });
  next();
}
