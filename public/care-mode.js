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
  // A receipt's address (/receipt/?indicator=…): the page keeps room for the receipt from the
  // first paint (ReceiptView.astro), so drawing it does not push the page down (layout shift
  // 0.42 when the room was made by the receipt's own script, after the page was shown).
  if (new URLSearchParams(location.search).has("indicator")) root.classList.add("has-receipt-address");
})();
