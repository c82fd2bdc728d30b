/**
 * Saying what to write instead. When a cell that should hold a number holds something that is
 * recognisably a number written another way — `300万`, `约40`, `75%`, `40人`, `32°34'12"N` — the
 * message names the likely cause and the value to write, worked out where it can be. Nothing here
 * is accepted silently: these stay errors, because the reading could be wrong.
 */

import type { Bilingual } from "../i18n/index.ts";

// A number as people type it: digits, thousands commas, decimals.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

const MULTIPLIERS: Record<string, { places: number; words: string }> = {
  万: { places: 4, words: "ten thousand" },
  亿: { places: 8, words: "a hundred million" },
  千: { places: 3, words: "a thousand" },
};
const MULTIPLIED = new RegExp(`^${NUMBER}(万|亿|千)(.*)$`);

const APPROXIMATE_BEFORE = new RegExp(
  `^(约|大约|大概|近|将近|接近|超过|逾|不到|不足|~|≈|>=|<=|>|<|≥|≤)${NUMBER}(.*)$`,
);
const APPROXIMATE_AFTER = new RegExp(`^${NUMBER}(左右|余|多|以上|以下|上下|\\+)(.*)$`);

const PERCENT = new RegExp(`^${NUMBER}%$|^百分之${NUMBER}$`);

const UNITS = "人|户|个|元|套|间|次|名|家|处|项|亩|平方米|㎡|m2|m²|公里|千米|米|年|岁";
const WITH_UNIT = new RegExp(`^${NUMBER}(${UNITS})$`);

