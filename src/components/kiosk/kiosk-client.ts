/**
 * The terminal's picker: search by name, or county → township → site. Where the resident is in
 * the picker is the address's fragment (#county=2, #township=15), so the terminal's back button
 * (history.back) steps back through it. Words come from the page (data-words); names are set as
 * text, never as markup.
 */
import { fillPlaceholders, type Params } from "../../lib/i18n/placeholders.ts";
import { href, type Lang } from "../../lib/i18n/index.ts";
import { findSites, kioskSiteName, type KioskPlaces, type KioskSite } from "../../lib/site/kiosk.ts";

/** How many search results are listed: a screenful of 60 px buttons, a few times over. */
const SHOWN = 20;

type WordKey =
  | "kiosk.pickCounty"
  | "kiosk.pickTownship"
  | "kiosk.pickSite"
  | "kiosk.found"
  | "kiosk.foundMore"
  | "kiosk.none"
  | "kiosk.loadFailed"
  | "kiosk.sites";

// The element type is the caller's: the page's markup (KioskPicker.astro) fixes what each selector finds.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see above
function part<T extends Element>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`kiosk: the page has no ${selector}`);
  return found;
}

export function startKiosk(root: HTMLElement): void {
  const lang = root.dataset.lang as Lang;
  const templates = JSON.parse(root.dataset.words ?? "{}") as Record<WordKey, string>;
  const say = (key: WordKey, params?: Params) => fillPlaceholders(templates[key], params, key);
  const form = part<HTMLFormElement>(root, "[data-kiosk-form]");
  const input = part<HTMLInputElement>(root, "[data-kiosk-search]");
  const status = part<HTMLElement>(root, "[data-kiosk-status]");
  const results = part<HTMLUListElement>(root, "[data-kiosk-results]");
  const heading = part<HTMLElement>(root, "[data-kiosk-heading]");
  const up = part<HTMLButtonElement>(root, "[data-kiosk-up]");
  const choices = part<HTMLUListElement>(root, "[data-kiosk-choices]");

  let places: KioskPlaces | null = null;

  const choice = (label: string, href: string, note?: string): HTMLLIElement => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = href;
    const name = document.createElement("bdi");
    name.textContent = label;
    link.append(name);
    if (note) {
      const small = document.createElement("span");
      small.className = "kiosk-note";
      small.textContent = note;
      link.append(small);
    }
    item.append(link);
    return item;
  };
  const siteChoice = (site: KioskSite) => {
    const township = places!.townships[site.township]!;
    const county = places!.counties[township.county]!;
    return choice(
      kioskSiteName(site, lang),
      href(lang, `/sites/${encodeURIComponent(site.id)}/`),
      `${county.name[lang]} · ${township.name[lang]}`,
    );
  };

  /** The picker's view for the current fragment: counties, one county's townships, or one township's sites. */
  const render = (moved: boolean) => {
    if (!places) return;
    const at = new URLSearchParams(location.hash.slice(1));
    const township = places.townships[Number(at.get("township"))];
    const county = places.counties[Number(at.get("county"))];
    const items: HTMLLIElement[] = [];
    if (at.has("township") && township) {
      heading.textContent = say("kiosk.pickSite", { township: township.name[lang] });
      const w = places.townships.indexOf(township);
      for (const site of places.sites) if (site.township === w) items.push(siteChoice(site));
      up.dataset.to = `#county=${township.county}`;
    } else if (at.has("county") && county) {
      heading.textContent = say("kiosk.pickTownship", { county: county.name[lang] });
      const c = places.counties.indexOf(county);
      places.townships.forEach((w, i) => {
        if (w.county !== c) return;
        const count = places!.sites.filter((site) => site.township === i).length;
        items.push(choice(w.name[lang], `#township=${i}`, say("kiosk.sites", { count })));
      });
      up.dataset.to = "#";
    } else {
      heading.textContent = say("kiosk.pickCounty");
      places.counties.forEach((c, i) => {
        const count = places!.sites.filter((site) => places!.townships[site.township]!.county === i).length;
        items.push(choice(c.name[lang], `#county=${i}`, say("kiosk.sites", { count })));
      });
      delete up.dataset.to;
    }
    up.hidden = up.dataset.to === undefined;
    choices.replaceChildren(...items);
    if (moved) heading.focus();
  };

  const search = () => {
    if (!places) return;
    const query = input.value.trim();
    if (query === "") {
      status.textContent = "";
      results.replaceChildren();
      return;
    }
    const found = findSites(places, query, SHOWN + 1);
    status.textContent =
      found.length === 0
        ? say("kiosk.none", { query })
        : found.length > SHOWN
          ? say("kiosk.foundMore", { count: SHOWN })
          : say("kiosk.found", { count: found.length });
    results.replaceChildren(...found.slice(0, SHOWN).map(siteChoice));
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(search, 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typing);
    search();
  });
  up.addEventListener("click", () => {
    location.hash = up.dataset.to ?? "";
  });
  addEventListener("hashchange", () => {
    render(true);
  });

  fetch("/kiosk/sites.json")
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<KioskPlaces>;
    })
    .then((loaded) => {
      places = loaded;
      render(false);
      if (input.value.trim() !== "") search();
    })
    .catch(() => {
      // The counties' links rendered with the page stay: the resident can still get there.
      status.textContent = say("kiosk.loadFailed");
    });
}
