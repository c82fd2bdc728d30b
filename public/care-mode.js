// Care mode (关怀模式) before the first paint. A classic script in <head> blocks rendering for the
// few lines below, so a page in care mode is laid out once, in its larger text; applied later by
// a module script, the larger text shifted the whole page after it was shown (layout shift 0.45
// on a site page, bench/lighthouse.ts). The button's own behaviour is in CareMode.astro.
(function () {
  var KEY = "anju-care-mode";
  var root = document.documentElement;
  var stored = null;
  try {
    stored = sessionStorage.getItem(KEY) || localStorage.getItem(KEY);
  } catch (error) {
    // Storage may be blocked; the switch then works for this page only.
  }
  // `?care=1` (or `?care=0`) switches care mode from a link, e.g. one printed for a care home or
  // used by the tests; it is remembered like a click on the button.
  var requested = new URLSearchParams(location.search).get("care");
  if (requested === "1" || requested === "0") {
    stored = requested === "1" ? "on" : "off";
    try {
      localStorage.setItem(KEY, stored);
    } catch (error) {
      // See above.
    }
  }
  root.classList.add("js");
  if (stored === "on") root.classList.add("care");

  // Inquiry-terminal mode (查询设备): the terminal's start page (/kiosk/, /en/kiosk/) or `?kiosk=1`
  // turns it on for this tab, `?kiosk=0` off. It has care mode's sizes whatever the switch says,
  // and /kiosk.js adds the back and start buttons, keeps the resident on the site and goes back to
  // the start after two minutes without a touch. The start page is remembered, in its language.
  var KIOSK = "anju-kiosk";
  var kioskStart = null;
  var kioskParam = new URLSearchParams(location.search).get("kiosk");
  var onStart = /^\/(?:en\/)?kiosk\/$/.test(location.pathname);
  try {
    kioskStart = sessionStorage.getItem(KIOSK);
    if (kioskParam === "0") sessionStorage.removeItem(KIOSK);
    else if (onStart || kioskParam === "1") {
      kioskStart = onStart
        ? location.pathname
        : kioskStart || (root.lang === "en" ? "/en/kiosk/" : "/kiosk/");
      sessionStorage.setItem(KIOSK, kioskStart);
    }
  } catch (error) {
    // Without storage, kiosk mode holds on the start page and pages opened with ?kiosk=1 only.
    if (onStart || kioskParam === "1") kioskStart = onStart ? location.pathname : "/kiosk/";
  }
  if (kioskParam === "0") kioskStart = null;
  if (kioskStart) {
    root.classList.add("kiosk", "care");
    root.setAttribute("data-kiosk-start", kioskStart);
    var script = document.createElement("script");
    script.src = "/kiosk.js";
    document.head.appendChild(script);
  }
  // A receipt's address (/receipt/?indicator=…): the page keeps room for the receipt from the
  // first paint (ReceiptView.astro), so drawing it does not push the page down (layout shift
  // 0.42 when the room was made by the receipt's own script, after the page was shown).
  if (new URLSearchParams(location.search).has("indicator")) root.classList.add("has-receipt-address");
})();