/** Moves a decimal number's point `places` to the right, exactly: ("1.5", 4) → "15000". */
export function shiftDecimal(number: string, places: number): string {
  const [whole = "", fraction = ""] = number.replaceAll(",", "").split(".");
  const digits = `${whole}${fraction.padEnd(places, "0")}`;
  const point = whole.length + places;
  const result = `${digits.slice(0, point)}${digits.length > point ? `.${digits.slice(point)}` : ""}`;
  return result
    .replace(/^0+(?=\d)/, "")
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

// Degrees, minutes and seconds as surveyors and phones write them. After NFKC, ″ is ′′.
const DMS = new RegExp(
  [
    "^(?<before>[NSEW]|北纬|南纬|东经|西经)?",
    String.raw`(?<deg>\d+(?:\.\d+)?)(?:°|度|º)`,
    String.raw`(?:(?<min>\d+(?:\.\d+)?)(?:′|'|’|分))?`,
    String.raw`(?:(?<sec>\d+(?:\.\d+)?)(?:″|"|”|''|′′|’’|秒))?`,
    "(?<after>[NSEW]|北纬|南纬|东经|西经|北|南|东|西)?$",
  ].join(""),
  "i",
);
const DEGREE_SIGN = /[°度º]/;
const MINUTE_OR_SECOND = /[′'’分″"”秒]/;

// What spreadsheets and forms put where there is no value.
const PLACEHOLDER = /^(?:-+|—+|–|−|\/|\\|无|暂无|没有|不详|未知|空|n\/?a|null|none|nil|\.+|…+|\?+|？+)$/i;
const EXCEL_ERROR = /^#(?:N\/A|VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;
const CHINESE_NUMERALS = /^[零〇一二两三四五六七八九十百千万亿]+$/;

/**
 * Reads degrees, minutes and seconds (`32°34'12"N`, `110度47分`, `N32°34′12″`) as decimal degrees,
 * rounded to six places (about 0.1 m); south and west are negative. Null when it is not that form
 * or a minute or second is 60 or more.
 */
export function readDegreesMinutesSeconds(raw: string): number | null {
  const match = DMS.exec(raw.normalize("NFKC").replace(/\s+/g, ""));
  if (!match?.groups) return null;
  const { before, deg, min, sec, after } = match.groups;
  if (before && after) return null;
  const minutes = Number(min ?? 0);
  const seconds = Number(sec ?? 0);
  if (minutes >= 60 || seconds >= 60) return null;
  const hemisphere = (before ?? after ?? "").toUpperCase();
  const sign = /^[SW]$|^南|^西/.test(hemisphere) ? -1 : 1;
  return sign * Number((Number(deg) + minutes / 60 + seconds / 3600).toFixed(6));
}

/**
 * Why a cell meant to hold a number does not, with what to write instead; null when the text is
 * not recognisably a number written another way.
 */
export function explainNotANumber(raw: string): Bilingual | null {
  const text = raw.normalize("NFKC").trim().replace(/\s+/g, "");
  if (PLACEHOLDER.test(text)) {
    return {
      zh: `“${raw}”表示没有数值。请让单元格空着（空着表示未填报）；如果数就是零，请写 0。`,
      en: `“${raw}” stands for no value. Leave the cell empty instead (an empty cell means not reported), or write 0 if the figure is zero.`,
    };
  }
  if (EXCEL_ERROR.test(text)) {
    return {
      zh: `“${raw}”是 Excel 的错误值：这个单元格背后的公式算错了。请在原工作簿里改好公式（或直接填入数值），再重新导出。`,
      en: `“${raw}” is an Excel error: the formula behind the cell failed. Fix it in the workbook (or type the value), then export again.`,
    };
  }
  if (CHINESE_NUMERALS.test(text)) {
    return {
      zh: `“${raw}”是用汉字写的数。请改用阿拉伯数字（一百二十写作 120）。`,
      en: `“${raw}” is written in Chinese numerals. Write it in digits (一百二十 is 120).`,
    };
  }
  if (DEGREE_SIGN.test(text)) {
    const degrees = readDegreesMinutesSeconds(text);
    if (degrees !== null && !MINUTE_OR_SECOND.test(text))
      return {
        zh: `“${raw}”带有度的符号。请只写度数：${degrees}。`,
        en: `“${raw}” has a degree sign. Write the number of degrees alone: ${degrees}.`,
      };
    return degrees === null
      ? {
          zh: `“${raw}”像是度分格式。请改写成十进制的度：度 + 分 ÷ 60 + 秒 ÷ 3600，例如 32°34'12" 写作 32.57。`,
          en: `“${raw}” looks like degrees and minutes. Write decimal degrees instead: degrees + minutes ÷ 60 + seconds ÷ 3600, such as 32.57 for 32°34'12".`,
        }
      : {
          zh: `“${raw}”是度分秒格式。请改写成十进制的度：${degrees}。`,
          en: `“${raw}” is in degrees, minutes and seconds. Write decimal degrees instead: ${degrees}.`,
        };
  }
  const percent = PERCENT.exec(text);
  if (percent) {
    return {
      zh: `“${raw}”是百分比，但这一列要填数量本身，不是比例。请填人数、户数或金额（200 户的 75% 是 150 户）；比例由系统计算。`,
      en: `“${raw}” is a percentage, but this column takes the number itself, not a share. Write the count or amount (75% of 200 households is 150); Anju computes the shares.`,
    };
  }
  const multiplied = MULTIPLIED.exec(text);
  if (multiplied) {
    const [, number, word, rest] = multiplied as unknown as [string, string, string, string];
    const { places, words } = MULTIPLIERS[word]!;
    const whole = shiftDecimal(number, places);
    return {
      zh: `“${raw}”用了“${word}”。请用阿拉伯数字写出完整的数${rest ? `，不带单位“${rest}”` : ""}：${whole}。`,
      en: `“${raw}” uses ${word} (${words}). Write the whole number in digits${rest ? `, without the unit “${rest}”` : ""}: ${whole}.`,
    };
  }
  const approximate = APPROXIMATE_BEFORE.exec(text) ?? APPROXIMATE_AFTER.exec(text);
  if (approximate) {
    const before = APPROXIMATE_BEFORE.test(text);
    const [word, number] = before ? [approximate[1]!, approximate[2]!] : [approximate[2]!, approximate[1]!];
    // 约300万 is about 3000000, not about 300.
    const multiplier = MULTIPLIERS[(approximate[3] ?? "").charAt(0)];
    const figure = multiplier ? shiftDecimal(number, multiplier.places) : number.replaceAll(",", "");
    return {
      zh: `“${raw}”是估计数（“${word}”）。请用阿拉伯数字填准确的数（如果准确，就是 ${figure}）；不知道准确数时请让单元格空着，不要估。`,
      en: `“${raw}” is an estimate (${word}). Write the exact figure in digits (${figure}, if that is exact); if it is not known, leave the cell empty rather than guess.`,
    };
  }
  const withUnit = WITH_UNIT.exec(text);
  if (withUnit) {
    const number = withUnit[1]!.replaceAll(",", "");
    return {
      zh: `“${raw}”带了单位（${withUnit[2]!}）；这一列的单位是固定的。请只写数字：${number}。`,
      en: `“${raw}” has a unit (${withUnit[2]!}); the column's unit is fixed. Write the number alone: ${number}.`,
    };
  }
  return null;
}

/**
 * When a latitude cannot be one (beyond ±90) but would make a longitude, and the longitude cell
 * would make a latitude, the two were swapped: the message says so. Null otherwise.
 */
export function swappedCoordinatesHint(latRaw: string, lonRaw: string): Bilingual | null {
  // Full-width digits (１１０.３３) are read as the validator reads them.
  const latText = latRaw.normalize("NFKC").trim();
  const lonText = lonRaw.normalize("NFKC").trim();
  const lat = Number(latText);
  const lon = Number(lonText);
  if (latText === "" || lonText === "" || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) <= 90 || Math.abs(lat) > 180 || Math.abs(lon) > 90) return null;
  return {
    zh: `lat（纬度）是 ${latText}，lon（经度）是 ${lonText}：纬度和经度像是填反了（纬度在 -90 到 90 之间，${latText} 只能是经度）。请把这两个单元格对调。`,
    en: `lat is ${latText} and lon is ${lonText}: latitude and longitude look swapped (a latitude lies between -90 and 90, so ${latText} can only be a longitude). Swap the two cells.`,
  };
}
