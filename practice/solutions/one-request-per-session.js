// A lock per session for express-session, which has none: requests that carry the same
// session cookie run one after another, from before the session is loaded until after it
// is saved (express-session saves before the response finishes).

/** The raw value of one cookie in a `Cookie` header, or undefined. */
function cookieValue(header, name) {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function oneRequestPerSession(cookieName) {
  /** Cookie value → the promise the next request of that session waits for. */
  const tails = new Map();
  return (req, res, next) => {
    const key = cookieValue(req.headers.cookie, cookieName);
    // No cookie yet: a new session, which no other request can share.
    if (key === undefined) return next();
    const previous = tails.get(key) ?? Promise.resolve();
    let release;
    const mine = new Promise((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    tails.set(key, tail);
    let released = false;
    const done = () => {
      if (released) return;
      released = true;
      release();
      if (tails.get(key) === tail) tails.delete(key);
    };
    res.once('finish', done);
    res.once('close', done);
    previous.then(() => next());
  };
}

module.exports = { oneRequestPerSession, cookieValue };
