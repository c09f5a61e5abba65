/** Where the worker is served (app/sw.js/route.ts); at the root, so its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

/**
 * The only script the offline support adds to a page: inlined in <head>, it registers the worker
 * after the page has loaded, so it never competes with the page's own first load.
 */
export const registerServiceWorkerScript = `if("serviceWorker"in navigator)addEventListener("load",function(){navigator.serviceWorker.register(${JSON.stringify(SERVICE_WORKER_PATH)}).catch(function(){})});`;
