// When the wasm traps (a Rust panic aborts in release builds), the app's
// state is gone and the page would stop answering. This shows a Vietnamese
// error screen with a reload button instead. Both pages load it before the
// wasm starts; it only watches for WebAssembly's own runtime errors.
(() => {
  const show = () => {
    if (document.querySelector(".crash")) return;
    const screen = document.createElement("div");
    screen.className = "crash";
    screen.setAttribute("role", "alert");
    const title = document.createElement("h2");
    title.textContent = "Ứng dụng gặp lỗi";
    const text = document.createElement("p");
    text.textContent = "Đã xảy ra lỗi không mong muốn. Hãy tải lại trang; dữ liệu không bị mất.";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = "Tải lại trang";
    button.addEventListener("click", () => window.location.reload());
    screen.append(title, text, button);
    document.body.append(screen);
    button.focus();
  };
  const isTrap = (error) => typeof WebAssembly === "object" && error instanceof WebAssembly.RuntimeError;
  window.addEventListener("error", (event) => {
    if (isTrap(event.error)) show();
  });
  window.addEventListener("unhandledrejection", (event) => {
    if (isTrap(event.reason)) show();
  });
})();
