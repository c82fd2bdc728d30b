// Inquiry-terminal mode (查询设备), loaded by care-mode.js on every page while the tab is in it:
// the page's "back" button works (a terminal's browser shows none of its own; the bar itself is
// in every page, Base.astro, shown by html.kiosk), no link leads off the site or to a download,
// and after two minutes without a touch, a key or a scroll the terminal goes back to its start
// page, so the next resident never finds the last one's page.
(function () {
  var IDLE_MS = 2 * 60 * 1000;
  var root = document.documentElement;
  var start = root.getAttribute("data-kiosk-start") || "/kiosk/";

  var timer = 0;
  function restart() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      location.replace(start);
    }, IDLE_MS);
  }
  ["pointerdown", "keydown", "wheel", "touchstart", "scroll"].forEach(function (type) {
    addEventListener(type, restart, { passive: true, capture: true });
  });
  restart();

  // A link is the terminal's when it stays on this site and opens a page, not a file to download.
  // The site's pages are folders ("/sites/420302-0001/") or .html files; anything else with a name
  // of its own (data files, SHA256SUMS, the key) is a download, marked `download` or not.
  function allowed(link) {
    if (link.hasAttribute("download")) return false;
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return false;
    var name = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
    return name === "" || /\.html$/.test(name);
  }
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link && !allowed(link)) event.preventDefault();
    },
    true,
  );

  function ready() {
    document.querySelectorAll("a[href]").forEach(function (link) {
      if (!allowed(link)) link.setAttribute("data-kiosk-hidden", "");
    });
    var back = document.querySelector("[data-kiosk-back]");
    if (back)
      back.addEventListener("click", function () {
        history.back();
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
