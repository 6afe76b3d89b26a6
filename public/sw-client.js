// Registers the service worker (sw.js, beside this file) so the app works
// offline after one visit, and offers a new version when one has arrived
// instead of reloading under the visitor. Both pages load it. Where service
// workers are unavailable (an old browser, a private window, plain http on a
// non-local host) it does nothing and the app works as before.
(() => {
  const container = navigator.serviceWorker;
  if (!container || !window.isSecureContext || !document.currentScript) return;
  const base = new URL(".", document.currentScript.src);
  let chosen = false;

  const offer = (worker) => {
    if (document.querySelector(".update-notice")) return;
    const notice = document.createElement("div");
    notice.className = "update-notice";
    notice.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = "Đã có phiên bản mới.";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = "Tải lại";
    button.addEventListener("click", () => {
      chosen = true;
      button.disabled = true;
      worker.postMessage("skip-waiting");
    });
    notice.append(text, " ", button);
    document.body.append(notice);
  };

  // The new worker has taken over because the visitor chose it: load the
  // page again from the new version.
  container.addEventListener("controllerchange", () => {
    if (chosen) window.location.reload();
  });

  container
    .register(new URL("sw.js", base), { scope: base.pathname })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener("updatefound", () => {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener("statechange", () => {
          // A first install has no page to update: it just starts caching.
          if (worker.state === "installed" && container.controller) offer(worker);
        });
      });
    })
    .catch(() => {
      // No worker (a debug build has no sw.js): the app still works online.
    });
})();
