/** Where the worker is served (app/sw.js/route.ts); at the root, so its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

/**
 * The only script the offline support adds to a page: inlined in <head>, it registers the worker
 * once the page has loaded and the browser is idle, so installing it (which fetches the offline
 * pages) never competes with the page's own first requests.
 */
export const registerServiceWorkerScript = `if("serviceWorker"in navigator)addEventListener("load",function(){(self.requestIdleCallback||setTimeout)(function(){navigator.serviceWorker.register(${JSON.stringify(SERVICE_WORKER_PATH)}).catch(function(){})})});`;
