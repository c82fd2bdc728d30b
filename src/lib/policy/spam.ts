/**
 * Text the portal must never publish: gambling advertisements of the kind injected into the page the policy
 * was captured from. The build scans its own output with `findDenied` before publishing it.
 */

/** One phrase or pattern to refuse, with why it is on the list. */
export interface DenyRule {
  /** Stable id, reported with each match. */
  readonly id: string;
  /** Matched case-insensitively where the pattern has the `i` flag; never carries `g` (added when searching). */
  readonly pattern: RegExp;
  readonly why: string;
}

/** A place where a rule matched: the rule's id, the matched text and its UTF-16 index in the searched text. */
export interface DeniedMatch {
  readonly rule: string;
  readonly text: string;
  readonly index: number;
}

// Words that are ordinary in this portal's own subject are matched only in their gambling sense:
// 彩票公益金 is a real source of poverty-alleviation funds, 棋牌室 a common room at resettlement sites,
// 菠菜 a vegetable grown there, 千亿元 an amount, 开户银行 a bank account, 亚博会 an expo.
const GAMBLING_CONTEXT = "(?:千亿|博狗|亚博|棋牌|彩票|娱乐城|真人|百家乐|博彩|赌场|彩金|体育app)";

/** The gambling terms, brands and slang (Chinese and English) refused by default. */
export const DEFAULT_DENYLIST: readonly DenyRule[] = [
  {
    id: "yabo",
    pattern: /亚博(?!会|览)|yabo/iu,
    why: "Gambling brand (亚博), injected into the source page.",
  },
  { id: "bodog", pattern: /博狗|bodog/iu, why: "Gambling brand (博狗), injected into the source page." },
  {
    id: "qianyi",
    pattern: /千亿(?:国际|体育|娱乐|棋牌|平台)/u,
    why: "Gambling brand (千亿国际), injected into the source page.",
  },
  { id: "qipai", pattern: /棋牌(?!室)/u, why: "Online card and board games for money (棋牌), not a 棋牌室." },
  {
    id: "account-opening",
    pattern: new RegExp(
      `(?<=${GAMBLING_CONTEXT}[^\\n。，,]{0,6})开户|开户(?=[^\\n。，,]{0,6}(?:送彩金|彩金|棋牌|博彩|娱乐城|真人|百家乐))`,
      "u",
    ),
    why: "Opening a betting account (开户) next to a gambling term.",
  },
  {
    id: "lottery",
    pattern: /彩票(?!公益金)/u,
    why: "Lottery sales (彩票), except the 彩票公益金 welfare fund.",
  },
  { id: "casino-zh", pattern: /娱乐城|赌场|博彩|网赌|赌球/u, why: "Casino and online-betting terms." },
  {
    id: "baccarat-zh",
    pattern: /百家乐|老虎机|轮盘赌|真人视讯|六合彩|时时彩|北京赛车/u,
    why: "Casino games.",
  },
  {
    id: "bocai-slang",
    pattern: /菠菜(?:网|平台|导航|担保|娱乐|app)/iu,
    why: "菠菜 as slang for 博彩, not the vegetable.",
  },
  {
    id: "brands-zh",
    pattern: /威尼斯人|新葡京|金沙娱乐|开云体育|乐鱼体育|九游会|华体会|必威|金宝博|皇冠体育|威廉希尔/u,
    why: "Gambling brands common in injected spam.",
  },
  {
    id: "gambling-en",
    // `i` without `u`: the words are ASCII, and Unicode case folding made this one rule half of the
    // output checks' time (5× slower on a site page).
    pattern:
      /\b(?:casinos?|baccarat|roulette|sportsbook|slot machines?|online betting|bet365|188bet|poker)\b/i,
    why: "Gambling terms in English.",
  },
];

/**
 * Every match of every rule in `text`, in order of position; empty when the text is clean. A list
 * is compiled on its first search and remembered: a changed list must be a new array.
 */
export function findDenied(text: string, list: readonly DenyRule[] = DEFAULT_DENYLIST): DeniedMatch[] {
  const matches: DeniedMatch[] = [];
  for (const { screen, rules } of screenedGroups(list)) {
    // Nearly every text is clean, and one pass of a group's screen says so where each of its rules
    // would make a pass of its own: 0.87× the time over the national site's pages.
    if (screen !== null && !screen.test(text)) continue;
    for (const { id, global } of rules) {
      for (const match of text.matchAll(global))
        matches.push({ rule: id, text: match[0], index: match.index });
    }
  }
  return matches.sort((a, b) => a.index - b.index || a.rule.localeCompare(b.rule));
}

/**
 * Rules of the same flags: each rule's pattern made global once, and the group's screen, one
 * pattern that matches somewhere exactly when one of the rules does (null when a rule cannot be
 * joined with others).
 */
interface ScreenedGroup {
  screen: RegExp | null;
  rules: { id: string; global: RegExp }[];
}

// Per list, so that its patterns are compiled once however many texts are searched (the output
// checks search every file the build publishes with one list).
const groupsOfList = new WeakMap<readonly DenyRule[], ScreenedGroup[]>();

function screenedGroups(list: readonly DenyRule[]): ScreenedGroup[] {
  let groups = groupsOfList.get(list);
  if (groups) return groups;
  const byFlags = new Map<string, DenyRule[]>();
  for (const rule of list) {
    const flags = rule.pattern.flags.replace("g", "");
    if (!byFlags.has(flags)) byFlags.set(flags, []);
    byFlags.get(flags)!.push(rule);
  }
  groups = [...byFlags].map(([flags, rules]) => ({
    screen: rules.length > 1 && !flags.includes("y") && rules.every(joinable) ? screenOf(rules, flags) : null,
    // matchAll searches with a copy of the pattern it is given, so one global pattern serves all.
    rules: rules.map(({ id, pattern }) => ({ id, global: new RegExp(pattern.source, `${flags}g`) })),
  }));
  groupsOfList.set(list, groups);
  return groups;
}

/**
 * One pattern for rules of the same flags, each rule's pattern an alternative of its own. Where
 * a rule matches, the alternatives tried there in turn include that rule's, so the screen matches
 * there or earlier; whatever alternative matches is a match of its rule. Each alternative's
 * lookarounds read the text around its position as the rule's would alone.
 */
function screenOf(rules: readonly DenyRule[], flags: string): RegExp {
  return new RegExp(rules.map(({ pattern }) => `(?:${pattern.source})`).join("|"), flags);
}

/**
 * Whether a rule's pattern means the same as one alternative among others: not when it refers
 * back to its own groups (by number, which would shift, or by name, which another could share).
 */
function joinable({ pattern }: DenyRule): boolean {
  return !/\\(?:[1-9]|k<)|\(\?<[^=!]/.test(pattern.source);
}
